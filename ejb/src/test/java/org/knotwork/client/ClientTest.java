package org.knotwork.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.knotwork.platform.ConflictException;
import org.knotwork.platform.RuleViolationException;

class ClientTest {

    private static final ZoneId SYDNEY = ZoneId.of("Australia/Sydney");
    private static final Instant NOW = Instant.parse("2026-03-10T22:30:00Z"); // 11 March, 09:30 in Sydney

    static ClientProfile profile(String given, String family, LocalDate born, Contraindication... codes) {
        return new ClientProfile(
                given, family, born, null, null, null, "Neck pain", null, null, Set.of(codes), null, null, null);
    }

    @Test
    void registeringKeepsDetailsTrimmedAndContraindicationsInOrder() {
        Client client = Client.register(
                profile(
                        "  Ada ",
                        " Lovelace",
                        LocalDate.of(1980, 5, 1),
                        Contraindication.PREGNANCY,
                        Contraindication.ANTICOAGULANTS),
                NOW,
                SYDNEY);

        assertThat(client.id()).isNotNull();
        assertThat(client.givenName()).isEqualTo("Ada");
        assertThat(client.familyName()).isEqualTo("Lovelace");
        assertThat(client.contraindications())
                .containsExactly(Contraindication.ANTICOAGULANTS, Contraindication.PREGNANCY);
        assertThat(client.has(Contraindication.PREGNANCY)).isTrue();
        assertThat(client.createdAt()).isEqualTo(NOW);
        assertThat(client.isArchived()).isFalse();
    }

    @Test
    void blankDetailsAreStoredAsAbsent() {
        ClientProfile blanks =
                new ClientProfile("Ada", "Lovelace", null, " ", "", "  ", " ", null, "", Set.of(), " ", null, null);

        ClientProfile stored = Client.register(blanks, NOW, SYDNEY).profile();

        assertThat(stored.phone()).isNull();
        assertThat(stored.email()).isNull();
        assertThat(stored.mainComplaint()).isNull();
        assertThat(stored.contraindicationNotes()).isNull();
    }

    @Test
    void dateOfBirthInTheFutureIsRefused() {
        LocalDate tomorrowInSydney = LocalDate.of(2026, 3, 12);

        assertThatThrownBy(() -> Client.register(profile("Ada", "Lovelace", tomorrowInSydney), NOW, SYDNEY))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Date of birth cannot be in the future.")
                .extracting(e -> ((RuleViolationException) e).field())
                .isEqualTo("dateOfBirth");
    }

    @Test
    void dateOfBirthBefore1900IsATypingMistake() {
        assertThatThrownBy(() -> Client.register(profile("Ada", "Lovelace", LocalDate.of(1899, 12, 31)), NOW, SYDNEY))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Date of birth cannot be before 1900.");
    }

    @Test
    void consentBeforeBirthOrBefore1900IsATypingMistake() {
        LocalDate born = LocalDate.of(1980, 5, 1);
        for (LocalDate consent :
                new LocalDate[] {LocalDate.of(1, 1, 1), LocalDate.of(1899, 12, 31), born.minusDays(1)}) {
            assertThatThrownBy(() -> Client.register(consented(born, consent), NOW, SYDNEY))
                    .as(consent.toString())
                    .isInstanceOf(RuleViolationException.class)
                    .extracting(e -> ((RuleViolationException) e).field())
                    .isEqualTo("consentDate");
        }
        assertThat(Client.register(consented(born, born), NOW, SYDNEY).profile().consentDate())
                .isEqualTo(born);
        assertThat(Client.register(consented(null, LocalDate.of(1900, 1, 1)), NOW, SYDNEY)
                        .profile()
                        .consentDate())
                .isEqualTo(LocalDate.of(1900, 1, 1));
    }

    private static ClientProfile consented(LocalDate born, LocalDate consent) {
        return new ClientProfile(
                "Ada", "Lovelace", born, null, null, null, "Neck pain", consent, null, Set.of(), null, null, null);
    }

    @Test
    void todayIsTheClinicsDateNotTheServers() {
        LocalDate todayInSydney = LocalDate.of(2026, 3, 11); // still 10 March in UTC

        Client client = Client.register(profile("Baby", "Lovelace", todayInSydney), NOW, SYDNEY);

        assertThat(client.profile().dateOfBirth()).isEqualTo(todayInSydney);
    }

    static ClientProfile injured(LocalDate born, LocalDate on, LocalTime at, Contraindication... codes) {
        return ClientFixtures.profile("Ada", "Lovelace", born, Set.of(codes), on, at);
    }

    private static void refused(ClientProfile profile, String field, String message) {
        assertThatThrownBy(() -> Client.register(profile, NOW, SYDNEY))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage(message)
                .extracting(e -> ((RuleViolationException) e).field())
                .isEqualTo(field);
    }

    @Test
    void theDateAndTimeOfARecentInjuryAreKept() {
        Client client = Client.register(
                injured(null, LocalDate.of(2026, 3, 11), LocalTime.of(8, 15), Contraindication.RECENT_TRAUMA),
                NOW,
                SYDNEY);

        assertThat(client.injuryDate()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(client.injuryTime()).isEqualTo(LocalTime.of(8, 15));
        assertThat(client.revise(client.profile(), NOW.plusSeconds(60), SYDNEY)).isFalse();
    }

    @Test
    void anInjuryInTheClinicsFutureIsRefusedNamingTheField() {
        refused(
                injured(null, LocalDate.of(2026, 3, 12), null, Contraindication.RECENT_TRAUMA),
                "injuryDate",
                "Injury date cannot be in the future.");
        refused(
                injured(null, LocalDate.of(2026, 3, 11), LocalTime.of(9, 31), Contraindication.RECENT_TRAUMA),
                "injuryTime",
                "Injury time cannot be in the future.");
    }

    @Test
    void anInjuryBeforeTheClientsBirthIsRefused() {
        refused(
                injured(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1), null, Contraindication.RECENT_TRAUMA),
                "injuryDate",
                "Injury date cannot be before the date of birth.");
        refused(
                injured(null, LocalDate.of(1899, 1, 1), null, Contraindication.RECENT_TRAUMA),
                "injuryDate",
                "Injury date cannot be before 1900.");
    }

    @Test
    void anInjuryDateGoesWithRecentTraumaAndATimeWithItsDate() {
        refused(
                injured(null, LocalDate.of(2026, 3, 10), null, Contraindication.SKIN_LESION),
                "injuryDate",
                "Injury date is recorded with Recent trauma (< 72 h): record the trauma too, or leave the date empty.");
        refused(
                injured(null, null, LocalTime.of(8, 0), Contraindication.RECENT_TRAUMA),
                "injuryTime",
                "Injury time needs the injury date: give the date, or leave the time empty.");
    }

    @Test
    void consentDateInTheFutureIsRefused() {
        ClientProfile consentTomorrow = new ClientProfile(
                "Ada",
                "Lovelace",
                null,
                null,
                null,
                null,
                null,
                LocalDate.of(2026, 3, 12),
                null,
                Set.of(),
                null,
                null,
                null);

        assertThatThrownBy(() -> Client.register(consentTomorrow, NOW, SYDNEY))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("Consent date cannot be in the future.");
    }

    @Test
    void aClientNeedsBothNames() {
        assertThatThrownBy(() -> Client.register(profile(" ", "Lovelace", null), NOW, SYDNEY))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("given name and a family name");
    }

    @Test
    void aNameOfInvisibleCharactersIsNoNameAndTheFieldIsNamed() {
        assertThatThrownBy(() -> Client.register(profile("\u200b", "Lovelace", null), NOW, SYDNEY))
                .satisfies(e -> assertThat(((RuleViolationException) e).field()).isEqualTo("givenName"));
        assertThatThrownBy(() -> Client.register(profile("Ada", "\ufeff\u202e", null), NOW, SYDNEY))
                .satisfies(e -> assertThat(((RuleViolationException) e).field()).isEqualTo("familyName"));
    }

    @Test
    void aNameOfOnlyAnIdeographicSpaceOrALineSeparatorIsRefusedNamingTheField() {
        assertThatThrownBy(() -> Client.register(profile("\u3000", "Lovelace", null), NOW, SYDNEY))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageStartingWith("Given name is required")
                .extracting(e -> ((RuleViolationException) e).field())
                .isEqualTo("givenName");
        assertThatThrownBy(() -> Client.register(profile("Ada", "\u2028", null), NOW, SYDNEY))
                .hasMessageStartingWith("Family name is required")
                .extracting(e -> ((RuleViolationException) e).field())
                .isEqualTo("familyName");
    }

    @Test
    void revisingReplacesTheProfile() {
        Client client = Client.register(profile("Ada", "Lovelace", null, Contraindication.FEVER), NOW, SYDNEY);
        Instant later = NOW.plusSeconds(3600);

        client.revise(profile("Ada", "King", null, Contraindication.CARDIAC), later, SYDNEY);

        assertThat(client.familyName()).isEqualTo("King");
        assertThat(client.contraindications()).containsExactly(Contraindication.CARDIAC);
        assertThat(client.updatedAt()).isEqualTo(later);
    }

    @Test
    void archivedClientCannotBeRevisedUntilRestored() {
        Client client = Client.register(profile("Ada", "Lovelace", null), NOW, SYDNEY);
        client.archive(NOW.plusSeconds(60));

        assertThatThrownBy(() -> client.revise(profile("Ada", "King", null), NOW.plusSeconds(120), SYDNEY))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("archived");

        client.restore(NOW.plusSeconds(180));
        client.revise(profile("Ada", "King", null), NOW.plusSeconds(240), SYDNEY);
        assertThat(client.familyName()).isEqualTo("King");
    }

    @Test
    void archivingAnArchivedClientIsRefusedAndKeepsTheFirstDate() {
        Client client = Client.register(profile("Ada", "Lovelace", null), NOW, SYDNEY);
        Instant first = NOW.plusSeconds(60);
        client.archive(first);

        assertThatThrownBy(() -> client.archive(first.plusSeconds(60)))
                .isInstanceOf(ConflictException.class)
                .hasMessage("This client is already archived.");
        assertThat(client.archivedAt()).isEqualTo(first);
    }

    @Test
    void restoringAClientWhoIsNotArchivedIsRefused() {
        Client client = Client.register(profile("Ada", "Lovelace", null), NOW, SYDNEY);

        assertThatThrownBy(() -> client.restore(NOW.plusSeconds(60)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("not archived");
        assertThat(client.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void savingTheStoredDetailsAgainChangesNothing() {
        Client client = Client.register(
                new ClientProfile(
                        " Ada ",
                        "Lovelace",
                        LocalDate.of(1980, 5, 1),
                        " ",
                        null,
                        null,
                        "Neck pain",
                        null,
                        null,
                        Set.of(Contraindication.PREGNANCY),
                        null,
                        null,
                        null),
                NOW,
                SYDNEY);

        boolean changed = client.revise(client.profile(), NOW.plusSeconds(60), SYDNEY);
        boolean changedByBlanks = client.revise(
                new ClientProfile(
                        "Ada ",
                        " Lovelace",
                        LocalDate.of(1980, 5, 1),
                        "",
                        " ",
                        null,
                        "Neck pain ",
                        null,
                        null,
                        Set.of(Contraindication.PREGNANCY),
                        "  ",
                        null,
                        null),
                NOW.plusSeconds(120),
                SYDNEY);

        assertThat(changed).isFalse();
        assertThat(changedByBlanks).isFalse();
        assertThat(client.updatedAt()).isEqualTo(NOW);
        assertThat(client.revise(profile("Ada", "King", null), NOW.plusSeconds(180), SYDNEY))
                .isTrue();
    }
}
