package org.knotwork.web.api.client;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.knotwork.client.Client;
import org.knotwork.client.ClientProfile;

/**
 * A client as the API shows it, with the version to send back when updating. When their recent trauma happened is
 * {@code injuryDate} and {@code injuryTime} ("07:45", as sent); whether it is still recent, its entry in {@code contraindications}.
 */
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
        LocalDate injuryDate,
        String injuryTime,
        boolean archived,
        Instant createdAt,
        Instant updatedAt) {

    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm");

    /** On the id alone, as {@link org.knotwork.web.api.bodymap.TriggerPointView#hashCode} explains. */
    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** The client as of now by the clinic's clock, which says whether a recent trauma still is. */
    public static ClientView of(Client client, Clock clock) {
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
                        .map(c -> ContraindicationView.of(c, client, clock))
                        .toList(),
                p.contraindicationNotes(),
                p.injuryDate(),
                p.injuryTime() == null ? null : p.injuryTime().format(TIME_OF_DAY),
                client.isArchived(),
                client.createdAt(),
                client.updatedAt());
    }
}
