/** REST face of charting: a client's chart, treatment notes with their episodes, signing and amendments. */
package org.knotwork.web.api.charting;
