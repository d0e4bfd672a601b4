package org.knotwork.clientimport;

import jakarta.persistence.EntityManager;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.knotwork.client.ClientProfile;

/**
 * Rows that would register a client a second time: the same given and family name (letter case, spaces around and
 * Unicode composition aside) and the same date of birth, or both without one, as a client already registered or as
 * an earlier row of the same file. A file sent twice, or a row repeated by the other system, would otherwise make two
 * records of one person, whose contraindications and notes would then be split between them. Each such row is a
 * problem of its own: the owner removes it, or corrects the name or date if it is another person.
 */
final class SameClients {

    private record Person(String givenName, String familyName, LocalDate dateOfBirth) {

        static Person of(String given, String family, LocalDate born) {
            return new Person(folded(given), folded(family), born);
        }

        private static String folded(String name) {
            return Normalizer.normalize(name.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        }
    }

    private SameClients() {}

    /** A problem for each row whose client is registered already or is an earlier row's, in row order. */
    static List<ImportReport.RowProblem> in(Map<Integer, ClientProfile> rows, EntityManager em) {
        Map<Person, Integer> firstRow = new HashMap<>();
        List<ImportReport.RowProblem> problems = new ArrayList<>();
        Set<Person> registered = registered(rows, em);
        rows.forEach((row, profile) -> {
            Person person = Person.of(profile.givenName(), profile.familyName(), profile.dateOfBirth());
            Integer earlier = firstRow.putIfAbsent(person, row);
            if (registered.contains(person)) {
                problems.add(new ImportReport.RowProblem(
                        row,
                        "familyName",
                        "A client with this name and date of birth is registered already: remove the row, or"
                                + " correct it if this is another person."));
            } else if (earlier != null) {
                problems.add(new ImportReport.RowProblem(
                        row,
                        "familyName",
                        "Row " + earlier + " has the same name and date of birth: list each client once."));
            }
        });
        return problems;
    }

    /**
     * The registered clients who could be a row's: born on a row's date of birth, or, for a row without one, without
     * one too and of its family name. Compared by date first, since letter case in SQL follows the database's locale
     * and a date does not.
     */
    private static Set<Person> registered(Map<Integer, ClientProfile> rows, EntityManager em) {
        List<LocalDate> dates = rows.values().stream()
                .map(ClientProfile::dateOfBirth)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        List<String> undated = rows.values().stream()
                .filter(p -> p.dateOfBirth() == null)
                .map(p -> p.familyName().strip())
                .flatMap(name -> Stream.of(name, name.toLowerCase(Locale.ROOT)))
                .distinct()
                .toList();
        Set<Person> found = new HashSet<>();
        if (!dates.isEmpty()) {
            em.createQuery(
                            "select c.givenName, c.familyName, c.dateOfBirth from Client c"
                                    + " where c.dateOfBirth in :dates",
                            Object[].class)
                    .setParameter("dates", dates)
                    .getResultList()
                    .forEach(r -> found.add(Person.of((String) r[0], (String) r[1], (LocalDate) r[2])));
        }
        if (!undated.isEmpty()) {
            em.createQuery(
                            "select c.givenName, c.familyName from Client c where c.dateOfBirth is null"
                                    + " and lower(c.familyName) in :families",
                            Object[].class)
                    .setParameter("families", undated)
                    .getResultList()
                    .forEach(r -> found.add(Person.of((String) r[0], (String) r[1], null)));
        }
        return found;
    }
}
