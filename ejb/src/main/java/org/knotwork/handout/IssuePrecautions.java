package org.knotwork.handout;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.knotwork.bodymap.Region;
import org.knotwork.client.Client;
import org.knotwork.client.Contraindication;
import org.knotwork.safety.RecentTrauma;

/**
 * The client's precautions as a sheet issued at a moment gives them. A trauma past its first 72 hours then is no
 * longer one, nor is its site. One still recent keeps heat and pressure off the sheet for good (the client uses the
 * sheet for its whole week, unwatched) and, when dated, says the first day they may be thought of again
 * ({@code traumaNotBefore}); an undated one says "until it has healed", as before.
 */
record IssuePrecautions(
        Set<Contraindication> codes, Map<Contraindication, Set<Region>> sites, LocalDate traumaNotBefore) {

    static IssuePrecautions of(Client client, Map<Contraindication, Set<Region>> sites, ZoneId zone, Instant issued) {
        Set<Contraindication> codes = RecentTrauma.applyingAt(
                client.contraindications(), client.injuryDate(), client.injuryTime(), zone, issued);
        if (codes.contains(Contraindication.RECENT_TRAUMA)) {
            return new IssuePrecautions(
                    codes, sites, RecentTrauma.notBefore(client.injuryDate(), client.injuryTime(), zone));
        }
        Map<Contraindication, Set<Region>> applying = new EnumMap<>(Contraindication.class);
        applying.putAll(sites);
        applying.remove(Contraindication.RECENT_TRAUMA);
        return new IssuePrecautions(codes, applying, null);
    }
}
