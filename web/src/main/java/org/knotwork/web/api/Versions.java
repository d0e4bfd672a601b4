package org.knotwork.web.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.knotwork.platform.RuleViolationException;

/**
 * Reads the version a caller says it is updating: optimistic locking over HTTP. {@code If-Match} carries the ETag
 * the caller read, exactly as it was given: {@code "3"} (quotes included; {@code "-1"} for a record not stored yet),
 * or {@code W/"3"}, because the server itself weakens the ETag of an answer it gzips (CompressingResponse) and a
 * caller echoing that header must not be refused. Anything else (a bare {@code 3}, {@code "+3"}, {@code 1"2}, two
 * tags) is refused naming If-Match rather than read as some number. A body may carry {@code version} instead.
 */
public final class Versions {

    private static final Pattern ETAG = Pattern.compile("(?:W/)?\"(-1|0|[1-9][0-9]{0,17})\"");

    private Versions() {}

    /**
     * The version {@code If-Match} names, for a change whose body carries no version (a discard, a list replaced
     * whole): without it the change is refused (400 naming {@code If-Match}), as every change needs the version read.
     */
    public static long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new RuleViolationException(
                    "If-Match", "Send the version you read as If-Match: the ETag its GET gave, for example \"3\".");
        }
        return expected(ifMatch, null);
    }

    public static long expected(String ifMatch, Long bodyVersion) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            Matcher tag = ETAG.matcher(ifMatch.strip());
            if (!tag.matches()) {
                throw new RuleViolationException(
                        "If-Match",
                        "If-Match must be the ETag you read from this record, quotes included, for example \"3\".");
            }
            long version = Long.parseLong(tag.group(1));
            if (bodyVersion != null && bodyVersion != version) {
                throw new RuleViolationException(
                        "version", "If-Match and the body's version disagree; send the version you read.");
            }
            return version;
        }
        if (bodyVersion == null) {
            throw new RuleViolationException(
                    "version", "Send the version you read (as \"version\" in the body or as If-Match) to update.");
        }
        return bodyVersion;
    }
}
