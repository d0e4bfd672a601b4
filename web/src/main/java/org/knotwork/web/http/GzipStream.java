package org.knotwork.web.http;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;

/**
 * gzip whose flush sends what was written so far (a streamed answer reaches the caller as it is written), and which
 * frees the compressor's native memory once, whether the body was finished or dropped.
 */
final class GzipStream extends GZIPOutputStream {

    private boolean ended;

    GzipStream(OutputStream out) throws IOException {
        super(out, 8192, true);
    }

    /** Frees the compressor without writing anything more. */
    void release() {
        if (!ended) {
            ended = true;
            def.end();
        }
    }

    /** Writes the rest and the gzip trailer; the stream beneath stays open. */
    @Override
    public void finish() throws IOException {
        if (!ended) {
            super.finish();
            release();
        }
    }
}
