/**
 * Home-care handouts: the PDF a client takes home after a session (their body map, self-pressure, stretches, heat,
 * safety), the per-muscle self-care texts it is written from, and the record of each handout issued. Builds on
 * charting; nothing below it imports this package.
 */
package org.knotwork.handout;
