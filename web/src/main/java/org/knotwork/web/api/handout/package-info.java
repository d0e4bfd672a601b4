/** REST face of home-care handouts: a note's handout PDF, and the per-muscle self-care texts it is written from. */
package org.knotwork.web.api.handout;
