/**
 * Treatment notes: the session's compression, stretch and heat episodes per trigger point, the protocol deviations
 * they show, signing and amendments. Builds on the body map and clients; knows nothing of handouts or outcomes.
 */
package org.knotwork.charting;
