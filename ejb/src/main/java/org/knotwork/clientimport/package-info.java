/**
 * Clients moving in from another system: a CSV export read by a documented column mapping, checked row by row (a dry
 * run reports each bad row with its reason), then taken on all at once or not at all. Builds on clients only.
 */
package org.knotwork.clientimport;
