package org.knotwork.web.api.outcomes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.List;
import org.knotwork.outcomes.QuestionnaireOutcomeService;
import org.knotwork.outcomes.QuestionnaireOutcomes;
import org.knotwork.security.Role;

/** Per questionnaire, the share of clients reaching its important change, for the same period and filters. */
@Path("outcomes/questionnaires")
@RequestScoped
@RolesAllowed(Role.Names.OWNER)
public class QuestionnaireOutcomeResource {

    @Inject
    private QuestionnaireOutcomeService outcomes;

    @Inject
    private Clock clock;

    /** One measure's figure; {@code reachedShare} is 0–1, empty when nobody could be judged. */
    public record MeasureFigure(
            String code,
            String title,
            long clients,
            long evaluated,
            long reached,
            Double reachedShare,
            String importantChange) {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<MeasureFigure> figures(@BeanParam OutcomeQuery query) {
        QuestionnaireOutcomes figures = outcomes.outcomes(query.filter(clock.getZone()));
        return figures.measures().stream()
                .map(m -> new MeasureFigure(
                        m.code(),
                        m.title(),
                        m.clients(),
                        m.evaluated(),
                        m.reached(),
                        m.reachedShare(),
                        m.importantChange()))
                .toList();
    }
}
