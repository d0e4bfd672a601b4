package org.knotwork.safety;

import java.util.Set;
import org.knotwork.client.Contraindication;

/**
 * One rule: for a client with {@code contraindication}, {@code technique} done in {@code manner} in {@code area} has
 * this {@code effect}. A session rule names the deviation it raises; a sheet rule names the sentence (a key of the
 * handout's wording) that tells the client why something was left out or changed.
 */
public record SafetyRule(
        Contraindication contraindication,
        BodyArea area,
        Technique technique,
        Manner manner,
        Effect effect,
        DeviationType deviation,
        String sheetSentence) {

    public SafetyRule {
        if (effect.inSession() != (deviation != null) || effect.inSession() == (sheetSentence != null)) {
            throw new IllegalArgumentException("A session rule names a deviation, a sheet rule a sentence: " + this);
        }
        if (effect.inSession() && (effect == Effect.CLEARANCE) != (deviation.clearanceFor() == contraindication)) {
            throw new IllegalArgumentException("A clearance rule raises the deviation its clearance covers: " + this);
        }
    }

    static SafetyRule session(
            Contraindication contraindication,
            BodyArea area,
            Technique technique,
            Manner manner,
            DeviationType deviation) {
        Effect effect = deviation.clearanceFor() == null ? Effect.DEVIATION : Effect.CLEARANCE;
        return new SafetyRule(contraindication, area, technique, manner, effect, deviation, null);
    }

    static SafetyRule sheet(
            Contraindication contraindication,
            BodyArea area,
            Technique technique,
            Manner manner,
            Effect effect,
            String sentence) {
        return new SafetyRule(contraindication, area, technique, manner, effect, null, sentence);
    }

    /**
     * Whether the rule applies to {@code technique} done in the {@code manners} shown, at {@code place} (none for
     * the session as a whole).
     */
    public boolean appliesTo(Technique done, Set<Manner> manners, Place place) {
        return done == technique
                && (manner == Manner.ANY || manners.contains(manner))
                && (area == BodyArea.ANYWHERE || (place != null && place.in(area, contraindication)));
    }
}
