/**
 * The clinical safety rules as data, in one place: the protocol's dose bounds, the contraindication × body area ×
 * technique rule set that charting and the home-care sheet both read, and the endangerment sites of self-pressure.
 * Builds on the body map and clients; knows nothing of notes or handouts, which apply these rules.
 */
package org.knotwork.safety;
