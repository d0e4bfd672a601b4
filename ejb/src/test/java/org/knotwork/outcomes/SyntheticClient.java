package org.knotwork.outcomes;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * One synthetic client's course of treatment, written as rows: intake, points charted at the first session, and
 * each session's note with the treated points' PPT, compression, stretch and heat, the deviations they show (with
 * a reason, since the notes are signed) and the status changes signing applies.
 */
final class SyntheticClient {

    record Muscle(String code, String name, String region, String view, double x, double y) {}

    /** {@code effect} scales how much their clients improve; {@code slips} is their chance of a deviation. */
    record Therapist(UUID id, double effect, double slips) {}

    private static final String[] REGIONS = {"HEAD_NECK", "SHOULDER", "UPPER_BACK", "LOW_BACK", "HIP", "LEG_FOOT"};
    private static final double[] REGION_WEIGHTS = {0.28, 0.22, 0.12, 0.22, 0.11, 0.05};
    private static final String[] GIVEN = {
        "Ada", "Ben", "Chloe", "Dev", "Emma", "Femi", "Grace", "Hugo", "Ines", "Jon", "Kira", "Liam", "Mia", "Noah",
        "Olga", "Pat", "Quinn", "Rosa", "Sam", "Tara"
    };
    private static final String[] FAMILY = {
        "Smith",
        "Jones",
        "Patel",
        "Nguyen",
        "Garcia",
        "Müller",
        "Rossi",
        "Kowalski",
        "Okafor",
        "Tanaka",
        "Silva",
        "Brown",
        "Dubois",
        "Larsen",
        "O'Neill"
    };

    private final Random random;
    private final List<Muscle> muscles;
    private final List<Therapist> therapists;
    private final double meanSessions;

    SyntheticClient(Random random, List<Muscle> muscles, List<Therapist> therapists, double meanSessions) {
        this.random = random;
        this.muscles = muscles;
        this.therapists = therapists;
        this.meanSessions = meanSessions;
    }

    /** A point on the body map as the simulation follows it. */
    static final class Point {
        UUID id;
        Muscle muscle;
        String side;
        String view;
        double x;
        String status;
        int seq;
        double ppt;
    }

    void write(CopyRows rows) {
        UUID client = uuid(random);
        String region = pick(REGIONS, REGION_WEIGHTS);
        Therapist therapist = therapists.get((int) Math.floor(Math.pow(random.nextDouble(), 1.3) * therapists.size()));
        long span = Duration.between(SyntheticPractice.HISTORY_START, SyntheticPractice.HISTORY_END)
                        .toDays()
                - 14;
        Instant first = SyntheticPractice.HISTORY_START
                .plus(Duration.ofDays((long) (random.nextDouble() * span)))
                .plus(Duration.ofMinutes(8 * 60 + 30 * random.nextInt(18)));
        int sessions =
                random.nextDouble() < 0.12 ? 1 : 2 + (int) (-Math.log(1 - random.nextDouble()) * (meanSessions - 2.3));
        boolean responder = random.nextDouble() < 0.75;
        boolean rated = random.nextDouble() > 0.03;
        double baseline = 4 + random.nextInt(6);
        double relief = responder ? (2 + 3 * random.nextDouble()) * therapist.effect() : 0;
        rows.add(
                "clients",
                client,
                GIVEN[random.nextInt(GIVEN.length)],
                FAMILY[random.nextInt(FAMILY.length)],
                LocalDate.of(1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                complaint(region),
                first.minus(Duration.ofDays(1)),
                first.minus(Duration.ofDays(1)));

        List<Point> points = new ArrayList<>();
        int count = 2 + random.nextInt(3);
        List<Muscle> candidates =
                muscles.stream().filter(m -> m.region().equals(region)).toList();
        for (int i = 0; i < count; i++) {
            Point p = new Point();
            p.id = uuid(random);
            p.muscle = candidates.get(random.nextInt(candidates.size()));
            p.status = random.nextDouble() < 0.85 ? "ACTIVE" : "LATENT";
            p.ppt = 120 + 180 * random.nextDouble();
            boolean left = random.nextBoolean() && p.muscle.x() != 0.5;
            String side = p.muscle.x() == 0.5 ? "MIDLINE" : left ? "LEFT" : "RIGHT";
            String view = left && p.muscle.view().equals("LATERAL_RIGHT") ? "LATERAL_LEFT" : p.muscle.view();
            double x = left ? 1 - p.muscle.x() : p.muscle.x();
            p.side = side;
            p.view = view;
            p.x = x;
            change(random, rows, p, p.status, first.plusSeconds(60), therapist.id());
            points.add(p);
        }

        Instant at = first;
        for (int s = 0; s < sessions && at.isBefore(SyntheticPractice.HISTORY_END); s++) {
            Therapist by = random.nextDouble() < 0.1 ? therapists.get(random.nextInt(therapists.size())) : therapist;
            boolean draft = s == sessions - 1 && random.nextDouble() < 0.05;
            double pain = baseline - relief * (1 - Math.exp(-s / 2.5)) + random.nextGaussian() * 0.8;
            new SyntheticSession(random, rows, client, by, region, draft)
                    .write(at, rated && random.nextDouble() > 0.07 ? clamp(pain) : null, points);
            at = at.plus(Duration.ofDays(7 + random.nextInt(15)));
        }
        // Written last, with the status the sessions left each point in; COPY still sends points before notes.
        for (Point p : points) {
            rows.add(
                    "trigger_points",
                    p.id,
                    client,
                    p.muscle.code(),
                    p.side,
                    p.view,
                    p.x,
                    p.muscle.y(),
                    p.status,
                    "YES",
                    "YES",
                    "NOT_TESTED",
                    yesNo(0.3),
                    yesNo(0.6),
                    "YES",
                    first.plusSeconds(60),
                    therapist.id());
        }
    }

    static void change(Random random, CopyRows rows, Point p, String to, Instant at, UUID by) {
        rows.add("trigger_point_status_changes", uuid(random), p.id, ++p.seq, p.seq == 1 ? null : p.status, to, at, by);
        p.status = to;
    }

    private String complaint(String region) {
        return switch (region) {
            case "HEAD_NECK" -> "Neck pain and headaches at the end of the working day";
            case "SHOULDER" -> "Aching shoulder, worse reaching overhead";
            case "UPPER_BACK" -> "Burning between the shoulder blades";
            case "LOW_BACK" -> "Low back pain after sitting";
            case "HIP" -> "Buttock pain down the back of the thigh";
            default -> "Calf cramps and shin pain when running";
        };
    }

    private String yesNo(double yes) {
        return random.nextDouble() < yes ? "YES" : "NO";
    }

    private String pick(String[] values, double[] weights) {
        double r = random.nextDouble();
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    static Integer clamp(double pain) {
        return (int) Math.max(0, Math.min(10, Math.round(pain)));
    }

    static UUID uuid(Random random) {
        long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
