package org.knotwork.handout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.knotwork.bodymap.Muscle;
import org.knotwork.bodymap.MusclePart;
import org.knotwork.bodymap.Region;
import org.knotwork.charting.HeatModality;
import org.knotwork.client.Contraindication;
import org.knotwork.handout.HandoutContent.HeatAdvice;
import org.knotwork.handout.HandoutContent.SelfPressure;
import org.knotwork.handout.HandoutContent.StretchCare;
import org.knotwork.safety.Effect;
import org.knotwork.safety.EndangermentSite;
import org.knotwork.safety.HomeDose;
import org.knotwork.safety.Manner;
import org.knotwork.safety.Place;
import org.knotwork.safety.SafetyRule;
import org.knotwork.safety.SafetyRules;
import org.knotwork.safety.Technique;

/**
 * The home-care sheet's side of the safety rules, for one client: which self-pressure to print (the usual, the gentle
 * fingertip version, or none), which stretch (the one chosen if it is safe, else the first safe one of the catalogue,
 * else none), and whether heat is given. Every change carries the rule's sentence saying why.
 */
final class SheetRules {

    private static final Set<Manner> PLAIN = Set.of(Manner.ANY);

    private final Set<Contraindication> precautions;
    private final List<SafetyRule> rules;
    private final Map<Contraindication, Set<Region>> sites;

    SheetRules(Set<Contraindication> precautions, Map<Contraindication, Set<Region>> sites) {
        this.precautions = Set.copyOf(precautions);
        this.rules = SafetyRules.forSheet(precautions).toList();
        this.sites = sites;
    }

    Place place(Muscle muscle, boolean siteAvoided) {
        return new Place(muscle, sites, siteAvoided);
    }

    /** The self-pressure to print for a muscle at these places; the stop for a nerve or vessel nearby with it. */
    SelfPressure pressure(String muscleCode, List<Place> places, SelfCareText text, HomeDose dose) {
        Set<Manner> how =
                text.pressureTool() == PressureTool.BALL ? Set.of(Manner.ANY, Manner.WITH_BALL_OR_BODY_WEIGHT) : PLAIN;
        Set<Manner> posture =
                text.pressurePosition().isFlatOrFaceDown() ? Set.of(Manner.ANY, Manner.FLAT_OR_FACE_DOWN) : PLAIN;
        Set<SafetyRule> found = new LinkedHashSet<>(matching(places, Technique.SELF_PRESSURE, how));
        matching(places, Technique.POSITION, posture).stream()
                .filter(r -> r.manner() != Manner.ANY)
                .forEach(found::add);
        List<String> withheld = sentences(found, Effect.WITHHOLD);
        if (!withheld.isEmpty()) {
            return new SelfPressure(null, dose, withheld, null);
        }
        String stop =
                EndangermentSite.near(muscleCode).map(EndangermentSite::stop).orElse(null);
        List<String> variants = sentences(found, Effect.VARIANT);
        return new SelfPressure(variants.isEmpty() ? text.selfPressure() : text.gentlePressure(), dose, variants, stop);
    }

    /**
     * The stretch to print: the candidate if the rules let this client do it alone, else the first of the catalogue
     * that lengthens the point's part and that they do let, with the rules' sentences; none if none is safe.
     */
    StretchCare stretch(
            HomeStretch candidate, List<HomeStretch> catalogue, MusclePart part, List<Place> places, HomeDose dose) {
        List<String> withheld = sentences(matching(places, Technique.STRETCH, PLAIN), Effect.WITHHOLD);
        if (!withheld.isEmpty()) {
            return new StretchCare(null, dose, withheld);
        }
        List<String> why = new ArrayList<>(against(candidate, places));
        if (why.isEmpty()) {
            return new StretchCare(candidate, dose, List.of());
        }
        for (HomeStretch other : catalogue) {
            if (other.suits(part) && against(other, places).isEmpty()) {
                return new StretchCare(other, dose, why);
            }
        }
        // The rules' sentences introduce a safer version; with none to print, the sheet says so instead.
        return new StretchCare(null, dose, List.of("stretch.none"));
    }

    /**
     * Heat at home, for treated points at these places: given, given short and mild, or withheld with why. A rule that
     * keeps heat off some places only (the belly in pregnancy, a cancer's site) leaves heat on the others, named as the
     * only ones to warm; off every treated place, heat is withheld.
     */
    HeatAdvice heat(HeatModality modality, List<Place> places) {
        List<SafetyRule> found = matching(places, Technique.HEAT, PLAIN);
        List<String> withheld = sentences(found, Effect.WITHHOLD);
        // By region, each muscle once however many of its points were treated: the list a client reads stays short
        // without naming anything less exactly.
        SortedMap<Region, List<String>> warm = new TreeMap<>();
        places.stream()
                .filter(p -> sentences(matching(List.of(p), Technique.HEAT, PLAIN), Effect.WITHHOLD)
                        .isEmpty())
                .map(Place::muscle)
                .distinct()
                .forEach(m -> {
                    List<String> muscles = warm.computeIfAbsent(m.region(), r -> new ArrayList<>());
                    if (!muscles.contains(m.code())) {
                        muscles.add(m.code());
                    }
                });
        if (!withheld.isEmpty() && warm.isEmpty()) {
            return new HeatAdvice(modality, HeatDose.NONE, new TreeMap<>(), withheld);
        }
        boolean shortAndMild = found.stream()
                .anyMatch(r -> r.effect() == Effect.VARIANT && r.contraindication() == Contraindication.CARDIAC);
        Set<String> notes = new LinkedHashSet<>(withheld);
        notes.addAll(sentences(found, Effect.VARIANT));
        return new HeatAdvice(
                modality,
                shortAndMild ? HeatDose.SHORT_AND_MILD : HeatDose.USUAL,
                withheld.isEmpty() ? new TreeMap<>() : warm,
                List.copyOf(notes));
    }

    /** The sentences of the rules a stretch runs into at any of the places (its position, bending under load). */
    private List<String> against(HomeStretch stretch, List<Place> places) {
        Set<String> why = new LinkedHashSet<>();
        for (Place place : places) {
            SafetyRules.againstStretch(precautions, place, stretch.position(), stretch.loadsSpinalFlexion()).stream()
                    .filter(r -> r.manner() != Manner.ANY)
                    .forEach(r -> why.add(r.sheetSentence()));
        }
        return List.copyOf(why);
    }

    /** The rules for a technique at any of the places; with no place, those that apply anywhere. */
    private List<SafetyRule> matching(List<Place> places, Technique technique, Set<Manner> manners) {
        List<Place> at = places.isEmpty() ? Collections.singletonList(null) : places;
        return rules.stream()
                .filter(r -> at.stream().anyMatch(p -> r.appliesTo(technique, manners, p)))
                .toList();
    }

    private static List<String> sentences(Collection<SafetyRule> found, Effect effect) {
        return found.stream()
                .filter(r -> r.effect() == effect)
                .map(SafetyRule::sheetSentence)
                .distinct()
                .toList();
    }
}
