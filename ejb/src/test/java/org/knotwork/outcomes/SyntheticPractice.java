package org.knotwork.outcomes;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.sql.DataSource;

/**
 * A realistic synthetic practice: therapists who differ in results and in how often they depart from the protocol,
 * clients who come for a course of sessions (most improve, some do not, some come once, a few are never rated),
 * trigger points that go latent, resolve and sometimes recur, all over eighteen months. The same seed gives the same
 * practice. Rows go in with COPY in batches of clients, through every constraint and trigger of the schema.
 */
public final class SyntheticPractice {

    /** The first and last moment of the practice's history. */
    public static final Instant HISTORY_START = Instant.parse("2025-01-01T00:00:00Z");

    public static final Instant HISTORY_END = Instant.parse("2026-07-01T00:00:00Z");

    /** The password of every generated user (the demo's, so the README's sign-in works on a generated practice). */
    public static final String PASSWORD = "knotwork-demo";

    /** The administrator's, as the run command's first start sets it: it signs in to load the demo people. */
    public static final String ADMIN_PASSWORD = "knotwork-first-start";

    /** How big: therapists, clients, and the mean length of a course (before the end of the history cuts some short). */
    public enum Size {
        SMALL(3, 60, 8.0),
        FULL(25, 20_000, 17.0);

        final int therapists;
        final int clients;
        final double meanSessions;

        Size(int therapists, int clients, double meanSessions) {
            this.therapists = therapists;
            this.clients = clients;
            this.meanSessions = meanSessions;
        }
    }

    private static final int CLIENTS_PER_BATCH = 500;

    private SyntheticPractice() {}

    /** Fills an empty, migrated database; returns the rows written per table. */
    public static Map<String, Long> generate(DataSource database, Size size, long seed) throws SQLException {
        Random random = new Random(seed);
        try (Connection connection = database.getConnection()) {
            List<SyntheticClient.Muscle> muscles = muscles(connection);
            CopyRows rows = new CopyRows();
            String hash = passwordHash(PASSWORD);
            List<SyntheticClient.Therapist> therapists = new ArrayList<>();
            for (int t = 1; t <= size.therapists; t++) {
                UUID id = SyntheticClient.uuid(random);
                String username = String.format("t%02d", t);
                rows.add(
                        "users",
                        id,
                        username,
                        "Therapist " + username.toUpperCase(),
                        hash,
                        HISTORY_START,
                        HISTORY_START);
                rows.add("user_roles", id, "THERAPIST");
                therapists.add(new SyntheticClient.Therapist(
                        id,
                        0.75 + 0.5 * random.nextDouble(),
                        0.005 + 0.06 * random.nextDouble() * random.nextDouble()));
            }
            UUID owner = SyntheticClient.uuid(random);
            rows.add("users", owner, "owner", "Olivia Owner", hash, HISTORY_START, HISTORY_START);
            rows.add("user_roles", owner, "OWNER");
            UUID admin = SyntheticClient.uuid(random);
            rows.add(
                    "users",
                    admin,
                    "admin",
                    "Administrator",
                    passwordHash(ADMIN_PASSWORD),
                    HISTORY_START,
                    HISTORY_START);
            rows.add("user_roles", admin, "ADMIN");
            rows.copy(connection);
            for (int c = 0; c < size.clients; c++) {
                new SyntheticClient(random, muscles, therapists, size.meanSessions).write(rows);
                if ((c + 1) % CLIENTS_PER_BATCH == 0) {
                    rows.copy(connection);
                }
            }
            rows.copy(connection);
            try (Statement analyze = connection.createStatement()) {
                analyze.execute("vacuum analyze");
            }
            return rows.counts();
        }
    }

    /** Each muscle with its region and one place on the body map (for the client's right side). */
    private static List<SyntheticClient.Muscle> muscles(Connection connection) throws SQLException {
        List<SyntheticClient.Muscle> muscles = new ArrayList<>();
        try (Statement query = connection.createStatement();
                ResultSet row = query.executeQuery("select distinct on (m.code) m.code, m.name, m.region, v.view,"
                        + " v.x, v.y from muscles m join muscle_views v on v.muscle_code = m.code"
                        + " order by m.code, v.view")) {
            while (row.next()) {
                muscles.add(new SyntheticClient.Muscle(
                        row.getString(1),
                        row.getString(2),
                        row.getString(3),
                        row.getString(4),
                        row.getDouble(5),
                        row.getDouble(6)));
            }
        }
        return muscles;
    }

    /** The stored form Soteria's PBKDF2 hash reads: algorithm:iterations:salt:hash, Base64. */
    static String passwordHash(String password) {
        try {
            byte[] salt = new byte[32];
            new SecureRandom().nextBytes(salt);
            int iterations = 210_000;
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 64 * 8))
                    .getEncoded();
            Base64.Encoder base64 = Base64.getEncoder();
            return "PBKDF2WithHmacSHA512:" + iterations + ":" + base64.encodeToString(salt) + ":"
                    + base64.encodeToString(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 with SHA-512 is missing from this Java", e);
        }
    }
}
