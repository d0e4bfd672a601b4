/**
 * Clients of the practice: intake details, contact, consent and the contraindications that charting warns about.
 * A client knows nothing of trigger points, notes or handouts; those floors build on this one.
 */
package org.knotwork.client;
