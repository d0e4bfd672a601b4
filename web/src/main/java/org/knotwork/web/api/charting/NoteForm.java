package org.knotwork.web.api.charting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.knotwork.bodymap.BodyPosition;
import org.knotwork.bodymap.PointStatus;
import org.knotwork.bodymap.Region;
import org.knotwork.charting.Episode;
import org.knotwork.charting.HomeCare;
import org.knotwork.charting.HomePlan;
import org.knotwork.charting.MedicalClearance;
import org.knotwork.charting.NoteInput;
import org.knotwork.client.Contraindication;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.practice.PressureUnit;
import org.knotwork.web.api.json.JsonForm;
import org.knotwork.web.api.json.ValueWhenSent;
import org.knotwork.web.api.problem.InvalidFieldsException;
import org.knotwork.web.api.problem.Problem;

/**
 * A session as the therapist saves it; {@code version} (or If-Match) when saving a draft again. Saving again keeps
 * what the body leaves out and empties what it sends as null; a list sent ({@code points}) replaces the list, each
 * item whole; an object sent ({@code homeCare}) changes the fields it names.
 */
public class NoteForm extends JsonForm {

    /** Left out: now for a new note, kept by a save. A note always has a session time, so null is refused. */
    @ValueWhenSent
    public Instant sessionAt;

    @Size(max = 2000, message = "The complaint is at most 2000 characters.")
    public String complaint;

    /** The body region of the main complaint, optional; owners compare outcomes by it. */
    public Region complaintRegion;

    @Min(value = 0, message = "Pain is rated from 0 to 10.")
    @Max(value = 10, message = "Pain is rated from 0 to 10.")
    public Integer painBefore;

    @Valid
    @Size(max = 40, message = "A session treats at most 40 points.")
    public List<@NotNull(message = "A treated point is required.") PointForm> points;

    @Size(max = 4000, message = "The assessment is at most 4000 characters.")
    public String assessment;

    @Size(max = 4000, message = "The plan is at most 4000 characters.")
    public String plan;

    @Min(value = 0, message = "Pain is rated from 0 to 10.")
    @Max(value = 10, message = "Pain is rated from 0 to 10.")
    public Integer painAfter;

    /** The therapist's reason per deviation, keyed as the note's deviations show them. */
    public Map<String, @Size(max = 1000, message = "A reason is at most 1000 characters.") String> reasons;

    /** Optional: the therapist's personal advice and the next appointment, printed on the client's handout. */
    @Valid
    public HomeCareForm homeCare;

    /** Why no point was treated (an assessment only, a session postponed): needed to sign a note without a point. */
    @Size(max = 1000, message = "The reason for treating no point is at most 1000 characters.")
    public String noPointsReason;

    /** Medical clearances (who gave it, when) for deviations that need one. */
    @Valid
    @Size(max = 11, message = "Record one clearance per contraindication.")
    public List<@NotNull(message = "A clearance is required.") ClearanceForm> clearances;

    @PositiveOrZero(message = "Version cannot be negative.")
    public Long version;

    /**
     * Only when a session is started: true says the caller means another session beside their open draft of the client,
     * which is otherwise refused (409 naming the draft).
     */
    public Boolean besideOpenDraft;

    boolean besideOpenDraft() {
        return Boolean.TRUE.equals(besideOpenDraft);
    }

    /** A save of a draft already started: the flag would mean nothing there, so it is refused, not ignored. */
    NoteForm savedAgain() {
        if (sent("besideOpenDraft")) {
            throw new RuleViolationException(
                    "besideOpenDraft", "besideOpenDraft is for starting a session; this draft is already started.");
        }
        return this;
    }

    /** What the client is told personally to do at home, and when they come back. */
    public static class HomeCareForm extends JsonForm {

        @Size(max = 1000, message = "The home-care note is at most 1000 characters.")
        public String note;

        public Instant nextAppointment;
    }

    /** A medical clearance: for which contraindication, who gave it, on which day. */
    public static class ClearanceForm extends JsonForm {

        public Contraindication contraindication;

        @Size(max = 200, message = "Who gave the clearance is at most 200 characters.")
        public String clearedBy;

        public LocalDate clearedOn;

        MedicalClearance toClearance() {
            return new MedicalClearance(contraindication, clearedBy, clearedOn);
        }
    }

    /**
     * One treated point: its pressure-pain thresholds, its status after the session, its episodes in order, how the
     * client lay, whether the site of an injury, lesion or cancer was checked and not treated over, its home care.
     */
    public static class PointForm extends JsonForm {

        @NotNull(message = "Name the treated point by its id.")
        public UUID triggerPointId;

        @Valid
        public PressureForm pptBefore;

        @Valid
        public PressureForm pptAfter;

        public PointStatus statusAfter;

        @Valid
        @Size(max = 20, message = "A point has at most 20 episodes.")
        public List<@NotNull(message = "An episode is required.") EpisodeForm> episodes;

        public BodyPosition position;

        public Boolean siteAvoided;

        @Valid
        public PointHomeCareForm homeCare;
    }

    /** A new note: what was sent, nothing else; every episode the domain refuses is reported at once. */
    NoteInput toInput(PressureUnit unit) {
        return reportedAtOnce(refused -> toInput(unit, refused));
    }

    /**
     * A new note for a preview: each episode the domain refuses goes to {@code refused}, its field named with the
     * episode's place, so a preview can list every one at once.
     */
    NoteInput toInput(PressureUnit unit, Consumer<RuleViolationException> refused) {
        return toInput(
                unit,
                new NoteInput(
                        sessionAt,
                        null,
                        null,
                        List.of(),
                        null,
                        null,
                        null,
                        Map.of(),
                        HomeCare.NONE,
                        null,
                        List.of(),
                        null),
                refused);
    }

    /**
     * The session as this form changes {@code current} (a save): each field sent replaces it, each left out is kept;
     * every episode the domain refuses is reported at once.
     */
    NoteInput toInput(PressureUnit unit, NoteInput current) {
        return reportedAtOnce(refused -> toInput(unit, current, refused));
    }

    private NoteInput toInput(PressureUnit unit, NoteInput current, Consumer<RuleViolationException> refused) {
        HomeCare advice = current.homeCare();
        if (sent("homeCare")) {
            advice = homeCare == null
                    ? HomeCare.NONE
                    : new HomeCare(
                            homeCare.sent("note") ? homeCare.note : advice.note(),
                            homeCare.sent("nextAppointment") ? homeCare.nextAppointment : advice.nextAppointment());
        }
        return new NoteInput(
                sent("sessionAt") ? sessionAt : current.sessionAt(),
                sent("complaint") ? complaint : current.complaint(),
                sent("painBefore") ? painBefore : current.painBefore(),
                sent("points") ? treated(unit, refused) : current.points(),
                sent("assessment") ? assessment : current.assessment(),
                sent("plan") ? plan : current.plan(),
                sent("painAfter") ? painAfter : current.painAfter(),
                sent("reasons") ? reasons : current.reasons(),
                advice,
                sent("complaintRegion") ? complaintRegion : current.complaintRegion(),
                sent("clearances")
                        ? (clearances == null
                                ? List.of()
                                : clearances.stream()
                                        .map(ClearanceForm::toClearance)
                                        .toList())
                        : current.clearances(),
                sent("noPointsReason") ? noPointsReason : current.noPointsReason());
    }

    private static NoteInput reportedAtOnce(
            java.util.function.Function<Consumer<RuleViolationException>, NoteInput> read) {
        List<Problem.FieldError> problems = new ArrayList<>();
        NoteInput input = read.apply(e -> problems.add(new Problem.FieldError(e.field(), e.getMessage())));
        if (!problems.isEmpty()) {
            throw new InvalidFieldsException(problems);
        }
        return input;
    }

    private List<NoteInput.PointInput> treated(PressureUnit unit, Consumer<RuleViolationException> refused) {
        List<NoteInput.PointInput> treated = new ArrayList<>();
        List<PointForm> forms = points == null ? List.of() : points;
        for (int i = 0; i < forms.size(); i++) {
            PointForm point = forms.get(i);
            List<Episode> episodes = new ArrayList<>();
            List<EpisodeForm> episodeForms = point.episodes == null ? List.of() : point.episodes;
            for (int j = 0; j < episodeForms.size(); j++) {
                try {
                    episodes.add(episodeForms.get(j).toEpisode(unit));
                } catch (RuleViolationException e) {
                    // The domain names the dosage field; the caller needs to know which episode of which point.
                    String at = "points[" + i + "].episodes[" + j + "]";
                    refused.accept(
                            new RuleViolationException(e.field() == null ? at : at + "." + e.field(), e.getMessage()));
                }
            }
            PointHomeCareForm home = point.homeCare == null ? new PointHomeCareForm() : point.homeCare;
            HomePlan plan;
            try {
                plan = home.toPlan();
            } catch (RuleViolationException e) {
                refused.accept(new RuleViolationException("points[" + i + "].homeCare." + e.field(), e.getMessage()));
                plan = HomePlan.USUAL;
            }
            treated.add(new NoteInput.PointInput(
                    point.triggerPointId,
                    PressureForm.kpa(point.pptBefore, unit, "points[" + i + "].pptBefore", refused),
                    PressureForm.kpa(point.pptAfter, unit, "points[" + i + "].pptAfter", refused),
                    point.statusAfter,
                    episodes,
                    point.position,
                    Boolean.TRUE.equals(point.siteAvoided),
                    plan,
                    home.stretchCode));
        }
        return treated;
    }
}
