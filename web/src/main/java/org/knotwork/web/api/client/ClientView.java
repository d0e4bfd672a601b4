package org.knotwork.web.api.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.knotwork.client.Client;
import org.knotwork.client.ClientProfile;

/** A client as the API shows it, with the version to send back when updating. */
public record ClientView(
        UUID id,
        long version,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        String phone,
        String email,
        String referralSource,
        String mainComplaint,
        LocalDate consentDate,
        String notes,
        List<ContraindicationView> contraindications,
        String contraindicationNotes,
        boolean archived,
        Instant createdAt,
        Instant updatedAt) {

    /** On the id alone, as {@link org.knotwork.web.api.bodymap.TriggerPointView#hashCode} explains. */
    @Override
    public int hashCode() {
        return id.hashCode();
    }

    public static ClientView of(Client client) {
        ClientProfile p = client.profile();
        return new ClientView(
                client.id(),
                client.version(),
                p.givenName(),
                p.familyName(),
                p.dateOfBirth(),
                p.phone(),
                p.email(),
                p.referralSource(),
                p.mainComplaint(),
                p.consentDate(),
                p.notes(),
                client.contraindications().stream()
                        .map(ContraindicationView::of)
                        .toList(),
                p.contraindicationNotes(),
                client.isArchived(),
                client.createdAt(),
                client.updatedAt());
    }
}
