package org.knotwork.handout;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.knotwork.bodymap.MapLocation;
import org.knotwork.bodymap.Region;
import org.knotwork.client.Contraindication;
import org.knotwork.handout.HandoutContent.Letterhead;
import org.knotwork.practice.DateRegion;

/**
 * What a handout is written from besides the note: the letterhead, the names, the client's contraindications and the
 * sites recorded for them, per treated muscle its self-care texts and its catalogue stretches, front or back places
 * for points charted on a side view, the instant printed into the PDF, and the first day a recent injury's heat and
 * pressure may be thought of again (null: no dated recent injury), and the country whose way of writing dates the sheet
 * follows (null: its language's own).
 */
record HandoutFacts(
        Letterhead letterhead,
        String clientName,
        String therapistName,
        Set<Contraindication> precautions,
        Map<Contraindication, Set<Region>> sites,
        Map<String, SelfCareText> texts,
        Map<String, List<HomeStretch>> stretches,
        Map<String, MapLocation> frontOrBack,
        Instant fixedAt,
        LocalDate traumaNotBefore,
        DateRegion dateRegion) {

    HandoutFacts {
        precautions = Set.copyOf(precautions);
        sites = Map.copyOf(sites);
        texts = Map.copyOf(texts);
        stretches = Map.copyOf(stretches);
        frontOrBack = Map.copyOf(frontOrBack);
    }
}
