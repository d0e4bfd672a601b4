package org.knotwork.outcomes;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.knotwork.outcomes.SyntheticClient.Point;
import org.knotwork.outcomes.SyntheticClient.Therapist;

/**
 * One session of a synthetic client: the note, and per treated point its PPT, compression, stretch and heat. A
 * point is treated while active or latent; a resolved point now and then recurs and is treated again. Deviations
 * are those the protocol review would find (discomfort above 3, a forced stretch, heat outside 5–10 minutes).
 */
final class SyntheticSession {

    private final Random random;
    private final CopyRows rows;
    private final UUID client;
    private final Therapist therapist;
    private final String region;
    private final boolean draft;

    SyntheticSession(Random random, CopyRows rows, UUID client, Therapist therapist, String region, boolean draft) {
        this.random = random;
        this.rows = rows;
        this.client = client;
        this.therapist = therapist;
        this.region = region;
        this.draft = draft;
    }

    void write(Instant at, Integer pain, List<Point> points) {
        UUID note = SyntheticClient.uuid(random);
        Instant signed = draft ? null : at.plus(Duration.ofMinutes(50 + random.nextInt(180)));
        Integer after = pain == null ? null : Math.max(0, pain - random.nextInt(3));
        rows.add(
                "treatment_notes",
                note,
                client,
                therapist.id(),
                at,
                draft ? "DRAFT" : "SIGNED",
                signed,
                "Same complaint; better some days",
                random.nextDouble() < 0.95 ? region : null,
                pain,
                "Points released with pressure below the pain threshold",
                "Review in one to two weeks",
                after,
                draft ? at : signed);
        int seq = 0;
        for (Point p : points) {
            boolean recurs = p.status.equals("RESOLVED") && random.nextDouble() < 0.04;
            if (p.status.equals("RESOLVED") && !recurs) {
                continue;
            }
            String statusAfter = recurs ? "ACTIVE" : next(p.status);
            Double pptBefore = random.nextDouble() < 0.1 ? null : round(p.ppt);
            Double pptAfter = pptBefore == null ? null : round(Math.min(2000, p.ppt + 10 + 40 * random.nextDouble()));
            rows.add(
                    "note_point_measurements",
                    SyntheticClient.uuid(random),
                    note,
                    p.id,
                    pptBefore,
                    pptAfter,
                    statusAfter);
            seq = episodes(note, p, seq);
            p.ppt = Math.min(
                    1500,
                    Math.max(
                            60,
                            p.ppt
                                    + (5 + 20 * random.nextDouble()) * therapist.effect()
                                    - (recurs ? 60 : 0)
                                    + random.nextGaussian() * 12));
            if (!draft && !statusAfter.equals(p.status)) {
                SyntheticClient.change(random, rows, p, statusAfter, signed, therapist.id());
            }
        }
    }

    /** Compression, stretch and (mostly) heat; returns the note's last episode number. */
    private int episodes(UUID note, Point p, int seq) {
        int discomfort = slip() ? 4 + random.nextInt(3) : random.nextInt(4);
        int compression = ++seq;
        rows.add(
                "note_episodes",
                SyntheticClient.uuid(random),
                note,
                p.id,
                compression,
                "COMPRESSION",
                30 + 10 * random.nextInt(7),
                1 + random.nextInt(3),
                2 + random.nextInt(4),
                discomfort,
                "TISSUE_RELEASED",
                null,
                null,
                null,
                null,
                null,
                null);
        if (discomfort > 3) {
            deviation(
                    note,
                    p,
                    compression,
                    "PAINFUL_COMPRESSION",
                    "Compression was painful",
                    "discomfort " + discomfort + "/10");
        }
        boolean forced = slip();
        int stretch = ++seq;
        rows.add(
                "note_episodes",
                SyntheticClient.uuid(random),
                note,
                p.id,
                stretch,
                "STRETCH",
                30,
                2 + random.nextInt(2),
                null,
                null,
                null,
                "Stretch for " + p.muscle.name().toLowerCase(),
                true,
                forced,
                null,
                null,
                null);
        if (forced) {
            deviation(note, p, stretch, "FORCED_STRETCH", "Stretch was forced", "the stretch was forced");
        }
        if (random.nextDouble() < 0.9) {
            int minutes = slip() ? (random.nextBoolean() ? 3 : 12 + random.nextInt(6)) : 5 + random.nextInt(6);
            int heat = ++seq;
            rows.add(
                    "note_episodes",
                    SyntheticClient.uuid(random),
                    note,
                    p.id,
                    heat,
                    "HEAT",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    random.nextBoolean() ? "HEAT_PACK" : "WHEAT_BAG",
                    minutes,
                    true);
            if (minutes < 5 || minutes > 10) {
                deviation(note, p, heat, "HEAT_OUT_OF_RANGE", "Heat outside 5–10 minutes", minutes + " minutes");
            }
        }
        return seq;
    }

    private void deviation(UUID note, Point p, int seq, String type, String title, String detail) {
        rows.add(
                "note_deviations",
                SyntheticClient.uuid(random),
                note,
                p.id,
                seq,
                type,
                title + " (" + p.muscle.name() + ", " + p.side.toLowerCase() + "): " + detail + ".",
                "Client asked for it");
    }

    /** Active points go latent or resolve, latent ones resolve or flare up again. */
    private String next(String status) {
        double r = random.nextDouble() / therapist.effect();
        if (status.equals("ACTIVE")) {
            return r < 0.04 ? "RESOLVED" : r < 0.19 ? "LATENT" : "ACTIVE";
        }
        return r < 0.2 ? "RESOLVED" : random.nextDouble() < 0.04 ? "ACTIVE" : "LATENT";
    }

    private boolean slip() {
        return random.nextDouble() < therapist.slips();
    }

    private static double round(double kpa) {
        return Math.round(kpa * 10) / 10.0;
    }
}
