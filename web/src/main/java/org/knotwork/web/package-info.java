/**
 * The faces of Knotwork's features: the REST API under {@code /api} and the health checks. Resources translate HTTP
 * to a service call and back; clinical rules live in the ejb module, never here.
 */
package org.knotwork.web;
