package org.knotwork.web.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The cookie that carries a session's token: HttpOnly (no script, injected or not, can read it) and SameSite=Strict
 * (no other site can make the browser send it). Over TLS it is also Secure and named with the {@code __Host-}
 * prefix, which makes browsers refuse it unless it is Secure, for the whole site ({@code Path=/}) and set by this
 * host alone, so a sibling subdomain cannot plant or overwrite it.
 *
 * <p>Over plain HTTP (the run command and the tests on localhost) a Secure cookie would not come back from most
 * HTTP clients (Java's CookieManager and curl send Secure cookies over https only), and a {@code __Host-} cookie
 * without Secure is refused by browsers, so there the cookie is {@value #PLAIN} without both. Behind a TLS
 * terminator that talks plain HTTP to Payara, set {@code knotwork.session.secure-cookie=true} (or have Payara trust
 * the proxy's scheme header) so that browsers get the {@code __Host-} cookie.
 */
public final class SessionCookie {

    static final String SECURE = "__Host-knotwork-session";
    static final String PLAIN = "knotwork-session";

    private SessionCookie() {}

    /** The token the request carries, or null. */
    public static String token(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        String plain = null;
        for (Cookie cookie : cookies) {
            if (SECURE.equals(cookie.getName())) {
                return cookie.getValue();
            }
            if (PLAIN.equals(cookie.getName())) {
                plain = cookie.getValue();
            }
        }
        return plain;
    }

    public static void set(
            HttpServletRequest request, HttpServletResponse response, String token, boolean forceSecure) {
        response.addHeader("Set-Cookie", header(request, token, forceSecure, false));
    }

    /** Tells the browser to forget its token: signed out, or the session is gone. */
    public static void clear(HttpServletRequest request, HttpServletResponse response, boolean forceSecure) {
        response.addHeader("Set-Cookie", header(request, "", forceSecure, true));
    }

    static String header(HttpServletRequest request, String value, boolean forceSecure, boolean expire) {
        boolean secure = forceSecure || request.isSecure();
        // No Max-Age or Expires: the browser forgets the token when it closes; the server ends the session anyway.
        return (secure ? SECURE : PLAIN) + "=" + value + "; Path=/; HttpOnly; SameSite=Strict"
                + (secure ? "; Secure" : "") + (expire ? "; Max-Age=0" : "");
    }
}
