/**
 * Outcome questionnaires (PROMs) the client answers: the free measures shipped (PSFS, PGIC), the licensed ones a
 * practice loads as FHIR Questionnaires with a scoring rule, responses scored on the server, and each client's trend.
 * Builds on charting (a response may belong to a session); knows nothing of exports, handouts or practice figures.
 */
package org.knotwork.proms;
