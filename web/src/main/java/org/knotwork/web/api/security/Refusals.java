package org.knotwork.web.api.security;

import jakarta.enterprise.inject.spi.CDI;
import org.knotwork.security.AuditAction;
import org.knotwork.security.AuditOutcome;
import org.knotwork.security.AuditTrail;

/**
 * Records a signed-in caller's refused request in the audit trail: who tried what is part of accountability. Looked
 * up through CDI because the access guard is created by JAX-RS, not by the container.
 */
public final class Refusals {

    private Refusals() {}

    public static void record(String what) {
        CDI.current()
                .select(AuditTrail.class)
                .get()
                .record(AuditAction.REFUSED_REQUEST, "REQUEST", null, null, AuditOutcome.DENIED, what);
    }
}
