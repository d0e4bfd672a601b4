package org.knotwork.charting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.knotwork.client.Contraindication;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.safety.DeviationType;

/**
 * The medical clearances a note records, checked: one per contraindication that a clearance can cover and the client
 * has, with who gave it (someone named: {@link org.knotwork.platform.VisibleText}) and a day that is not after the
 * session. A clearance that fails is refused, naming its field, never dropped: a deviation it was meant to cover
 * would otherwise stay open without the therapist knowing why.
 */
final class MedicalClearances {

    /** No clearance a living client holds was given earlier: a date before it is a typing slip, not a clearance. */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private MedicalClearances() {}

    static List<MedicalClearance> checked(List<MedicalClearance> given, ProtocolPolicy policy, Instant sessionAt) {
        Set<Contraindication> clearable = EnumSet.noneOf(Contraindication.class);
        for (DeviationType type : DeviationType.values()) {
            if (type.clearanceFor() != null) {
                clearable.add(type.clearanceFor());
            }
        }
        Set<Contraindication> seen = EnumSet.noneOf(Contraindication.class);
        List<MedicalClearance> checked = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            MedicalClearance c = given.get(i);
            String at = "clearances[" + i + "]";
            if (c.contraindication() == null || !clearable.contains(c.contraindication())) {
                throw new RuleViolationException(
                        at + ".contraindication",
                        "A medical clearance is recorded for "
                                + String.join(
                                        " or ",
                                        clearable.stream()
                                                .map(x -> x.label().toLowerCase())
                                                .toList())
                                + ".");
            }
            if (!policy.contraindications().contains(c.contraindication())) {
                throw new RuleViolationException(
                        at + ".contraindication",
                        "The client's record has no "
                                + c.contraindication().label().toLowerCase() + ".");
            }
            if (!seen.add(c.contraindication())) {
                throw new RuleViolationException(
                        at + ".contraindication", "Record one clearance per contraindication.");
            }
            String by = NoteFields.text(at + ".clearedBy", "Who gave the clearance", c.clearedBy(), 200);
            if (by == null) {
                throw new RuleViolationException(at + ".clearedBy", "Say who gave the clearance.");
            }
            // The session's date in the clinic's zone is at most the date at UTC+14: a later date is after it anywhere.
            if (c.clearedOn() == null
                    || c.clearedOn().isBefore(EARLIEST)
                    || c.clearedOn()
                            .isAfter(sessionAt.atOffset(ZoneOffset.ofHours(14)).toLocalDate())) {
                throw new RuleViolationException(
                        at + ".clearedOn",
                        "Give the date of the clearance (on or before the session, not before " + EARLIEST.getYear()
                                + ").");
            }
            checked.add(new MedicalClearance(c.contraindication(), by, c.clearedOn()));
        }
        return checked;
    }
}
