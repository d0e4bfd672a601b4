/**
 * How this practice works and presents itself: its rules (own clients only, the discomfort limit, the pressure unit),
 * its letterhead and logo. Imports the audit trail only; no clinical package.
 */
package org.knotwork.practice;
