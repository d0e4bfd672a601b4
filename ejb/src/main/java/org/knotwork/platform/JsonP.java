package org.knotwork.platform;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once per JVM. The static factories of {@code jakarta.json.Json} look it up through
 * the service loader at every call, which reads the class path's jars: profiled under {@code load.sh}, that lookup
 * was about a sixth of a session save's CPU in Payara, for parsing one request body. The provider is stateless and
 * safe to share between threads.
 */
public final class JsonP {

    public static final JsonProvider PROVIDER = JsonProvider.provider();

    private JsonP() {}
}
