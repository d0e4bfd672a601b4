package org.knotwork.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.knotwork.testing.Wired.wired;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.knotwork.audit.RecordedAudit;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.security.CurrentUser;
import org.knotwork.security.Role;
import org.knotwork.security.SessionStep;
import org.knotwork.security.SignedInUser;
import org.knotwork.testing.OnCountedUnit;

/**
 * When a client's injury happened is stored with their record (V84) through {@link ClientService} on a real
 * PostgreSQL, and a client recorded before V84 keeps no date.
 */
class InjuryDateStorageTest extends OnCountedUnit {

    static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
    static final Instant NOW = Instant.parse("2026-03-10T22:30:00Z"); // 11 March, 09:30 in Sydney
    static final LocalDate TODAY = LocalDate.of(2026, 3, 11);

    @Test
    void theDateAndTimeOfAnInjuryAreStoredAndReadBack() {
        UUID id = inService(service -> service.register(
                profile(Set.of(Contraindication.RECENT_TRAUMA), TODAY, LocalTime.of(7, 45)), Client::id));

        ClientProfile read = inService(service -> service.read(id, Client::profile));

        assertThat(read.injuryDate()).isEqualTo(TODAY);
        assertThat(read.injuryTime()).isEqualTo(LocalTime.of(7, 45));
    }

    @Test
    void anInjuryInTheClinicsFutureIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> inService(service -> service.register(
                        profile(Set.of(Contraindication.RECENT_TRAUMA), TODAY.plusDays(1), null), Client::id)))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).field())
                .isEqualTo("injuryDate");
    }

    @Test
    void aClientRecordedBeforeTheDateWasAskedHasNoneAndTheDatabaseRefusesATimeWithoutADate() throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = unit.database().database().dataSource().getConnection()) {
            try (PreparedStatement insert = c.prepareStatement(
                    "insert into clients"
                            + " (id, given_name, family_name, created_at, updated_at) values (?, 'Old', 'Record', now(), now())")) {
                insert.setObject(1, id);
                insert.executeUpdate();
            }
            try (PreparedStatement trauma = c.prepareStatement(
                    "insert into client_contraindications (client_id, code) values (?, 'RECENT_TRAUMA')")) {
                trauma.setObject(1, id);
                trauma.executeUpdate();
            }
            try (PreparedStatement timeOnly =
                    c.prepareStatement("update clients set injury_time = time '08:00' where id = ?")) {
                timeOnly.setObject(1, id);
                assertThatThrownBy(timeOnly::executeUpdate).hasMessageContaining("clients_injury_time_check");
            }
        }

        ClientProfile read = inService(service -> service.read(id, Client::profile));

        assertThat(read.contraindications()).containsExactly(Contraindication.RECENT_TRAUMA);
        assertThat(read.injuryDate()).isNull();
        assertThat(read.injuryTime()).isNull();
    }

    @Test
    void theDatabaseRefusesAnInjuryDateWithoutTheTraumaItDates() throws SQLException {
        UUID id = inService(service -> service.register(
                profile(Set.of(Contraindication.RECENT_TRAUMA, Contraindication.CARDIAC), TODAY, null), Client::id));
        try (Connection c = unit.database().database().dataSource().getConnection()) {
            try (PreparedStatement healed = c.prepareStatement(
                    "delete from client_contraindications where client_id = ? and code = 'RECENT_TRAUMA'")) {
                healed.setObject(1, id);
                assertThatThrownBy(healed::executeUpdate)
                        .hasMessageContaining("has an injury date but no RECENT_TRAUMA");
            }
            try (PreparedStatement cardiac =
                    c.prepareStatement("update clients set injury_date = date '2026-03-01' where id = ?")) {
                UUID other = inService(
                        service -> service.register(profile(Set.of(Contraindication.CARDIAC), null, null), Client::id));
                cardiac.setObject(1, other);
                assertThatThrownBy(cardiac::executeUpdate)
                        .hasMessageContaining("has an injury date but no RECENT_TRAUMA");
            }
        }

        ClientProfile healed = inService(service -> service.revise(
                id,
                0,
                p -> ClientFixtures.named(p.givenName(), p.familyName(), Set.of(Contraindication.CARDIAC)),
                Client::profile));
        assertThat(healed.contraindications()).containsExactly(Contraindication.CARDIAC);
        assertThat(healed.injuryDate()).isNull();
    }

    private static ClientProfile profile(Set<Contraindication> codes, LocalDate on, LocalTime at) {
        return ClientFixtures.injured("Ada", "Lovelace", codes, on, at);
    }

    private static <T> T inService(Function<ClientService, T> work) {
        CurrentUser owner = new CurrentUser();
        owner.recognise(new SignedInUser(
                UUID.randomUUID(), SessionStep.SIGNED_IN, UUID.randomUUID(), "own", "Owner", Set.of(Role.OWNER)));
        return unit.inTransaction(em -> {
            Clock clock = Clock.fixed(NOW, SYDNEY);
            Map<String, Object> parts =
                    Map.of("em", em, "clock", clock, "currentUser", owner, "audit", new RecordedAudit());
            return work.apply(wired(new ClientService(), parts));
        });
    }
}
