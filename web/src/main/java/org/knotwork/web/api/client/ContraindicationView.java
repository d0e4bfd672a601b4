package org.knotwork.web.api.client;

import org.knotwork.client.Contraindication;

/** A contraindication code with the words a therapist reads. */
public record ContraindicationView(String code, String label, String precaution) {

    static ContraindicationView of(Contraindication contraindication) {
        return new ContraindicationView(
                contraindication.name(), contraindication.label(), contraindication.precaution());
    }
}
