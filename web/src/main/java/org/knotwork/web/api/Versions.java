package org.knotwork.web.api;

import org.knotwork.platform.RuleViolationException;

/**
 * Reads the version a caller says it is updating: optimistic locking over HTTP. {@code If-Match} carries the ETag
 * the caller read ({@code "3"}, also weak {@code W/"3"}); a body may carry {@code version} instead.
 */
public final class Versions {

    private Versions() {}

    /**
     * The version {@code If-Match} names, or {@code null} without one: for a change that checks the version when the
     * caller names it (a stale one is refused with 409) but does not yet require it.
     */
    public static Long expectedIfGiven(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() ? null : expected(ifMatch, null);
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
