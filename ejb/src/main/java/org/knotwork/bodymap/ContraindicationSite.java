package org.knotwork.bodymap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;
import org.knotwork.client.Contraindication;

/**
 * Where on a client's body a contraindication that sits at a place is: the region of a recent injury, a skin lesion,
 * or a cancer and its treatment. A client's contraindication without a recorded site is taken to be anywhere.
 */
@Entity
@Table(name = "client_contraindication_sites")
@IdClass(ContraindicationSite.Key.class)
public class ContraindicationSite {

    @Id
    @Column(name = "client_id")
    private UUID clientId;

    @Id
    @Enumerated(EnumType.STRING)
    private Contraindication code;

    @Id
    @Enumerated(EnumType.STRING)
    private Region region;

    protected ContraindicationSite() {}

    ContraindicationSite(UUID clientId, Contraindication code, Region region) {
        this.clientId = clientId;
        this.code = code;
        this.region = region;
    }

    public Contraindication code() {
        return code;
    }

    public Region region() {
        return region;
    }

    /** The composite key: one row per client, contraindication and region. */
    public static class Key implements Serializable {

        private UUID clientId;
        private Contraindication code;
        private Region region;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(clientId, key.clientId)
                    && code == key.code
                    && region == key.region;
        }

        @Override
        public int hashCode() {
            return Objects.hash(clientId, code, region);
        }
    }
}
