/**
 * How a request is tied to a signed-in user: the authentication mechanism that checks a username and password
 * against the users table and keeps the signed-in user in the HTTP session. What a role may do is decided in the
 * API's resources, not here.
 */
package org.knotwork.web.security;
