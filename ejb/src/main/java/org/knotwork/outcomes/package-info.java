/**
 * Practice outcomes for owners: clients treated, pain and pressure-pain threshold change, trigger points deactivated
 * and recurring, protocol deviations per therapist, by month. Reads signed notes only; writes nothing but the audit.
 */
package org.knotwork.outcomes;
