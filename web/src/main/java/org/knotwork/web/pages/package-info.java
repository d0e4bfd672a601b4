/**
 * Serves the browser UI: the one page, with the addresses of its modules, stylesheet and icon under a prefix that
 * names their content ({@code static/<version>/}), so those files can be kept by the browser for a year while a new
 * release is never mixed with an old one. No feature's rules.
 */
package org.knotwork.web.pages;
