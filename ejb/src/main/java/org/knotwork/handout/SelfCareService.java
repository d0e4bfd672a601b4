package org.knotwork.handout;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import org.knotwork.platform.OptimisticLocking;
import org.knotwork.platform.RecordNotFoundException;
import org.knotwork.security.AuditAction;
import org.knotwork.security.AuditOutcome;
import org.knotwork.security.AuditTrail;
import org.knotwork.security.CurrentUser;

/** The self-care texts per muscle: everyone signed in reads them, an administrator corrects them (audited). */
@Stateless
public class SelfCareService {

    static final String RECORD = "MUSCLE_SELF_CARE";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditTrail audit;

    public SelfCare read(@NotNull String muscleCode) {
        SelfCare care = em.find(SelfCare.class, muscleCode);
        if (care == null) {
            throw new RecordNotFoundException("There is no muscle " + muscleCode + " in the catalogue.");
        }
        return care;
    }

    /** A muscle's texts in a language: English from {@link SelfCare}, any other from its translation. */
    public SelfCareEdition read(@NotNull String muscleCode, @NotNull HandoutLanguage language) {
        if (language == HandoutLanguage.EN) {
            return SelfCareEdition.of(read(muscleCode));
        }
        return SelfCareEdition.of(translation(muscleCode, language), read(muscleCode), language);
    }

    /** Replaces a muscle's texts in a language, provided nobody changed them since {@code expectedVersion}. */
    public SelfCareEdition revise(
            @NotNull String muscleCode,
            @NotNull HandoutLanguage language,
            long expectedVersion,
            @NotNull SelfCareText text) {
        if (language == HandoutLanguage.EN) {
            return SelfCareEdition.of(revise(muscleCode, expectedVersion, text));
        }
        SelfCareTranslation translation = translation(muscleCode, language);
        SelfCare english = read(muscleCode);
        SelfCarePrinting.require(text);
        String what = "The " + language.code() + " self-care texts of " + muscleCode;
        OptimisticLocking.requireVersion(what, expectedVersion, translation.version());
        translation.revise(text, english, currentUser.id(), clock.instant());
        OptimisticLocking.flush(em, what);
        audit.record(AuditAction.UPDATE, RECORD, muscleCode + "/" + language.code(), null, AuditOutcome.SUCCESS, null);
        return SelfCareEdition.of(translation, english, language);
    }

    private SelfCareTranslation translation(String muscleCode, HandoutLanguage language) {
        SelfCareTranslation translation =
                em.find(SelfCareTranslation.class, new SelfCareTranslation.Key(muscleCode, language.code()));
        if (translation == null) {
            throw new RecordNotFoundException("There is no muscle " + muscleCode + " in the catalogue.");
        }
        return translation;
    }

    /** Replaces a muscle's texts, provided nobody changed them since the caller read {@code expectedVersion}. */
    public SelfCare revise(@NotNull String muscleCode, long expectedVersion, @NotNull SelfCareText text) {
        SelfCare care = read(muscleCode);
        SelfCarePrinting.require(text);
        OptimisticLocking.requireVersion("The self-care texts of " + muscleCode, expectedVersion, care.version());
        care.revise(text, currentUser.id(), clock.instant());
        OptimisticLocking.flush(em, "The self-care texts of " + muscleCode);
        audit.record(AuditAction.UPDATE, RECORD, muscleCode, null, AuditOutcome.SUCCESS, null);
        return care;
    }
}
