/**
 * What every HTTP answer carries and what is refused before the application sees a request: security headers, the
 * body size limit, session ids in addresses, and problem+json for the errors the container itself answers. Servlet
 * filters and the error page; no feature's rules.
 */
package org.knotwork.web.http;
