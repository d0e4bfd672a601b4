package org.knotwork.handout;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.knotwork.bodymap.BodyView;
import org.knotwork.bodymap.MusclePart;
import org.knotwork.bodymap.Region;
import org.knotwork.bodymap.Side;
import org.knotwork.charting.HeatModality;
import org.knotwork.client.Contraindication;
import org.knotwork.practice.DateRegion;
import org.knotwork.safety.HomeDose;
import org.knotwork.safety.SafetyRules;

/**
 * Everything one handout shows, decided before any layout: who it is for, the numbered points on the front and back
 * drawings, per muscle what to do at home and how much (never the session's dose), the heat advice or why there is
 * none, the precautions from their contraindications, and the therapist's own words. Notes are wording keys of the
 * sentences that tell the client why something was left out or changed. {@code fixedAt} is the instant printed into
 * the PDF's metadata, so the same content gives the same file. {@code dateRegion} is the country whose way of writing
 * dates the sheet follows (null: its language's own way): the practice's now for a preview, its first issue's for an
 * issued sheet.
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
        Instant fixedAt,
        LocalDate traumaNotBefore,
        DateRegion dateRegion) {

    public HandoutContent {
        points = List.copyOf(points);
        muscles = List.copyOf(muscles);
        precautions = Set.copyOf(precautions);
    }

    /** Whether any muscle's self-pressure is printed, so the introduction does not promise one that is not. */
    public boolean anySelfPressure() {
        return muscles.stream().anyMatch(m -> !m.pressure().withheld());
    }

    /** Whether every muscle's self-pressure is printed. */
    public boolean everySelfPressure() {
        return muscles.stream().noneMatch(m -> m.pressure().withheld());
    }

    /** Whether any muscle's stretch is printed. */
    public boolean anyStretch() {
        return muscles.stream().anyMatch(m -> m.stretch().stretch() != null);
    }

    /** Whether every muscle's stretch is printed. */
    public boolean everyStretch() {
        return muscles.stream().allMatch(m -> m.stretch().stretch() != null);
    }

    /**
     * The conditions that postpone the whole home care, in a fixed order (a fever): the sheet says to start only once
     * they have gone, and its week is counted from that day, not from the session's.
     */
    public List<Contraindication> postponedBy() {
        return SafetyRules.postponingHomeCare(precautions).stream().sorted().toList();
    }

    /**
     * Whether this sheet treats the muscle in more than one of its parts (the deltoid's front and back): then the sheet
     * names the part wherever it names the muscle, so that its lines can be told apart.
     */
    public boolean inParts(String muscleCode) {
        return points.stream()
                        .filter(p -> p.muscleCode().equals(muscleCode))
                        .map(MarkedPoint::part)
                        .distinct()
                        .count()
                > 1;
    }

    /** The practice's name, contact lines, logo image (each optional) and the phone every handout prints. */
    public record Letterhead(String name, String contact, byte[] logo, String phone) {

        public static final Letterhead NONE = new Letterhead(null, null, null, null);
    }

    /**
     * A treated point as drawn: its number, its muscle and the part of it the point lies in, and where it sits on the
     * front or back drawing.
     */
    public record MarkedPoint(
            int number,
            String muscleCode,
            String muscleName,
            Side side,
            BodyView view,
            double x,
            double y,
            MusclePart part) {}

    /** The home care for one treated muscle (points that share a home plan and a part of the muscle). */
    public record MuscleCare(
            String muscleCode,
            String muscleName,
            List<Integer> pointNumbers,
            Set<Side> sides,
            SelfPressure pressure,
            StretchCare stretch,
            String frequency,
            MusclePart part) {

        public MuscleCare {
            pointNumbers = List.copyOf(pointNumbers);
            sides = Set.copyOf(sides);
        }

        /** Neither self-pressure nor a stretch for this muscle: nothing for the client to do with it for now. */
        public boolean nothingAtHome() {
            return pressure.withheld() && stretch.stretch() == null;
        }
    }

    /**
     * How the client presses the point: {@code instructions} null when they should not press it themselves;
     * {@code stop} the wording key of the stop for a nearby nerve or vessel, if any.
     */
    public record SelfPressure(String instructions, HomeDose dose, List<String> notes, String stop) {

        public SelfPressure {
            notes = List.copyOf(notes);
        }

        public boolean withheld() {
            return instructions == null;
        }

        /** The gentle, fingertip version is printed: the notes say why the usual one is not. */
        public boolean gentle() {
            return instructions != null && !notes.isEmpty();
        }
    }

    /** The stretch printed, or none when no stretch of the catalogue is safe for this client (see the notes). */
    public record StretchCare(HomeStretch stretch, HomeDose dose, List<String> notes) {

        public StretchCare {
            notes = List.copyOf(notes);
        }
    }

    /**
     * Heat at home as one decision for the whole sheet: the {@code dose} (usual, short and mild, or none); {@code
     * modality} is what was used in the session, or null for any of them; {@code onlyOn} the muscles whose treated
     * area may be warmed when a rule keeps heat off others (none named: every treated area), by body region from head
     * to foot, each muscle once; the notes say why it is left off or changed. Every box that speaks of heat (the heat
     * box, the introduction, the safety box, the week's table) prints this decision and no other.
     */
    public record HeatAdvice(
            HeatModality modality, HeatDose dose, SortedMap<Region, List<String>> onlyOn, List<String> notes) {

        public HeatAdvice {
            SortedMap<Region, List<String>> regions = new TreeMap<>();
            onlyOn.forEach((region, muscles) -> regions.put(region, List.copyOf(muscles)));
            onlyOn = Collections.unmodifiableSortedMap(regions);
            notes = List.copyOf(notes);
        }

        public boolean withheld() {
            return dose == HeatDose.NONE;
        }

        public boolean shortAndMild() {
            return dose == HeatDose.SHORT_AND_MILD;
        }
    }
}
