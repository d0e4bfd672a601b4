package org.knotwork.web.api.client;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.knotwork.web.api.json.EachOnce;
import org.knotwork.web.api.json.JsonForm;

/** The therapists an owner assigns to a client, all of them: an empty list assigns none. */
public class AssignmentForm extends JsonForm {

    @NotNull(message = "List the therapists' ids; an empty list assigns none.")
    @Size(max = 50, message = "Assign at most 50 therapists to one client.")
    @EachOnce(message = "List each therapist once.")
    public List<@NotNull(message = "A therapist's id is required.") UUID> therapistIds;

    /** The therapists to assign: those sent, or the current ones when the list was left out. */
    List<UUID> assigned(List<UUID> current) {
        if (!sent("therapistIds")) {
            return current;
        }
        return therapistIds == null ? List.of() : List.copyOf(therapistIds);
    }
}
