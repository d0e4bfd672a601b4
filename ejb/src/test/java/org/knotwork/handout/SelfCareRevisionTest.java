package org.knotwork.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.knotwork.testing.Wired.wired;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knotwork.audit.AuditTrail;
import org.knotwork.audit.RecordedAudit;
import org.knotwork.client.Client;
import org.knotwork.client.ClientFixtures;
import org.knotwork.platform.ConflictException;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.security.CurrentUser;
import org.knotwork.security.Role;
import org.knotwork.security.SessionStep;
import org.knotwork.security.SignedInUser;
import org.knotwork.testing.OnCountedUnit;

/**
 * Self-care texts corrected through {@link SelfCareService} on a real PostgreSQL: a save that changes nothing is no
 * event, and a translation left behind by an English correction is given again only once an administrator confirms
 * it, in a line of its own — never because its texts were saved unchanged. A client's sheet preferences saved
 * unchanged are no event either.
 */
class SelfCareRevisionTest extends OnCountedUnit {

    static final Instant NOW = Instant.parse("2026-05-04T09:00:00Z");
    static final UUID ADMIN = UUID.randomUUID();

    @BeforeAll
    static void administrator() {
        unit.database().insertUser(ADMIN, "ada");
    }

    @Test
    void aTranslationSavedUnchangedAfterAnEnglishCorrectionStaysBehindUntilConfirmed() {
        SelfCareEdition english = read(HandoutLanguage.EN);
        Saved corrected = save(HandoutLanguage.EN, english.version(), text -> withSelfPressure(text), false);
        assertThat(corrected.edition().version()).isEqualTo(english.version() + 1);
        assertThat(corrected.audit()).hasSize(1);

        SelfCareEdition spanish = read(HandoutLanguage.ES);
        assertThat(spanish.behindEnglish())
                .as("the Spanish is behind the corrected English")
                .isTrue();
        Saved unchanged = save(HandoutLanguage.ES, spanish.version(), UnaryOperator.identity(), false);
        assertThat(unchanged.edition().version()).as("no event").isEqualTo(spanish.version());
        assertThat(unchanged.audit()).isEmpty();
        assertThat(unchanged.edition().behindEnglish()).isTrue();
        assertThatThrownBy(() -> spanishSheetTexts())
                .as("a Spanish sheet still says what the English no longer says")
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("Soleus");

        Saved confirmed = save(HandoutLanguage.ES, spanish.version(), UnaryOperator.identity(), true);
        assertThat(confirmed.edition().version()).isEqualTo(spanish.version() + 1);
        assertThat(confirmed.edition().behindEnglish()).isFalse();
        assertThat(confirmed.audit())
                .singleElement()
                .asString()
                .startsWith("UPDATE SUCCESS translation confirmed against the English texts as corrected at ");
        assertThat(spanishSheetTexts()).containsKey("SOLEUS");

        Saved again = save(HandoutLanguage.ES, confirmed.edition().version(), UnaryOperator.identity(), true);
        assertThat(again.edition().version())
                .as("confirming a current translation changes nothing")
                .isEqualTo(confirmed.edition().version());
        assertThat(again.audit()).isEmpty();
    }

    @Test
    void anEnglishSaveThatChangesNothingKeepsItsVersionAndWritesNoLine() {
        SelfCareEdition english = read(HandoutLanguage.EN);

        Saved unchanged = save(HandoutLanguage.EN, english.version(), UnaryOperator.identity(), false);

        assertThat(unchanged.edition().version()).isEqualTo(english.version());
        assertThat(unchanged.edition().updatedAt()).isEqualTo(english.updatedAt());
        assertThat(unchanged.audit()).isEmpty();
        assertThatThrownBy(() -> save(HandoutLanguage.EN, english.version(), UnaryOperator.identity(), true))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Only a translation is confirmed");
    }

    @Test
    void handoutPreferencesSavedUnchangedAreNoEvent() {
        UUID client = unit.inTransaction(em -> {
            Client registered = Client.register(ClientFixtures.named("Ada", "Lovelace", Set.of()), NOW, ZoneOffset.UTC);
            em.persist(registered);
            return registered.id();
        });

        Chosen nothing = choose(client, -1, null, null);
        assertThat(nothing.version()).as("nothing chosen, nothing stored").isEqualTo(-1);
        assertThat(nothing.audit()).isEmpty();

        Chosen first = choose(client, -1, HandoutLanguage.ES, PrintSize.LARGE);
        assertThat(first.audit()).containsExactly("UPDATE SUCCESS language es, print LARGE");
        Chosen empty = choose(client, first.version(), null, null);
        Chosen same = choose(client, first.version(), HandoutLanguage.ES, PrintSize.LARGE);
        assertThat(List.of(empty.version(), same.version())).containsOnly(first.version());
        assertThat(empty.audit()).isEmpty();
        assertThat(same.audit()).isEmpty();
    }

    record Chosen(int version, List<String> audit) {}

    private static Chosen choose(UUID client, int expected, HandoutLanguage language, PrintSize print) {
        return unit.inTransaction(em -> {
            RecordedAudit audit = new RecordedAudit();
            CurrentUser owner = new CurrentUser();
            owner.recognise(new SignedInUser(
                    UUID.randomUUID(), SessionStep.SIGNED_IN, ADMIN, "ada", "ada", Set.of(Role.OWNER)));
            HandoutPreferencesService service = wired(
                    new HandoutPreferencesService(),
                    Map.of("em", em, "clock", Clock.fixed(NOW, ZoneOffset.UTC), "currentUser", owner, "audit", audit));
            int version = service.choose(client, expected, language, print, HandoutPreferences::version);
            return new Chosen(version, audit.lines);
        });
    }

    private static SelfCareText withSelfPressure(SelfCareText text) {
        return new SelfCareText(
                text.selfPressure() + " Keep the heel on the floor.",
                text.pressurePosition(),
                text.pressureTool(),
                text.gentlePressure(),
                text.frequency());
    }

    record Saved(SelfCareEdition edition, List<String> audit) {}

    private static SelfCareEdition read(HandoutLanguage language) {
        return unit.inTransaction(em -> service(em, new RecordedAudit()).read("SOLEUS", language));
    }

    private static Saved save(
            HandoutLanguage language, int expected, UnaryOperator<SelfCareText> edit, boolean confirm) {
        return unit.inTransaction(em -> {
            RecordedAudit audit = new RecordedAudit();
            SelfCareEdition edition = service(em, audit).revise("SOLEUS", language, expected, edit, confirm);
            return new Saved(edition, audit.lines);
        });
    }

    private static Map<String, SelfCareText> spanishSheetTexts() {
        return unit.inTransaction(em -> new CurrentSelfCare(em).texts(Set.of("SOLEUS"), HandoutLanguage.ES));
    }

    private static int clockTick;

    private static SelfCareService service(EntityManager em, AuditTrail audit) {
        Clock clock = Clock.fixed(NOW.plusSeconds(60L * ++clockTick), ZoneOffset.UTC);
        CurrentUser user = new CurrentUser();
        user.recognise(
                new SignedInUser(UUID.randomUUID(), SessionStep.SIGNED_IN, ADMIN, "ada", "ada", Set.of(Role.ADMIN)));
        return wired(new SelfCareService(), Map.of("em", em, "clock", clock, "currentUser", user, "audit", audit));
    }
}
