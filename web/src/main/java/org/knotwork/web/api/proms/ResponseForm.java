package org.knotwork.web.api.proms;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.knotwork.proms.Answer;

/**
 * A client's answers to one measure: at intake (no {@code noteId}) or at the session whose note is named. A skipped
 * item is sent without {@code value}, or left out.
 */
public class ResponseForm {

    @NotBlank(message = "Name the questionnaire (measure), e.g. PSFS.")
    @Size(max = 40, message = "A questionnaire's code is at most 40 characters.")
    public String measure;

    public UUID noteId;

    @NotNull(message = "Give when the client answered.")
    public Instant answeredAt;

    @Valid
    @NotNull(message = "Send the answers.")
    @Size(max = 100, message = "At most 100 answers.")
    public List<@NotNull(message = "An answer is required.") AnswerForm> answers;

    /** One item's answer. */
    public static class AnswerForm {
        @NotBlank(message = "Name the item answered (linkId).")
        @Size(max = 60, message = "A linkId is at most 60 characters.")
        public String linkId;

        @Size(max = 200, message = "An activity's name is at most 200 characters.")
        public String text;

        public Integer value;
    }

    List<Answer> toAnswers() {
        return answers.stream().map(a -> new Answer(a.linkId, a.text, a.value)).toList();
    }
}
