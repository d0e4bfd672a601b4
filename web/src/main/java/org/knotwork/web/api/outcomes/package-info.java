/**
 * The practice-outcome figures over HTTP, for owners: as JSON for the outcomes page and as a CSV file. Translates
 * requests to the outcomes service and back; computes nothing itself.
 */
package org.knotwork.web.api.outcomes;
