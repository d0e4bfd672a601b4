/**
 * How a request is tied to a signed-in user: the authentication mechanism that finds the session of the token in
 * the request's cookie (kept in the database, so any instance can), the filter that tells the EJB module's
 * {@code CurrentUser} who that is, and the cookie itself. What a role may do is
 * decided in the API's resources, not here.
 */
package org.knotwork.web.security;
