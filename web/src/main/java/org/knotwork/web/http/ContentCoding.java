package org.knotwork.web.http;

import java.util.Locale;

/**
 * Which answers are worth compressing and whether the caller takes gzip. Text compresses four to six times; PDFs,
 * images and archives are compressed already and only grow. Server-sent events would wait in the compressor.
 */
final class ContentCoding {

    /** Below this a gzip header and trailer (18 bytes) and the deflate blocks save too little to pay for the work. */
    static final long MIN_BYTES = 1024;

    private ContentCoding() {}

    /**
     * True when the Accept-Encoding header takes gzip: named (or {@code x-gzip}) with a weight above zero, or not named
     * and {@code *} with a weight above zero. A weight that is not a number counts as zero, so it refuses.
     */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        double gzip = -1;
        double any = -1;
        for (String offer : acceptEncoding.split(",")) {
            String[] parts = offer.split(";");
            String coding = parts[0].trim().toLowerCase(Locale.ROOT);
            double weight = weight(parts);
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                gzip = Math.max(gzip, weight);
            } else if (coding.equals("*")) {
                any = Math.max(any, weight);
            }
        }
        return gzip >= 0 ? gzip > 0 : any > 0;
    }

    private static double weight(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2).trim());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    /** Text, JSON, JavaScript, SVG and XML; nothing without a type, nothing already compressed, no event stream. */
    static boolean compressible(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (type.startsWith("text/")) {
            return !type.equals("text/event-stream");
        }
        return type.equals("application/json")
                || type.equals("application/javascript")
                || type.equals("application/ecmascript")
                || type.equals("application/xml")
                || type.equals("image/svg+xml")
                || type.endsWith("+json")
                || type.endsWith("+xml")
                || type.endsWith("ndjson");
    }

    /** Statuses whose body is the resource: not a partial content, nor one that has no body. */
    static boolean compressibleStatus(int status) {
        return status >= 200 && status != 204 && status != 206 && status != 304;
    }
}
