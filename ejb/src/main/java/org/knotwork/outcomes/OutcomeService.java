package org.knotwork.outcomes;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;
import org.knotwork.audit.AuditAction;
import org.knotwork.audit.AuditTrail;
import org.knotwork.audit.AuditedRead;
import org.knotwork.platform.ForbiddenException;
import org.knotwork.platform.KnotworkDatabase;
import org.knotwork.security.CurrentUser;
import org.knotwork.security.Role;

/** The practice's outcome figures, for owners only; every look is on the audit trail with what was asked for. */
@Stateless
public class OutcomeService {

    static final String RECORD = "OUTCOMES";

    @Resource(lookup = KnotworkDatabase.JNDI_NAME)
    private DataSource database;

    @Inject
    private Clock clock;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    /** The figures for the filter; {@code format} (screen, CSV) is recorded with the look. */
    public PracticeOutcomes outcomes(@NotNull OutcomeFilter filter, @NotNull String format) {
        if (!currentUser.hasRole(Role.OWNER)) {
            throw new ForbiddenException("Practice outcomes are for the practice owner.");
        }
        // The look is recorded by the statements that read the figures, so the dashboard costs one round trip to the
        // database and its commit (docs/performance.md): the line says how many clients' figures were seen.
        AuditedRead look = audit.lookRecordedBy(
                AuditAction.OUTCOMES_VIEWED, RECORD, format + ": " + filter.describe() + "; ", " client(s)");
        PracticeOutcomes outcomes;
        try (Connection connection = database.getConnection()) {
            outcomes = new OutcomeQueries(connection).outcomes(filter, clock.getZone(), look);
        } catch (SQLException e) {
            throw sentAfter(look, new IllegalStateException("Could not compute the practice outcomes", e));
        } catch (RuntimeException e) {
            throw sentAfter(look, e);
        }
        audit.sent(look);
        return outcomes;
    }

    /**
     * Also after a failure the look goes to the trail, so the line it owes is then written as failed; should that fail
     * too, the first failure is the one thrown, the other added to it.
     */
    private RuntimeException sentAfter(AuditedRead look, RuntimeException failure) {
        try {
            audit.sent(look);
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
        return failure;
    }
}
