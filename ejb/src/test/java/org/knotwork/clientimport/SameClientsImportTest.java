package org.knotwork.clientimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwork.testing.Wired.wired;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.knotwork.audit.RecordedAudit;
import org.knotwork.security.CurrentUser;
import org.knotwork.security.Role;
import org.knotwork.security.SessionStep;
import org.knotwork.security.SignedInUser;
import org.knotwork.testing.OnCountedUnit;

/**
 * A client is imported once: a row for a client registered already, or repeating an earlier row, is a problem of its
 * own in the check and stops the import, on a real PostgreSQL through {@link ClientImportService}.
 */
class SameClientsImportTest extends OnCountedUnit {

    private static final String HEADER = "First Name,Surname,DOB";

    @Test
    void aFileImportedTwiceIsRefusedTheSecondTimeRowByRow() {
        String file = HEADER + "\nMarta,Quispe,1971-04-02\nJonas,Quispe,1975-09-30\nLi,Quispe,\n";
        assertThat(inService(s -> s.importAll(file)).imported()).isEqualTo(3);

        ImportReport again = inService(s -> s.importAll(file));

        assertThat(again.imported()).isZero();
        assertThat(again.badRows()).containsExactly(2, 3, 4);
        assertThat(again.problems())
                .allSatisfy(p -> assertThat(p.message()).startsWith("A client with this name and date of birth"));
    }

    @Test
    void lettersCaseAndSpacesDoNotMakeAnotherPersonButAnotherBirthdayDoes() {
        inService(s -> s.importAll(HEADER + "\nÅsa,Lindqvist,1980-02-29\n"));

        ImportReport checked =
                inService(s -> s.check(HEADER + "\n  åsa ,LINDQVIST,1980-02-29\nÅsa,Lindqvist,1981-02-28\n"));

        assertThat(checked.badRows()).containsExactly(2);
    }

    @Test
    void aRowRepeatedInTheFileNamesTheEarlierRow() {
        ImportReport checked = inService(
                s -> s.check(HEADER + "\nNoor,Haddad,1990-12-01\nOmar,Haddad,1992-01-15\nnoor,haddad,1990-12-01\n"));

        assertThat(checked.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(4);
            assertThat(p.message()).isEqualTo("Row 2 has the same name and date of birth: list each client once.");
        });
        assertThat(inService(s -> s.importAll(
                                HEADER + "\nNoor,Haddad,1990-12-01\nOmar,Haddad,1992-01-15\nnoor,haddad,1990-12-01\n"))
                        .imported())
                .isZero();
    }

    private static <T> T inService(Function<ClientImportService, T> work) {
        CurrentUser owner = new CurrentUser();
        owner.recognise(new SignedInUser(
                UUID.randomUUID(), SessionStep.SIGNED_IN, UUID.randomUUID(), "own", "Owner", Set.of(Role.OWNER)));
        return unit.inTransaction(em -> {
            Clock clock = Clock.fixed(Instant.parse("2026-03-10T22:30:00Z"), ZoneId.of("Europe/Madrid"));
            Map<String, Object> parts =
                    Map.of("em", em, "clock", clock, "currentUser", owner, "audit", new RecordedAudit());
            return work.apply(wired(new ClientImportService(), parts));
        });
    }
}
