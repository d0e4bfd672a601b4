/** REST face of the body map: the muscle catalogue and a client's trigger points. */
package org.knotwork.web.api.bodymap;
