/** The FHIR faces: a client's $everything, the practice's bulk export after FHIR Bulk Data, the conformance Bundle. */
package org.knotwork.web.api.fhir;
