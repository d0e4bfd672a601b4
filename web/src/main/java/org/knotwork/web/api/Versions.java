package org.knotwork.web.api;

import org.knotwork.platform.RuleViolationException;

/**
 * Reads the version a caller says it is updating: optimistic locking over HTTP. {@code If-Match} carries the ETag
 * the caller read ({@code "3"}, also weak {@code W/"3"}); a body may carry {@code version} instead.
 */
public final class Versions {

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
            String tag = ifMatch.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            tag = tag.replace("\"", "");
            try {
                long version = Long.parseLong(tag);
                if (bodyVersion != null && bodyVersion != version) {
                    throw new RuleViolationException(
                            "version", "If-Match and the body's version disagree; send the version you read.");
                }
                return version;
            } catch (NumberFormatException e) {
                throw new RuleViolationException(
                        "If-Match", "If-Match must be the ETag you read from this record, for example \"3\".");
            }
        }
        if (bodyVersion == null) {
            throw new RuleViolationException(
                    "version", "Send the version you read (as \"version\" in the body or as If-Match) to update.");
        }
        return bodyVersion;
    }
}
