/**
 * The signed-in user's own account: password, second factor (authenticator app and recovery codes) and sessions.
 * Translates HTTP to {@code org.knotwork.security} services; holds no rule.
 */
package org.knotwork.web.api.account;
