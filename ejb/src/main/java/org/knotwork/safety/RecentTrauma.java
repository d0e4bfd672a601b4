package org.knotwork.safety;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.knotwork.client.Contraindication;

/**
 * How long an injury counts as recent: its first {@value #HOURS} hours, when it is inflamed and pressure, stretch or
 * heat over it makes the bleeding and swelling worse (NHS: no heat on a new injury, the first 48–72 hours). The
 * injury's date and time are the clinic's. Every doubt falls on the safe side: an injury without a time may have
 * happened at the end of its day, the 72nd hour itself is still recent, and an injury without a date stays recent
 * until the therapist removes it from the record.
 */
public final class RecentTrauma {

    /** The window charting, the home-care sheet and docs/safety-rules.md all read. */
    public static final int HOURS = 72;

    private RecentTrauma() {}

    /** The last moment the injury is recent; null when its date is not recorded (recent until removed). */
    public static Instant recentUntil(LocalDate injuredOn, LocalTime injuredAt, ZoneId zone) {
        if (injuredOn == null) {
            return null;
        }
        Instant happened = injuredAt == null
                ? injuredOn.plusDays(1).atStartOfDay(zone).toInstant()
                : injuredOn.atTime(injuredAt).atZone(zone).toInstant();
        return happened.plus(Duration.ofHours(HOURS));
    }

    /** Whether the injury is still recent at {@code when}. */
    public static boolean isRecentAt(LocalDate injuredOn, LocalTime injuredAt, ZoneId zone, Instant when) {
        return stillRecent(recentUntil(injuredOn, injuredAt, zone), when);
    }

    /** Whether an injury recent until {@code until} (null: for good) still is at {@code when}; the end is recent. */
    public static boolean stillRecent(Instant until, Instant when) {
        return until == null || !when.isAfter(until);
    }

    /** The contraindications that apply at {@code when}: those recorded, less a trauma past its first 72 hours. */
    public static Set<Contraindication> applyingAt(
            Set<Contraindication> recorded, LocalDate injuredOn, LocalTime injuredAt, ZoneId zone, Instant when) {
        if (!recorded.contains(Contraindication.RECENT_TRAUMA) || isRecentAt(injuredOn, injuredAt, zone, when)) {
            return recorded;
        }
        Set<Contraindication> applying = EnumSet.noneOf(Contraindication.class);
        applying.addAll(recorded);
        applying.remove(Contraindication.RECENT_TRAUMA);
        return Set.copyOf(applying);
    }

    /**
     * The first whole day of the clinic's on which the injury is past its window: the day the window ends at its
     * start, else the day after it ends. Null when the date is not recorded.
     */
    public static LocalDate notBefore(LocalDate injuredOn, LocalTime injuredAt, ZoneId zone) {
        Instant until = recentUntil(injuredOn, injuredAt, zone);
        if (until == null) {
            return null;
        }
        LocalDate last = LocalDate.ofInstant(until, zone);
        return last.atStartOfDay(zone).toInstant().equals(until) ? last : last.plusDays(1);
    }
}
