package org.knotwork.dev;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The drill's load: signed-in therapists, each registering clients and reading their session in turn through the
 * balancer. Counts every answer, keeps the id of every acknowledged (201) registration, and afterwards checks each
 * is there.
 */
final class DrillLoad {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    record Result(boolean ok, List<String> lines) {}

    private final DrillClient admin;
    private final List<DrillClient> therapists;
    private final Map<String, Boolean> acknowledged = new ConcurrentHashMap<>();

    /** A new user's first sign-in, changing the first password they were given, as every new user must. */
    private static DrillClient firstSignIn(URI through, String username) {
        DrillClient user = new DrillClient(through);
        DrillClient.expect(user.signIn(username, TwoInstanceDrill.FIRST_PASSWORD), 200, username + " signing in");
        DrillClient.expect(
                user.send(
                        "PUT",
                        "api/account/password",
                        "{\"currentPassword\":\"%s\",\"newPassword\":\"%s\"}"
                                .formatted(TwoInstanceDrill.FIRST_PASSWORD, TwoInstanceDrill.PASSWORD)),
                200,
                username + " choosing a password");
        return user;
    }

    private DrillLoad(DrillClient admin, List<DrillClient> therapists) {
        this.admin = admin;
        this.therapists = therapists;
    }

    /**
     * The first administrator changes its password and makes the practice's first owner, who creates the therapists;
     * each signs in and chooses a password.
     */
    static DrillLoad prepare(URI through, int users) {
        DrillClient admin = new DrillClient(through);
        DrillClient.expect(admin.signIn("admin", TwoInstanceDrill.FIRST_PASSWORD), 200, "first sign-in");
        DrillClient.expect(
                admin.send(
                        "PUT",
                        "api/account/password",
                        "{\"currentPassword\":\"%s\",\"newPassword\":\"%s\"}"
                                .formatted(TwoInstanceDrill.FIRST_PASSWORD, TwoInstanceDrill.ADMIN_PASSWORD)),
                200,
                "first password change");
        // The practice's first owner, made by the administrator: only an owner gives the therapist's role.
        DrillClient.expect(
                admin.send("POST", "api/users", """
                        {"username":"drill-owner","displayName":"Drill Owner","password":"%s","roles":["OWNER"]}""".formatted(TwoInstanceDrill.FIRST_PASSWORD)),
                201,
                "creating the owner");
        DrillClient owner = firstSignIn(through, "drill-owner");
        List<DrillClient> therapists = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            String username = "drill-" + i;
            DrillClient.expect(
                    owner.send("POST", "api/users", """
                            {"username":"%s","displayName":"Drill %d","password":"%s","roles":["THERAPIST"]}""".formatted(username, i, TwoInstanceDrill.FIRST_PASSWORD)),
                    201,
                    "creating " + username);
            therapists.add(firstSignIn(through, username));
        }
        return new DrillLoad(admin, therapists);
    }

    /** Sends load for {@code length}; after {@code killAfter}, runs {@code kill}. */
    Result run(Duration length, Duration killAfter, Runnable kill) throws Exception {
        AtomicInteger requests = new AtomicInteger();
        AtomicInteger signedOut = new AtomicInteger();
        AtomicInteger failedWrites = new AtomicInteger();
        AtomicInteger failedReads = new AtomicInteger();
        long end = System.nanoTime() + length.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(therapists.size());
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < therapists.size(); t++) {
            DrillClient therapist = therapists.get(t);
            int worker = t;
            workers.add(pool.submit(() -> {
                for (int n = 0; System.nanoTime() < end; n++) {
                    DrillClient.Answer write = therapist.send("POST", "api/clients", """
                            {"givenName":"Drill","familyName":"W%d-%d"}""".formatted(worker, n));
                    DrillClient.Answer read = therapist.send("GET", "api/session", null);
                    requests.addAndGet(2);
                    if (write.status() == 201) {
                        Matcher id = ID.matcher(write.body());
                        if (id.find()) {
                            acknowledged.put(id.group(1), true);
                        }
                    } else if (write.status() == 401) {
                        signedOut.incrementAndGet();
                    } else {
                        failedWrites.incrementAndGet();
                    }
                    if (read.status() == 401) {
                        signedOut.incrementAndGet();
                    } else if (read.status() != 200) {
                        failedReads.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        DrillClient.sleep(killAfter);
        kill.run();
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        int lost = 0;
        for (String id : acknowledged.keySet()) {
            if (admin.send("GET", "api/clients/" + id, null).status() != 200
                    && therapists.get(0).send("GET", "api/clients/" + id, null).status() != 200) {
                lost++;
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("| requests through nginx | " + requests.get() + " |");
        lines.add("| answered 401 (signed out) | " + signedOut.get() + (signedOut.get() == 0 ? "" : " FAILED") + " |");
        lines.add("| writes not acknowledged (in flight on the killed instance; never repeated by nginx) | "
                + failedWrites.get() + " |");
        lines.add("| reads that failed | " + failedReads.get() + " |");
        lines.add("| acknowledged writes (201) | " + acknowledged.size() + " |");
        lines.add("| acknowledged writes missing afterwards | " + lost + (lost == 0 ? "" : " FAILED") + " |");
        return new Result(signedOut.get() == 0 && lost == 0, lines);
    }

    /** After the restart, every therapist is still signed in: round robin sends their requests to both instances. */
    Result stillSignedIn() {
        int out = 0;
        for (DrillClient therapist : therapists) {
            for (int request = 0; request < 4; request++) {
                if (therapist.send("GET", "api/session", null).status() != 200) {
                    out++;
                }
            }
        }
        return new Result(
                out == 0,
                List.of("| requests after instance A restarted that found the therapist signed out | " + out
                        + (out == 0 ? "" : " FAILED") + " |"));
    }

    /** The audit trail's hash chain, checked through the balancer. */
    List<String> auditVerified() {
        DrillClient.Answer verified = admin.send("GET", "api/audit/verification", null);
        boolean intact = verified.status() == 200 && verified.body().contains("\"intact\":true");
        return List.of(
                "| audit verification | " + verified.body().replace("|", "/") + (intact ? "" : " FAILED") + " |");
    }
}
