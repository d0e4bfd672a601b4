/**
 * The audit trail's face: listing it and checking its hash chain, and the filter that tells it who is calling from
 * where. Translates HTTP to {@code AuditTrail} calls; what is recorded and how it is chained lives in security.
 */
package org.knotwork.web.api.audit;
