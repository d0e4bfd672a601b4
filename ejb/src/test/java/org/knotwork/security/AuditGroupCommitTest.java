package org.knotwork.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Requests handing in audit lines at the same time share writes, and each returns only once its line is written. */
class AuditGroupCommitTest {

    private final List<List<String>> batchesWritten = Collections.synchronizedList(new ArrayList<>());
    private final ExecutorService requests = Executors.newCachedThreadPool();
    private final List<Thread> requestThreads = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void stopRequests() {
        requests.shutdownNow();
    }

    @Test
    void aLineAloneIsWrittenAtOnceByItsOwnRequest() {
        AuditGroupCommit batches = new AuditGroupCommit(10);

        batches.submit(line("alone"), recording());

        assertThat(batchesWritten).containsExactly(List.of("alone"));
    }

    @Test
    void linesHandedInDuringAWriteShareTheNextOne() throws Exception {
        AuditGroupCommit batches = new AuditGroupCommit(10);
        CountDownLatch firstWriteMayEnd = new CountDownLatch(1);
        Consumer<List<AuditLine>> slowFirstWrite = firstWriteHeldUntil(firstWriteMayEnd, nothingRefused());

        Future<?> first = request(() -> batches.submit(line("first"), slowFirstWrite));
        awaitWaiting(1);
        List<Future<?>> others = new ArrayList<>();
        for (String name : List.of("b", "c", "d")) {
            others.add(request(() -> batches.submit(line(name), slowFirstWrite)));
        }
        awaitWaiting(4);
        assertThat(batchesWritten)
                .as("nobody returns before its line is written")
                .isEmpty();
        assertThat(others).noneMatch(Future::isDone);

        firstWriteMayEnd.countDown();
        first.get(5, TimeUnit.SECONDS);
        for (Future<?> other : others) {
            other.get(5, TimeUnit.SECONDS);
        }

        assertThat(batchesWritten).hasSize(2);
        assertThat(batchesWritten.get(0)).containsExactly("first");
        assertThat(batchesWritten.get(1)).containsExactlyInAnyOrder("b", "c", "d");
    }

    @Test
    void aLineTheDatabaseRefusesFailsOnlyItsOwnRequest() throws Exception {
        AuditGroupCommit batches = new AuditGroupCommit(10);
        CountDownLatch firstWriteMayEnd = new CountDownLatch(1);
        Consumer<List<AuditLine>> refusingOne = firstWriteHeldUntil(firstWriteMayEnd, refusing("refused"));

        Future<?> first = request(() -> batches.submit(line("first"), refusingOne));
        awaitWaiting(1);
        Future<?> good = request(() -> batches.submit(line("good"), refusingOne));
        Future<?> refused = request(() -> batches.submit(line("refused"), refusingOne));
        Future<?> alsoGood = request(() -> batches.submit(line("also good"), refusingOne));
        awaitWaiting(4);
        firstWriteMayEnd.countDown();

        first.get(5, TimeUnit.SECONDS);
        good.get(5, TimeUnit.SECONDS);
        alsoGood.get(5, TimeUnit.SECONDS);
        assertThatThrownBy(() -> refused.get(5, TimeUnit.SECONDS))
                .hasCauseInstanceOf(AuditGroupCommit.AuditLineNotWritten.class)
                .hasMessageContaining("value too long");
        assertThat(batchesWritten.stream().flatMap(List::stream))
                .containsExactlyInAnyOrder("first", "good", "also good");
    }

    @Test
    void aFailedWriteStillLetsTheWaitingRequestsThrough() throws Exception {
        AuditGroupCommit batches = new AuditGroupCommit(10);
        CountDownLatch firstWriteMayEnd = new CountDownLatch(1);
        Consumer<List<AuditLine>> databaseGoneForTheFirstWrite = batch -> {
            if (batch.stream().anyMatch(line -> line.detail().equals("first"))) {
                awaitQuietly(firstWriteMayEnd);
                throw new IllegalStateException("connection refused");
            }
            recording().accept(batch);
        };

        Future<?> first = request(() -> batches.submit(line("first"), databaseGoneForTheFirstWrite));
        awaitWaiting(1);
        Future<?> next = request(() -> batches.submit(line("next"), databaseGoneForTheFirstWrite));
        awaitWaiting(2);
        firstWriteMayEnd.countDown();

        assertThatThrownBy(() -> first.get(5, TimeUnit.SECONDS))
                .hasCauseInstanceOf(AuditGroupCommit.AuditLineNotWritten.class);
        next.get(5, TimeUnit.SECONDS);
        assertThat(batchesWritten).containsExactly(List.of("next"));
    }

    @Test
    void noWriteTakesMoreLinesThanItsBound() throws Exception {
        AuditGroupCommit batches = new AuditGroupCommit(2);
        CountDownLatch firstWriteMayEnd = new CountDownLatch(1);
        Consumer<List<AuditLine>> slowFirstWrite = firstWriteHeldUntil(firstWriteMayEnd, nothingRefused());

        List<Future<?>> all = new ArrayList<>();
        all.add(request(() -> batches.submit(line("first"), slowFirstWrite)));
        awaitWaiting(1);
        for (int i = 0; i < 5; i++) {
            String name = "line " + i;
            all.add(request(() -> batches.submit(line(name), slowFirstWrite)));
        }
        awaitWaiting(6);
        firstWriteMayEnd.countDown();
        for (Future<?> request : all) {
            request.get(5, TimeUnit.SECONDS);
        }

        assertThat(batchesWritten).allSatisfy(batch -> assertThat(batch).hasSizeLessThanOrEqualTo(2));
        assertThat(batchesWritten.stream().flatMap(List::stream)).hasSize(6).doesNotHaveDuplicates();
    }

    @Test
    void aLookHandedInDuringAWriteReturnsAtOnceAndIsWrittenByThatWrite() throws Exception {
        AuditGroupCommit batches = new AuditGroupCommit(10);
        CountDownLatch firstWriteMayEnd = new CountDownLatch(1);
        Consumer<List<AuditLine>> slowFirstWrite = firstWriteHeldUntil(firstWriteMayEnd, nothingRefused());

        Future<?> first = request(() -> batches.submit(line("first"), slowFirstWrite));
        awaitWaiting(1);
        request(() -> batches.submitWithoutWaiting(line("look 1"), slowFirstWrite))
                .get(5, TimeUnit.SECONDS);
        request(() -> batches.submitWithoutWaiting(line("look 2"), slowFirstWrite))
                .get(5, TimeUnit.SECONDS);
        assertThat(batchesWritten)
                .as("the looks returned before anything was written")
                .isEmpty();

        firstWriteMayEnd.countDown();
        first.get(5, TimeUnit.SECONDS);

        assertThat(batchesWritten).containsExactly(List.of("first"), List.of("look 1", "look 2"));
    }

    @Test
    void aLookWithNoWriteUnderWayIsWrittenBeforeItReturns() {
        AuditGroupCommit batches = new AuditGroupCommit(10);

        batches.submitWithoutWaiting(line("look"), recording());

        assertThat(batchesWritten).containsExactly(List.of("look"));
    }

    @Test
    void waitingForTheTrailReturnsOnceEveryLineHandedInIsWritten() throws Exception {
        AuditGroupCommit batches = new AuditGroupCommit(10);
        CountDownLatch firstWriteMayEnd = new CountDownLatch(1);
        Consumer<List<AuditLine>> slowFirstWrite = firstWriteHeldUntil(firstWriteMayEnd, nothingRefused());
        request(() -> batches.submitWithoutWaiting(line("look 1"), slowFirstWrite));
        awaitWaiting(1);
        request(() -> batches.submitWithoutWaiting(line("look 2"), slowFirstWrite))
                .get(5, TimeUnit.SECONDS);

        Future<?> listing = request(batches::awaitWritten);
        awaitWaiting(2);
        assertThat(listing).isNotDone();
        firstWriteMayEnd.countDown();
        listing.get(5, TimeUnit.SECONDS);

        assertThat(batchesWritten.stream().flatMap(List::stream)).containsExactly("look 1", "look 2");
    }

    @Test
    void aLookThatCannotBeWrittenDoesNotFailTheWriterThatTookIt() throws Exception {
        AuditGroupCommit batches = new AuditGroupCommit(10);
        CountDownLatch firstWriteMayEnd = new CountDownLatch(1);
        Consumer<List<AuditLine>> refusingTheLook = firstWriteHeldUntil(firstWriteMayEnd, refusing("refused look"));

        Future<?> first = request(() -> batches.submit(line("first"), refusingTheLook));
        awaitWaiting(1);
        request(() -> batches.submitWithoutWaiting(line("refused look"), refusingTheLook))
                .get(5, TimeUnit.SECONDS);
        Future<?> change = request(() -> batches.submit(line("change"), refusingTheLook));
        awaitWaiting(2);
        firstWriteMayEnd.countDown();

        first.get(5, TimeUnit.SECONDS);
        change.get(5, TimeUnit.SECONDS);
        assertThat(batchesWritten.stream().flatMap(List::stream)).containsExactly("first", "change");
    }

    /**
     * A writer that records each batch it writes, holding the first one until {@code mayEnd} opens, so that other
     * lines queue up behind it; {@code database} may refuse a batch first, as a database would.
     */
    private Consumer<List<AuditLine>> firstWriteHeldUntil(CountDownLatch mayEnd, Consumer<List<AuditLine>> database) {
        return batch -> {
            if (batchesWritten.isEmpty()) {
                awaitQuietly(mayEnd);
            }
            database.accept(batch);
            recording().accept(batch);
        };
    }

    private static Consumer<List<AuditLine>> nothingRefused() {
        return batch -> {};
    }

    /** Refuses any batch holding the line with this detail, as PostgreSQL refuses a value too long for its column. */
    private static Consumer<List<AuditLine>> refusing(String detail) {
        return batch -> {
            if (batch.stream().anyMatch(line -> line.detail().equals(detail))) {
                throw new IllegalStateException("value too long for type character varying(40)");
            }
        };
    }

    private Consumer<List<AuditLine>> recording() {
        return batch -> batchesWritten.add(batch.stream().map(AuditLine::detail).toList());
    }

    private Future<?> request(Runnable work) {
        return requests.submit(() -> {
            requestThreads.add(Thread.currentThread());
            try {
                work.run();
            } finally {
                requestThreads.remove(Thread.currentThread());
            }
        });
    }

    /** Until {@code count} requests are parked: writing (held back by the test) or waiting for a write. */
    private void awaitWaiting(int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        while (Instant.now().isBefore(deadline)) {
            long parked;
            synchronized (requestThreads) {
                parked = requestThreads.stream()
                        .filter(thread -> thread.getState() == Thread.State.WAITING)
                        .count();
            }
            if (parked >= count) {
                return;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("Fewer than " + count + " requests were ever waiting at once");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(); // untimed, so the thread shows as WAITING; the test's own timeouts bound it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static AuditLine line(String detail) {
        return new AuditLine(
                Instant.parse("2026-05-04T09:00:00Z"),
                new AuditOrigin(),
                AuditAction.READ,
                "client",
                null,
                null,
                AuditOutcome.SUCCESS,
                detail);
    }
}
