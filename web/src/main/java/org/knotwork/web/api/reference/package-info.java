/**
 * Reference data the browser reads instead of copying: coded lists and their words, served from the enums that are
 * their one home. Nothing here reads or changes a client's record.
 */
package org.knotwork.web.api.reference;
