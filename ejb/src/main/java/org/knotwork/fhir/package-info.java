/**
 * FHIR R4: a client's record as a Bundle ($everything), the practice's as a bulk export in NDJSON, and the code
 * systems, concept map, extensions and questionnaires Knotwork defines. The JSON is built here with JSON-P from SQL
 * projections, one mapping for both exports; nothing below this floor knows of FHIR.
 */
package org.knotwork.fhir;
