/**
 * The API's doors and keys: signing in and out, who may call what (401 and 403 as problem+json), managing users
 * and the practice's settings. Resources translate HTTP to the security services; the rules live in the ejb module.
 */
package org.knotwork.web.api.security;
