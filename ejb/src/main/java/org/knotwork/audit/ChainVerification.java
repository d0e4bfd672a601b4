package org.knotwork.audit;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.knotwork.platform.RuleViolationException;

/**
 * Recomputes the chain in id order, a page at a time, and stops at the first line that does not hold: its content no
 * longer matches its hash (edited), or its previous hash is not the hash of the line before it (a line removed,
 * inserted or moved). Checkpoints catch what leaves no gap: the newest lines removed. Each one noted in the database
 * must still find its line with its hash; and a checkpoint kept off the machine can be given as the place to start,
 * which must still be there as noted. A start naming a line the trail never numbered is the caller's mistake, refused.
 */
final class ChainVerification {

    static final int PAGE_SIZE = 500;

    private final EntityManager em;

    ChainVerification(EntityManager em) {
        this.em = em;
    }

    /** From the first line, or from {@code start} (a checkpoint the caller kept) when given. */
    AuditVerification verify(AuditCheckpoint start) {
        String expectedPrevious = AuditChain.GENESIS;
        long lastId = Long.MIN_VALUE;
        String lastHash = null;
        long checked = 0;
        List<AuditCheckpoint> unreached = new ArrayList<>(noted(start == null ? Long.MIN_VALUE : start.lineId()));
        if (start != null) {
            AuditEvent first = em.find(AuditEvent.class, start.lineId());
            if (first == null && start.lineId() > lastNumberGiven()) {
                // Not a removed line: no line ever had this number. A mistyped checkpoint is no evidence of tampering.
                throw new RuleViolationException(
                        "fromLine",
                        "The audit trail never had a line " + start.lineId() + " (it has numbered " + lastNumberGiven()
                                + " lines so far): check the checkpoint's line number (fromLine).");
            }
            String problem = startProblem(first, start);
            if (problem != null) {
                return AuditVerification.brokenAt(0, start.lineId(), problem);
            }
            expectedPrevious = first.hash();
            lastId = first.id();
            lastHash = first.hash();
            checked = 1;
            em.detach(first);
            for (AuditCheckpoint checkpoint : List.copyOf(unreached)) {
                if (checkpoint.lineId() == first.id()) {
                    if (!checkpoint.lineHash().equals(first.hash())) {
                        return AuditVerification.brokenAt(1, first.id(), replaced(first, checkpoint));
                    }
                    unreached.remove(checkpoint);
                }
            }
        }
        List<AuditEvent> page;
        do {
            page = new ArrayList<>(
                    em.createQuery("select e from AuditEvent e where e.id > :after order by e.id", AuditEvent.class)
                            .setParameter("after", lastId)
                            .setMaxResults(PAGE_SIZE)
                            .getResultList());
            for (AuditEvent event : page) {
                checked++;
                if (!event.contentMatchesHash()) {
                    return AuditVerification.brokenAt(
                            checked,
                            event.id(),
                            "Line " + event.id() + " was changed after it was recorded: its content no longer"
                                    + " matches its hash.");
                }
                if (!event.prevHash().equals(expectedPrevious)) {
                    return AuditVerification.brokenAt(checked, event.id(), notFollowing(event, lastId));
                }
                for (AuditCheckpoint checkpoint : List.copyOf(unreached)) {
                    if (checkpoint.lineId() == event.id()) {
                        if (!checkpoint.lineHash().equals(event.hash())) {
                            return AuditVerification.brokenAt(
                                    checked,
                                    event.id(),
                                    "Line " + event.id()
                                            + " no longer has the hash the checkpoint of " + checkpoint.takenAt()
                                            + " noted: it was replaced.");
                        }
                        unreached.remove(checkpoint);
                    }
                }
                expectedPrevious = event.hash();
                lastId = event.id();
                lastHash = event.hash();
                em.detach(event);
            }
        } while (page.size() == PAGE_SIZE);
        if (!unreached.isEmpty()) {
            AuditCheckpoint lost = unreached.get(0);
            return AuditVerification.brokenAt(
                    checked,
                    lost.lineId(),
                    "The checkpoint of " + lost.takenAt()
                            + " noted line " + lost.lineId() + ", which is no longer in the trail"
                            + (lastHash == null ? "" : " (it now ends at line " + lastId + ")")
                            + ": lines were removed from its end.");
        }
        return AuditVerification.intact(checked, lastHash == null ? null : lastId, lastHash);
    }

    private static String replaced(AuditEvent line, AuditCheckpoint checkpoint) {
        return "Line " + line.id() + " no longer has the hash the checkpoint of " + checkpoint.takenAt()
                + " noted: it was replaced.";
    }

    private static String startProblem(AuditEvent first, AuditCheckpoint start) {
        if (first == null) {
            return "Line " + start.lineId() + ", where the checkpoint starts, is no longer in the trail: lines were"
                    + " removed.";
        }
        if (!first.hash().equals(start.lineHash())) {
            return "Line " + start.lineId() + " does not have the hash the checkpoint gives: it was replaced, or the"
                    + " checkpoint was copied wrongly.";
        }
        if (!first.contentMatchesHash()) {
            return "Line " + start.lineId() + " was changed after it was recorded: its content no longer matches its"
                    + " hash.";
        }
        return null;
    }

    /** The highest line number ever given out, removed lines included: the chain's sequence does not go back. */
    private long lastNumberGiven() {
        Object last = em.createNativeQuery(
                        "select coalesce(pg_sequence_last_value(pg_get_serial_sequence('audit_events', 'id')::regclass),"
                                + " 0)")
                .getSingleResult();
        return ((Number) last).longValue();
    }

    private List<AuditCheckpoint> noted(long fromLine) {
        return em.unwrap(Session.class).doReturningWork(connection -> AuditCheckpoints.since(connection, fromLine));
    }

    private static String notFollowing(AuditEvent event, long previousId) {
        if (previousId == Long.MIN_VALUE) {
            return "Line " + event.id() + " is the first line but does not start the chain: earlier lines were"
                    + " removed.";
        }
        return "Line " + event.id() + " does not follow line " + previousId
                + ": lines between them were removed, or lines were inserted or reordered.";
    }
}
