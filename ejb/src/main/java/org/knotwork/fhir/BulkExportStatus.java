package org.knotwork.fhir;

/** Where a practice-wide export stands. */
public enum BulkExportStatus {
    QUEUED,
    RUNNING,
    COMPLETE,
    FAILED
}
