package org.knotwork.handout;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.function.UnaryOperator;
import org.knotwork.audit.AuditAction;
import org.knotwork.audit.AuditOutcome;
import org.knotwork.audit.AuditTrail;
import org.knotwork.platform.OptimisticLocking;
import org.knotwork.platform.RecordNotFoundException;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.platform.StaleVersionException;
import org.knotwork.security.CurrentUser;

/**
 * The self-care texts per muscle, in each language: everyone signed in reads them, an administrator corrects them
 * (audited with what changed, old → new), each text first checked against the sheet's safety rules
 * ({@link SelfCareSafety}). What is handed out is a {@link SelfCareEdition}, a plain copy made inside the transaction.
 */
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

    /** A muscle's texts in a language: English from {@link SelfCare}, any other from its translation. */
    public SelfCareEdition read(@NotNull String muscleCode, @NotNull HandoutLanguage language) {
        if (language == HandoutLanguage.EN) {
            return SelfCareEdition.of(english(muscleCode));
        }
        return SelfCareEdition.of(translation(muscleCode, language), english(muscleCode), language);
    }

    /**
     * Replaces a muscle's texts in a language with what {@code edit} makes of the current ones (a correction that
     * leaves a text out keeps it), provided nobody changed them since {@code expectedVersion}. The row is locked
     * first, so of two corrections at once the second is refused. A save that changes nothing is no event: the
     * version stays and no line is written. A translation's texts are said to translate the English as it is now
     * only when {@code confirmTranslation} says so, recorded in a line of its own: an English correction leaves the
     * translation behind until an administrator has read both.
     */
    public SelfCareEdition revise(
            @NotNull String muscleCode,
            @NotNull HandoutLanguage language,
            long expectedVersion,
            @NotNull UnaryOperator<SelfCareText> edit,
            boolean confirmTranslation) {
        if (language == HandoutLanguage.EN) {
            if (confirmTranslation) {
                throw new RuleViolationException(
                        "confirmTranslation",
                        "Only a translation is confirmed against the English texts; the English texts are the"
                                + " original.");
            }
            OptimisticLocking.lockRow(em, SelfCare.class, muscleCode);
            SelfCare care = english(muscleCode);
            String what = "The self-care texts of " + muscleCode;
            OptimisticLocking.requireVersion(what, expectedVersion, care.version());
            SelfCareText before = care.text();
            SelfCareText text = edit.apply(before);
            SelfCarePrinting.require(text);
            SelfCareSafety.require(text, language);
            care.revise(text, currentUser.id(), clock.instant());
            if (OptimisticLocking.flushChanged(em, what, expectedVersion, care::version)) {
                audit.record(
                        AuditAction.UPDATE, RECORD, muscleCode, null, AuditOutcome.SUCCESS, before.changesTo(text));
            }
            return SelfCareEdition.of(care);
        }
        SelfCareTranslation translation = translation(muscleCode, language);
        String what = "The " + language.code() + " self-care texts of " + muscleCode;
        try {
            em.lock(translation, LockModeType.PESSIMISTIC_WRITE);
        } catch (OptimisticLockException changedMeanwhile) {
            throw new StaleVersionException(what);
        }
        OptimisticLocking.requireVersion(what, expectedVersion, translation.version());
        SelfCare english = english(muscleCode);
        SelfCareText before = translation.text(english);
        SelfCareText text = edit.apply(before);
        SelfCarePrinting.require(text);
        SelfCareSafety.require(text, language);
        boolean revised = translation.revise(text, english, currentUser.id(), clock.instant());
        boolean confirmed = confirmTranslation && translation.confirm(english, currentUser.id(), clock.instant());
        OptimisticLocking.flush(em, what);
        String record = muscleCode + "/" + language.code();
        if (revised) {
            audit.record(AuditAction.UPDATE, RECORD, record, null, AuditOutcome.SUCCESS, before.changesTo(text));
        }
        if (confirmed) {
            audit.record(
                    AuditAction.UPDATE,
                    RECORD,
                    record,
                    null,
                    AuditOutcome.SUCCESS,
                    "translation confirmed against the English texts as corrected "
                            + (english.updatedAt() == null ? "when shipped" : "at " + english.updatedAt()));
        }
        return SelfCareEdition.of(translation, english, language);
    }

    private SelfCare english(String muscleCode) {
        SelfCare care = em.find(SelfCare.class, muscleCode);
        if (care == null) {
            throw new RecordNotFoundException("There is no muscle " + muscleCode + " in the catalogue.");
        }
        return care;
    }

    private SelfCareTranslation translation(String muscleCode, HandoutLanguage language) {
        SelfCareTranslation translation =
                em.find(SelfCareTranslation.class, new SelfCareTranslation.Key(muscleCode, language.code()));
        if (translation == null) {
            throw new RecordNotFoundException("There is no muscle " + muscleCode + " in the catalogue.");
        }
        return translation;
    }
}
