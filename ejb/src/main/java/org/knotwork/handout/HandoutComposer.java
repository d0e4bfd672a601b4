package org.knotwork.handout;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.knotwork.bodymap.BodyView;
import org.knotwork.bodymap.MapLocation;
import org.knotwork.bodymap.Muscle;
import org.knotwork.bodymap.Region;
import org.knotwork.bodymap.Side;
import org.knotwork.bodymap.TriggerPoint;
import org.knotwork.charting.CompressionEpisode;
import org.knotwork.charting.Episode;
import org.knotwork.charting.HeatEpisode;
import org.knotwork.charting.NoteStatus;
import org.knotwork.charting.StretchEpisode;
import org.knotwork.charting.TreatmentNote;
import org.knotwork.client.Contraindication;
import org.knotwork.handout.HandoutContent.Dose;
import org.knotwork.handout.HandoutContent.HeatAdvice;
import org.knotwork.handout.HandoutContent.Letterhead;
import org.knotwork.handout.HandoutContent.MarkedPoint;
import org.knotwork.handout.HandoutContent.MuscleCare;

/**
 * Decides what a client's handout says from their session: the treated points numbered in the order they were
 * treated, per muscle the dosages the session used, heat only when it is safe for this client, and the precautions
 * their contraindications call for. The wording and layout come later; this holds the clinical choices.
 */
final class HandoutComposer {

    /** When the session has no stretch for a treated muscle, the sheet still carries one: recurrence prevention. */
    static final Dose DEFAULT_STRETCH = new Dose(30, 3);
    /** When a muscle was not compressed in the session, a gentle starting dose for the client's own pressure. */
    static final Dose DEFAULT_PRESSURE = new Dose(30, 2);

    private final ZoneId zone;

    HandoutComposer(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * @param texts self-care texts by muscle code, for every treated muscle
     * @param precautions the client's contraindications the handout is written for
     * @param frontOrBack a front or back location by muscle code, for points charted on a side view
     */
    HandoutContent compose(
            TreatmentNote note,
            Letterhead letterhead,
            String clientName,
            String therapistName,
            Set<Contraindication> precautions,
            Map<String, SelfCareText> texts,
            Map<String, MapLocation> frontOrBack,
            Instant fixedAt) {
        Map<TriggerPoint, List<Episode>> byPoint = new LinkedHashMap<>();
        note.episodes()
                .forEach(e -> byPoint.computeIfAbsent(e.triggerPoint(), p -> new ArrayList<>())
                        .add(e));

        List<MarkedPoint> points = new ArrayList<>();
        Map<String, List<TriggerPoint>> byMuscle = new LinkedHashMap<>();
        Map<TriggerPoint, Integer> numbers = new LinkedHashMap<>();
        for (TriggerPoint point : byPoint.keySet()) {
            int number = points.size() + 1;
            numbers.put(point, number);
            points.add(marked(number, point, frontOrBack.get(point.muscle().code())));
            byMuscle.computeIfAbsent(point.muscle().code(), code -> new ArrayList<>())
                    .add(point);
        }
        List<MuscleCare> muscles = byMuscle.values().stream()
                .map(treated -> care(treated, byPoint, numbers, texts, precautions))
                .toList();
        LocalDateTime next = note.homeCare().nextAppointment() == null
                ? null
                : LocalDateTime.ofInstant(note.homeCare().nextAppointment(), zone);
        return new HandoutContent(
                letterhead,
                clientName,
                therapistName,
                note.sessionAt().atZone(zone).toLocalDate(),
                points,
                muscles,
                heat(note, precautions),
                precautions,
                note.homeCare().note(),
                next,
                note.status() != NoteStatus.SIGNED,
                note.id(),
                fixedAt);
    }

    private MuscleCare care(
            List<TriggerPoint> treated,
            Map<TriggerPoint, List<Episode>> byPoint,
            Map<TriggerPoint, Integer> numbers,
            Map<String, SelfCareText> texts,
            Set<Contraindication> precautions) {
        Muscle muscle = treated.get(0).muscle();
        List<Episode> episodes =
                treated.stream().flatMap(p -> byPoint.get(p).stream()).toList();
        Dose pressure = episodes.stream()
                .filter(CompressionEpisode.class::isInstance)
                .map(CompressionEpisode.class::cast)
                .findFirst()
                .map(c -> new Dose(c.holdSeconds(), c.repetitions()))
                .orElse(DEFAULT_PRESSURE);
        StretchEpisode stretch = episodes.stream()
                .filter(StretchEpisode.class::isInstance)
                .map(StretchEpisode.class::cast)
                .findFirst()
                .orElse(null);
        SelfCareText text = texts.get(muscle.code());
        if (text == null) {
            throw new IllegalStateException("No self-care text for " + muscle.code());
        }
        String clinicStretch =
                stretch == null || stretch.stretch().equalsIgnoreCase(text.stretchName()) ? null : stretch.stretch();
        EnumSet<Side> sides = EnumSet.noneOf(Side.class);
        treated.forEach(p -> sides.add(p.side()));
        return new MuscleCare(
                muscle.code(),
                muscle.name(),
                treated.stream().map(numbers::get).toList(),
                sides,
                text,
                selfPressureIsSafe(muscle, precautions) ? pressure : null,
                stretch == null ? DEFAULT_STRETCH : new Dose(stretch.holdSeconds(), stretch.repetitions()),
                clinicStretch);
    }

    /** After a deep vein thrombosis, nobody presses the legs without medical clearance, least of all alone. */
    static boolean selfPressureIsSafe(Muscle muscle, Set<Contraindication> precautions) {
        boolean leg = muscle.region() == Region.THIGH || muscle.region() == Region.LEG_FOOT;
        return !(leg && precautions.contains(Contraindication.DVT_HISTORY));
    }

    /** No heat at home for someone who cannot feel it burning. */
    private static HeatAdvice heat(TreatmentNote note, Set<Contraindication> precautions) {
        if (precautions.contains(Contraindication.IMPAIRED_SENSATION)
                || precautions.contains(Contraindication.DIABETIC_NEUROPATHY)) {
            return null;
        }
        return note.episodes().stream()
                .filter(HeatEpisode.class::isInstance)
                .map(e -> new HeatAdvice(((HeatEpisode) e).modality()))
                .reduce((first, last) -> last)
                .orElse(new HeatAdvice(null));
    }

    /** Points on a side view are drawn where their muscle shows on the front or back, on their own side. */
    private static MarkedPoint marked(int number, TriggerPoint point, MapLocation fallback) {
        BodyView view = point.placement().view();
        double x = point.placement().x();
        double y = point.placement().y();
        if (view != BodyView.ANTERIOR && view != BodyView.POSTERIOR) {
            if (fallback == null) {
                throw new IllegalStateException(
                        "No front or back location for " + point.muscle().code());
            }
            view = fallback.view();
            y = fallback.y();
            x = switch (point.side()) {
                case RIGHT -> fallback.x();
                case LEFT -> 1 - fallback.x();
                case MIDLINE -> 0.5;
            };
        }
        return new MarkedPoint(number, point.muscle().code(), point.muscle().name(), point.side(), view, x, y);
    }
}
