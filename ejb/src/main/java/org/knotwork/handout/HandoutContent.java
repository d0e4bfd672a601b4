package org.knotwork.handout;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.knotwork.bodymap.BodyView;
import org.knotwork.bodymap.Side;
import org.knotwork.charting.HeatModality;
import org.knotwork.client.Contraindication;

/**
 * Everything one handout shows, decided before any layout: who it is for, the numbered points on the front and back
 * drawings, per muscle what to do and how much, the heat advice (none when heat is unsafe for this client), the
 * precautions from their contraindications, and the therapist's own words. {@code fixedAt} is the instant printed
 * into the PDF's metadata, so the same content gives the same file.
 */
public record HandoutContent(
        Letterhead letterhead,
        String clientName,
        String therapistName,
        LocalDate sessionDate,
        List<MarkedPoint> points,
        List<MuscleCare> muscles,
        HeatAdvice heat,
        Set<Contraindication> precautions,
        String personalNote,
        LocalDateTime nextAppointment,
        boolean preview,
        UUID noteId,
        Instant fixedAt) {

    public HandoutContent {
        points = List.copyOf(points);
        muscles = List.copyOf(muscles);
        precautions = Set.copyOf(precautions);
    }

    /** The practice's name, contact lines and logo image, each optional. */
    public record Letterhead(String name, String contact, byte[] logo) {

        public static final Letterhead NONE = new Letterhead(null, null, null);
    }

    /** A treated point as drawn: its number, its muscle, and where it sits on the front or back drawing. */
    public record MarkedPoint(
            int number, String muscleCode, String muscleName, Side side, BodyView view, double x, double y) {}

    /** How long to hold and how many times. */
    public record Dose(int holdSeconds, int repetitions) {}

    /**
     * The home care for one treated muscle. {@code pressure} is null when the client should not press this muscle
     * themselves; {@code clinicStretch} names the stretch as the therapist recorded it when that differs.
     */
    public record MuscleCare(
            String muscleCode,
            String muscleName,
            List<Integer> pointNumbers,
            Set<Side> sides,
            SelfCareText text,
            Dose pressure,
            Dose stretch,
            String clinicStretch) {

        public MuscleCare {
            pointNumbers = List.copyOf(pointNumbers);
            sides = Set.copyOf(sides);
        }
    }

    /** Gentle heat for 5–10 minutes; {@code modality} is what was used in the session, or null for any of them. */
    public record HeatAdvice(HeatModality modality) {}
}
