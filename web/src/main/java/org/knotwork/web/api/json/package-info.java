/**
 * Strict JSON request bodies: read, type-checked against the form class and validated before a resource sees them
 * ({@link org.knotwork.web.api.json.StrictJsonReader}); forms extend {@link org.knotwork.web.api.json.JsonForm}. No
 * feature's rules live here.
 */
package org.knotwork.web.api.json;
