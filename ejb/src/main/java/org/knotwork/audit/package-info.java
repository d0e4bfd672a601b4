/**
 * The audit trail: lines recorded in the change's own transaction, chained afterwards by the sealer into a hash chain,
 * verified, checkpointed and reported. The lowest feature floor: it knows no feature, not even who may sign in.
 */
package org.knotwork.audit;
