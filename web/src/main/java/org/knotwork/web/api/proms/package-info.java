/** The outcome questionnaires' faces: the measures, a client's answers and their trend, loading a licensed measure. */
package org.knotwork.web.api.proms;
