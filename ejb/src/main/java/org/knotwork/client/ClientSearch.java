package org.knotwork.client;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.knotwork.platform.Page;

/**
 * The client list: by name start, a page at a time, cut to a therapist's own clients when the practice asks. Three
 * queries for any page (count, page, contraindications of the page's clients in one batch), which
 * {@code ClientSearchQueryCountTest} pins.
 */
final class ClientSearch {

    private final EntityManager em;

    ClientSearch(EntityManager em) {
        this.em = em;
    }

    /** @param carer when given, only the clients this therapist looks after */
    Page<Client> find(String nameStart, int page, int size, boolean includeArchived, UUID carer) {
        String pattern = nameStart == null || nameStart.isBlank()
                ? "%"
                : escapeLike(nameStart.strip().toLowerCase(Locale.ROOT)) + "%";
        String where = " from Client c where (lower(c.familyName) like :pattern escape '\\'"
                + " or lower(c.givenName) like :pattern escape '\\')"
                + (includeArchived ? "" : " and c.archivedAt is null")
                + (carer == null
                        ? ""
                        : " and exists (select 1 from ClientCarer cc where cc.clientId = c.id"
                                + " and cc.therapistId = :carer)");
        TypedQuery<Long> count = em.createQuery("select count(c)" + where, Long.class);
        TypedQuery<Client> rows = em.createQuery(
                "select c" + where + " order by lower(c.familyName), lower(c.givenName), c.id", Client.class);
        for (TypedQuery<?> query : List.of(count, rows)) {
            query.setParameter("pattern", pattern);
            if (carer != null) {
                query.setParameter("carer", carer);
            }
        }
        long total = count.getSingleResult();
        long offset = Page.offset(page, size);
        List<Client> items = offset >= total
                ? List.of()
                : rows.setFirstResult((int) offset).setMaxResults(size).getResultList();
        return new Page<>(items, page, size, total);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
