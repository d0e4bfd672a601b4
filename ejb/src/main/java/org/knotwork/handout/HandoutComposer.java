package org.knotwork.handout;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.knotwork.bodymap.BodyView;
import org.knotwork.bodymap.MapLocation;
import org.knotwork.bodymap.Muscle;
import org.knotwork.bodymap.MusclePart;
import org.knotwork.bodymap.Side;
import org.knotwork.bodymap.TriggerPoint;
import org.knotwork.charting.Episode;
import org.knotwork.charting.HeatEpisode;
import org.knotwork.charting.NoteStatus;
import org.knotwork.charting.NoteWithPlans;
import org.knotwork.charting.OwnStretch;
import org.knotwork.charting.PointMeasurement;
import org.knotwork.charting.TreatmentNote;
import org.knotwork.handout.HandoutContent.HeatAdvice;
import org.knotwork.handout.HandoutContent.MarkedPoint;
import org.knotwork.handout.HandoutContent.MuscleCare;
import org.knotwork.safety.HomeDose;
import org.knotwork.safety.Place;

/**
 * Decides what a client's handout says from their session: the treated points numbered in the order they were
 * treated; per muscle (and per home plan and part of the muscle) the home doses the therapist set, never the
 * session's; the self-pressure, stretch and heat the safety rules allow this client, each change with its reason; and
 * the precautions. The wording and layout come later; this holds the clinical choices.
 */
final class HandoutComposer {

    private final ZoneId zone;

    HandoutComposer(ZoneId zone) {
        this.zone = zone;
    }

    HandoutContent compose(NoteWithPlans read, HandoutFacts facts) {
        TreatmentNote note = read.note();
        Map<TriggerPoint, PointMeasurement> plans = read.plans();
        List<TriggerPoint> treated =
                note.episodes().stream().map(Episode::triggerPoint).distinct().toList();
        SheetRules rules = new SheetRules(facts.precautions(), facts.sites());
        List<MarkedPoint> points = new ArrayList<>();
        Map<Group, List<Integer>> groups = new LinkedHashMap<>();
        List<Place> places = new ArrayList<>();
        for (TriggerPoint point : treated) {
            int number = points.size() + 1;
            points.add(
                    marked(number, point, facts.frontOrBack().get(point.muscle().code())));
            PointMeasurement plan = plans.get(point);
            groups.computeIfAbsent(Group.of(point, plan), g -> new ArrayList<>())
                    .add(number);
            places.add(rules.place(point.muscle(), plan != null && plan.siteAvoided()));
        }
        List<MuscleCare> muscles = new ArrayList<>();
        groups.forEach((group, numbers) -> muscles.add(care(group, numbers, treated, plans, facts, rules)));
        LocalDateTime next = note.homeCare().nextAppointment() == null
                ? null
                : LocalDateTime.ofInstant(note.homeCare().nextAppointment(), zone);
        return new HandoutContent(
                facts.letterhead(),
                facts.clientName(),
                facts.therapistName(),
                note.sessionAt().atZone(zone).toLocalDate(),
                points,
                muscles,
                heat(note, rules, places),
                facts.precautions(),
                note.homeCare().note(),
                next,
                note.status() != NoteStatus.SIGNED,
                note.id(),
                facts.fixedAt(),
                facts.traumaNotBefore(),
                facts.dateRegion());
    }

    /** Points of one muscle share a section when they share a home plan and lie in the same part of the muscle. */
    private record Group(
            Muscle muscle,
            MusclePart part,
            HomeDose pressure,
            HomeDose stretch,
            String stretchCode,
            OwnStretch ownStretch) {

        static Group of(TriggerPoint point, PointMeasurement plan) {
            MusclePart part = MusclePart.seenOn(point.placement().view());
            return plan == null
                    ? new Group(
                            point.muscle(), part, HomeDose.SELF_PRESSURE_DEFAULT, HomeDose.STRETCH_DEFAULT, null, null)
                    : new Group(
                            point.muscle(),
                            part,
                            plan.homePressure(),
                            plan.homeStretch(),
                            plan.homeStretchCode(),
                            plan.ownStretch());
        }
    }

    private MuscleCare care(
            Group group,
            List<Integer> numbers,
            List<TriggerPoint> treated,
            Map<TriggerPoint, PointMeasurement> plans,
            HandoutFacts facts,
            SheetRules rules) {
        Muscle muscle = group.muscle();
        SelfCareText text = facts.texts().get(muscle.code());
        List<HomeStretch> catalogue = facts.stretches().getOrDefault(muscle.code(), List.of());
        if (text == null || catalogue.isEmpty()) {
            throw new IllegalStateException("No self-care texts or stretches for " + muscle.code());
        }
        EnumSet<Side> sides = EnumSet.noneOf(Side.class);
        List<Place> places = new ArrayList<>();
        for (int number : numbers) {
            TriggerPoint point = treated.get(number - 1);
            sides.add(point.side());
            PointMeasurement plan = plans.get(point);
            places.add(rules.place(muscle, plan != null && plan.siteAvoided()));
        }
        return new MuscleCare(
                muscle.code(),
                muscle.name(),
                numbers,
                sides,
                rules.pressure(muscle.code(), places, text, group.pressure()),
                rules.stretch(candidate(group, catalogue), catalogue, group.part(), places, group.stretch()),
                text.frequency(),
                group.part());
    }

    /** The therapist's own stretch, else the one they chose, else the catalogue's first for the point's part. */
    private static HomeStretch candidate(Group group, List<HomeStretch> catalogue) {
        if (group.ownStretch() != null) {
            return HomeStretch.of(group.ownStretch());
        }
        return catalogue.stream()
                .filter(s -> group.stretchCode() == null
                        ? s.suits(group.part())
                        : Objects.equals(s.code(), group.stretchCode()))
                .findFirst()
                .orElse(catalogue.get(0));
    }

    /** Heat as used in the session (the last heat applied), or any gentle heat; the rules decide whether at all. */
    private static HeatAdvice heat(TreatmentNote note, SheetRules rules, List<Place> places) {
        return rules.heat(
                note.episodes().stream()
                        .filter(HeatEpisode.class::isInstance)
                        .map(e -> ((HeatEpisode) e).modality())
                        .reduce((first, last) -> last)
                        .orElse(null),
                places);
    }

    /** Points on a side view are drawn where their muscle shows on the front or back, on their own side. */
    private static MarkedPoint marked(int number, TriggerPoint point, MapLocation fallback) {
        BodyView view = point.placement().view();
        MusclePart part = MusclePart.seenOn(view);
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
        return new MarkedPoint(number, point.muscle().code(), point.muscle().name(), point.side(), view, x, y, part);
    }
}
