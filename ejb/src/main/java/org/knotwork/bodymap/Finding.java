package org.knotwork.bodymap;

/** The result of one diagnostic criterion: found, looked for and not found, or not tested. */
public enum Finding {
    YES,
    NO,
    NOT_TESTED
}
