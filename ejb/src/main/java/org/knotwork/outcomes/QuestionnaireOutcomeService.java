package org.knotwork.outcomes;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.knotwork.audit.AuditAction;
import org.knotwork.audit.AuditOutcome;
import org.knotwork.audit.AuditTrail;
import org.knotwork.platform.ForbiddenException;
import org.knotwork.platform.KnotworkDatabase;
import org.knotwork.proms.PromService;
import org.knotwork.security.CurrentUser;
import org.knotwork.security.Role;

/** The questionnaire figure of the practice's outcomes: owners only, filtered like the others, each look audited. */
@Stateless
public class QuestionnaireOutcomeService {

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = KnotworkDatabase.JNDI_NAME)
    private DataSource database;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    public QuestionnaireOutcomes outcomes(@NotNull OutcomeFilter filter) {
        if (!currentUser.hasRole(Role.OWNER)) {
            throw new ForbiddenException("Practice outcomes are for the practice owner.");
        }
        QuestionnaireOutcomes outcomes;
        try (Connection connection = database.getConnection()) {
            new OutcomeQueries(connection).requireKnown(filter);
            outcomes = new QuestionnaireOutcomeQueries(connection).outcomes(filter, PromService.measures(em));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not compute the questionnaire outcomes", e);
        }
        audit.record(
                AuditAction.OUTCOMES_VIEWED,
                OutcomeService.RECORD,
                null,
                null,
                AuditOutcome.SUCCESS,
                "questionnaires: " + filter.describe());
        return outcomes;
    }
}
