package org.knotwork.handout;

/** How an issued sheet reached the client: downloaded (to print or hand over) or e-mailed to their address. */
public enum HandoutChannel {
    DOWNLOAD,
    EMAIL
}
