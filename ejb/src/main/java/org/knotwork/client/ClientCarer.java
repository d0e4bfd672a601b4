package org.knotwork.client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * A therapist who looks after a client: assigned by an owner, or the author of a signed note for them (the view
 * {@code client_carers}, V21). Read only: assignments are changed through {@link ClientService#assign}.
 */
@Entity
@Immutable
@Table(name = "client_carers")
@IdClass(ClientCarer.Key.class)
public class ClientCarer {

    @Id
    @Column(name = "client_id")
    private UUID clientId;

    @Id
    @Column(name = "therapist_id")
    private UUID therapistId;

    protected ClientCarer() {}

    public UUID clientId() {
        return clientId;
    }

    public UUID therapistId() {
        return therapistId;
    }

    /** The view's key: one row per client and therapist. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        UUID clientId;
        UUID therapistId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && java.util.Objects.equals(clientId, key.clientId)
                    && java.util.Objects.equals(therapistId, key.therapistId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(clientId, therapistId);
        }
    }
}
