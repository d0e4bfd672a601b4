package org.knotwork.client;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.knotwork.platform.RuleViolationException;

/**
 * The date (and, when known, the time) a client's recent trauma happened, as intake records it: the clinic's, so that
 * charting and the home-care sheet can tell when the injury is past its first hours (the safety rules' RecentTrauma).
 */
final class InjuryDate {

    private InjuryDate() {}

    /** When the injury happened: only for a recent trauma, not in the clinic's future, not before the client's birth. */
    static void check(ClientProfile profile, LocalDateTime clinicNow) {
        LocalDate date = profile.injuryDate();
        if (profile.injuryTime() != null && date == null) {
            throw new RuleViolationException(
                    "injuryTime", "Injury time needs the injury date: give the date, or leave the time empty.");
        }
        if (date == null) {
            return;
        }
        if (!profile.contraindications().contains(Contraindication.RECENT_TRAUMA)) {
            throw new RuleViolationException(
                    "injuryDate",
                    "Injury date is recorded with " + Contraindication.RECENT_TRAUMA.label()
                            + ": record the trauma too, or leave the date empty.");
        }
        Client.requireNotAfterToday("injuryDate", "Injury date", date, clinicNow.toLocalDate());
        if (profile.injuryTime() != null && date.atTime(profile.injuryTime()).isAfter(clinicNow)) {
            throw new RuleViolationException("injuryTime", "Injury time cannot be in the future.");
        }
        if (profile.dateOfBirth() != null && date.isBefore(profile.dateOfBirth())) {
            throw new RuleViolationException("injuryDate", "Injury date cannot be before the date of birth.");
        }
        if (date.isBefore(Client.EARLIEST_BIRTH)) {
            throw new RuleViolationException("injuryDate", "Injury date cannot be before 1900.");
        }
    }
}
