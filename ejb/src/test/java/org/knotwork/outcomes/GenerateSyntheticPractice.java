package org.knotwork.outcomes;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.knotwork.platform.DatabaseMigration;
import org.knotwork.testing.EmbeddedDatabase;

/**
 * The one command behind {@code ./mvnw -Psynthetic -pl ejb test-compile -Dpractice.size=small|full}: starts the
 * embedded PostgreSQL in {@code knotwork.data.dir/postgres} (the folder {@code -Prun} uses), migrates it, and fills
 * it with a synthetic practice. Refuses a database that already has notes.
 */
public final class GenerateSyntheticPractice {

    private GenerateSyntheticPractice() {}

    public static void main(String[] args) throws SQLException {
        SyntheticPractice.Size size = SyntheticPractice.Size.valueOf(
                System.getProperty("practice.size", "small").toUpperCase(Locale.ROOT));
        long seed = Long.getLong("practice.seed", 20_260_101L);
        Path data = Path.of(System.getProperty("knotwork.data.dir", "target/synthetic"))
                .toAbsolutePath();
        long started = System.nanoTime();
        try (EmbeddedDatabase database = EmbeddedDatabase.start(data.resolve("postgres"), 0, true)) {
            DatabaseMigration.migrate(database.dataSource());
            try (Connection c = database.dataSource().getConnection();
                    Statement s = c.createStatement();
                    ResultSet notes = s.executeQuery("select count(*) from treatment_notes")) {
                notes.next();
                if (notes.getLong(1) > 0) {
                    throw new IllegalStateException(data + " already holds a practice; choose an empty folder.");
                }
            }
            Map<String, Long> rows = SyntheticPractice.generate(database.dataSource(), size, seed);
            System.out.printf(
                    "Generated the %s practice in %.1f s into %s%n",
                    size.name().toLowerCase(Locale.ROOT), (System.nanoTime() - started) / 1e9, data);
            new TreeMap<>(rows).forEach((table, count) -> System.out.printf("  %-30s %,10d%n", table, count));
            System.out.println("Sign in as owner (or t01..t" + String.format("%02d", size.therapists) + ") with "
                    + SyntheticPractice.PASSWORD + " after: ./mvnw -Prun package -Dknotwork.data.dir=" + data);
        }
    }
}
