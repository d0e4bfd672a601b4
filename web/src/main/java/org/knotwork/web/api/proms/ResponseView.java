package org.knotwork.web.api.proms;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.knotwork.proms.Answer;
import org.knotwork.proms.Occasion;
import org.knotwork.proms.PromResponse;

/** Answers as recorded, with the server's score ({@code score} absent when too few items were answered). */
public record ResponseView(
        UUID id,
        UUID clientId,
        String measure,
        Occasion occasion,
        UUID noteId,
        Instant answeredAt,
        List<Answer> answers,
        int answered,
        Double score,
        Instant withdrawnAt) {

    static ResponseView of(PromResponse r) {
        return new ResponseView(
                r.id(),
                r.clientId(),
                r.measure(),
                r.occasion(),
                r.noteId(),
                r.answeredAt(),
                r.answers(),
                r.answered(),
                r.score(),
                r.withdrawnAt());
    }
}
