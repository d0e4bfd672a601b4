package org.knotwork.proms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.knotwork.platform.RuleViolationException;

/** A licensed questionnaire a practice loaded: the FHIR definition as given, and the licence it says it holds. */
@Entity
@Table(name = "questionnaires")
public class QuestionnaireDefinition {

    @Id
    private String code;

    private String url;

    private String title;

    private String definition;

    private String licence;

    @Column(name = "loaded_at")
    private Instant loadedAt;

    @Column(name = "loaded_by")
    private UUID loadedBy;

    protected QuestionnaireDefinition() {}

    static QuestionnaireDefinition load(String json, String licence, UUID by, Instant now) {
        LoadedQuestionnaire measure = LoadedQuestionnaire.read(json);
        if (licence == null || licence.isBlank() || licence.strip().length() > 500) {
            throw new RuleViolationException(
                    "licence", "State the licence the practice holds for this questionnaire (at most 500 characters).");
        }
        QuestionnaireDefinition definition = new QuestionnaireDefinition();
        definition.code = measure.code();
        definition.url = measure.url();
        definition.title = measure.title();
        definition.definition = json;
        definition.licence = licence.strip();
        definition.loadedBy = by;
        definition.loadedAt = now;
        return definition;
    }

    public LoadedQuestionnaire measure() {
        return LoadedQuestionnaire.read(definition);
    }

    public String code() {
        return code;
    }

    public String url() {
        return url;
    }

    /** The FHIR Questionnaire exactly as the practice loaded it. */
    public String definition() {
        return definition;
    }

    public String licence() {
        return licence;
    }

    public Instant loadedAt() {
        return loadedAt;
    }
}
