package org.knotwork.fhir;

/** One resource type's NDJSON file of a finished export: how many resources, how many bytes (uncompressed), parts. */
public record BulkExportFile(String resourceType, long resources, long bytes, int parts) {}
