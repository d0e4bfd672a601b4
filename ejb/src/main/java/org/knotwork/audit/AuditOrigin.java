package org.knotwork.audit;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;

/**
 * Who is acting in this request and from which address, for the audit trail. The web layer fills it in as a request
 * arrives; until then, and outside requests, the actor is anonymous and the address unknown.
 */
@RequestScoped
public class AuditOrigin {

    public static final String ANONYMOUS = "anonymous";
    public static final String UNKNOWN_ADDRESS = "unknown";

    private UUID actorId;
    private String actorName = ANONYMOUS;
    private String address = UNKNOWN_ADDRESS;

    /** The signed-in user's id, or {@code null} before sign-in. */
    public UUID actorId() {
        return actorId;
    }

    public String actorName() {
        return actorName;
    }

    public String address() {
        return address;
    }

    public void setActorId(UUID actorId) {
        this.actorId = actorId;
    }

    public void setActorName(String actorName) {
        this.actorName = actorName == null || actorName.isBlank() ? ANONYMOUS : actorName.strip();
    }

    public void setAddress(String address) {
        this.address = address == null || address.isBlank() ? UNKNOWN_ADDRESS : address.strip();
    }

    /** A plain copy that outlives the request, for writing the trail. */
    public AuditOrigin snapshot() {
        AuditOrigin copy = new AuditOrigin();
        copy.actorId = actorId;
        copy.actorName = actorName;
        copy.address = address;
        return copy;
    }
}
