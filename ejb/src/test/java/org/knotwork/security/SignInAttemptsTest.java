package org.knotwork.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.platform.SerializationFailures;
import org.knotwork.testing.MigratedDatabase;

/**
 * The lock-out counter's SQL on a real PostgreSQL, each call in its own transaction as in the application, also
 * with twelve attempts at once.
 */
class SignInAttemptsTest {

    private static final Instant NOW = Instant.parse("2026-03-10T22:30:00Z");
    private static final LockoutPolicy FIVE_THEN_FIFTEEN_MINUTES = new LockoutPolicy(5, Duration.ofMinutes(15));

    @TempDir
    static Path dataDirectory;

    static MigratedDatabase database;
    static EntityManagerFactory factory;

    @BeforeAll
    static void migrate() {
        database = MigratedDatabase.start(dataDirectory);
        factory = database.entityManagerFactory(false);
    }

    @AfterAll
    static void stop() {
        factory.close();
        database.close();
    }

    private static <T> T inTransaction(Function<SignInAttempts, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(new SignInAttempts(em));
            em.getTransaction().commit();
            return result;
        } finally {
            em.close();
        }
    }

    /** An attempt's turn as {@link SignIn} takes it: counted, waiting behind those being checked, retried. */
    private static SignInAttempts.Reservation turn(String name, Instant at) {
        return AttemptTurn.take(
                new AttemptTurn.Counter() {
                    @Override
                    public SignInAttempts.Reservation reserve() {
                        return SerializationFailures.retried(
                                () -> inTransaction(a -> a.reserve(name, at, FIVE_THEN_FIFTEEN_MINUTES)));
                    }

                    @Override
                    public void release() {
                        SerializationFailures.retried(() -> inTransaction(a -> {
                            a.release(name);
                            return null;
                        }));
                    }

                    @Override
                    public void lock() {
                        SerializationFailures.retried(() -> inTransaction(a -> {
                            a.lock(name, at, FIVE_THEN_FIFTEEN_MINUTES);
                            return null;
                        }));
                    }
                },
                FIVE_THEN_FIFTEEN_MINUTES);
    }

    /** One wrong password: counted before the check, then reported wrong; true when the name is now locked. */
    private static boolean wrongPassword(String name, Instant at) {
        SignInAttempts.Reservation attempt = turn(name, at);
        if (!attempt.mayCheck(at)) {
            return true;
        }
        return inTransaction(a -> a.failed(name, attempt, at, FIVE_THEN_FIFTEEN_MINUTES));
    }

    @Test
    void theFifthWrongPasswordInARowLocksForFifteenMinutesAndTheLockLiftsByItself() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(wrongPassword("jo", NOW.plusSeconds(attempt))).isFalse();
        }

        assertThat(wrongPassword("jo", NOW.plusSeconds(5))).isTrue();

        Instant later = NOW.plusSeconds(5).plus(Duration.ofMinutes(15));
        SignInAttempts.Reservation during =
                inTransaction(a -> a.reserve("jo", later.minusSeconds(1), FIVE_THEN_FIFTEEN_MINUTES));
        assertThat(during.mayCheck(later.minusSeconds(1))).isFalse();
        assertThat(during.lockedUntil())
                .as("guesses during a lock do not extend it")
                .isEqualTo(later);
        SignInAttempts.Reservation after = inTransaction(a -> a.reserve("JO", later, FIVE_THEN_FIFTEEN_MINUTES));
        assertThat(after.mayCheck(later)).isTrue();
        assertThat(after.number()).as("counting starts again").isEqualTo(1);
    }

    @Test
    void aRightPasswordForgivesEarlierMistakes() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            wrongPassword("ann", NOW);
        }
        inTransaction(a -> a.reserve("ann", NOW, FIVE_THEN_FIFTEEN_MINUTES));
        inTransaction(a -> {
            a.forgive("ann");
            return null;
        });

        assertThat(wrongPassword("ann", NOW)).isFalse();
        assertThat(inTransaction(a -> a.reserve("ann", NOW, FIVE_THEN_FIFTEEN_MINUTES))
                        .number())
                .isEqualTo(2);
    }

    @Test
    void twelveWrongPasswordsAtOnceCheckOnlyFiveAndLockTheName() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(12);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> checked = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            checked.add(pool.submit(() -> {
                start.await();
                SignInAttempts.Reservation attempt = turn("bea", NOW);
                if (!attempt.mayCheck(NOW)) {
                    return false;
                }
                Thread.sleep(100);
                inTransaction(a -> a.failed("bea", attempt, NOW, FIVE_THEN_FIFTEEN_MINUTES));
                return true;
            }));
        }
        start.countDown();
        int passwordsChecked = 0;
        for (Future<Boolean> one : checked) {
            passwordsChecked += one.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(passwordsChecked).isEqualTo(FIVE_THEN_FIFTEEN_MINUTES.maxFailures());
        assertThat(inTransaction(a -> a.reserve("bea", NOW.plusSeconds(1), FIVE_THEN_FIFTEEN_MINUTES))
                        .mayCheck(NOW.plusSeconds(1)))
                .isFalse();
    }

    /** The right password, as {@link SignIn} takes it: counted, checked (a moment of hashing), then forgiving. */
    private static boolean rightPassword(String name, Instant at) throws InterruptedException {
        SignInAttempts.Reservation attempt = turn(name, at);
        if (!attempt.mayCheck(at)) {
            return false;
        }
        Thread.sleep(150);
        SerializationFailures.retried(() -> inTransaction(a -> {
            a.forgive(name);
            return null;
        }));
        return true;
    }

    @Test
    void sevenRightPasswordsAtOnceAllSignInAndLockNothing() throws Exception {
        for (int round = 0; round < 3; round++) {
            String name = "cy" + round;
            ExecutorService pool = Executors.newFixedThreadPool(7);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> signedIn = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                signedIn.add(pool.submit(() -> {
                    start.await();
                    return rightPassword(name, NOW);
                }));
            }
            start.countDown();
            for (Future<Boolean> one : signedIn) {
                assertThat(one.get())
                        .as("a right password that raced others is not refused")
                        .isTrue();
            }
            pool.shutdown();
            SignInAttempts.Reservation next = inTransaction(a -> a.reserve(name, NOW, FIVE_THEN_FIFTEEN_MINUTES));
            assertThat(next.lockedUntil()).as("nothing locked").isNull();
            assertThat(next.number()).as("nothing counted against the name").isOne();
        }
    }

    @Test
    void countsLeftByChecksThatNeverFinishedLockTheNameOnceTheNextAttemptHasWaited() {
        for (int left = 1; left <= FIVE_THEN_FIFTEEN_MINUTES.maxFailures(); left++) {
            inTransaction(a -> a.reserve("dee", NOW, FIVE_THEN_FIFTEEN_MINUTES));
        }
        long started = System.nanoTime();

        SignInAttempts.Reservation next = turn("dee", NOW);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(AttemptTurn.WAIT);
        assertThat(next.mayCheck(NOW))
                .as("as many checks as the limit, and no more")
                .isFalse();
        assertThat(next.lockedUntil()).isEqualTo(NOW.plus(FIVE_THEN_FIFTEEN_MINUTES.lockDuration()));
    }
}
