package org.knotwork.web.api.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knotwork.web.api.charting.NoteForm;
import org.knotwork.web.api.client.ClientForm;
import org.knotwork.web.api.corpus.Mutation.Expect;

/**
 * The corpus is made from the forms' declarations: each field gets the cases its type and constraints call for, and
 * a save gets the cases of fields left out.
 */
class FormCorpusTest {

    @Test
    void aFieldsCasesFollowFromItsTypeAndConstraints() {
        List<Mutation> cases = FormCorpus.of(ClientForm.class, InputCorpus.clientBody(), false);

        assertThat(cases)
                .filteredOn(m -> m.field().equals("givenName"))
                .extracting(Mutation::name)
                .contains(
                        "a number for text",
                        "a NUL in text",
                        "half a character in text",
                        "text one character too long",
                        "empty text where text is required",
                        "sent as null",
                        "left out");
        assertThat(cases)
                .filteredOn(m -> m.field().equals("dateOfBirth"))
                .extracting(Mutation::rawJson)
                .contains("\"+999999999-01-01\"", "\"1980-02-30\"");
        assertThat(cases)
                .filteredOn(m -> m.field().equals("contraindications[0]"))
                .extracting(Mutation::name)
                .contains("text of the wrong shape");
        assertThat(cases)
                .filteredOn(m -> m.field().equals("version"))
                .extracting(Mutation::rawJson)
                .contains("-1", "7.5", "\"7\"", "1e400");
    }

    @Test
    void aSaveKeepsWhatItLeavesOut() {
        List<Mutation> cases =
                FormCorpus.of(NoteForm.class, InputCorpus.noteBody("3fa85f64-5717-4562-b3fc-2c963f66afa6"), true);

        assertThat(cases)
                .filteredOn(m -> m.expect() == Expect.KEPT)
                .extracting(Mutation::field)
                .contains("complaint", "complaintRegion", "homeCare", "homeCare.note", "points")
                .doesNotContain("points[0].triggerPointId");
        assertThat(cases)
                .filteredOn(m -> m.field().equals("sessionAt") && m.expect() == Expect.REFUSED)
                .extracting(Mutation::name)
                .as("a session time sent as null is refused")
                .contains("sent as null");
        assertThat(cases)
                .filteredOn(m -> m.field().equals("points[0].episodes[0].discomfort"))
                .extracting(Mutation::rawJson)
                .contains("10.9", "\"7\"", "1e400");
    }

    @Test
    void howManyCasesEachFormGets() {
        System.out.println("client "
                + FormCorpus.of(ClientForm.class, InputCorpus.clientBody(), false)
                        .size());
        System.out.println("note "
                + FormCorpus.of(NoteForm.class, InputCorpus.noteBody("x"), false)
                        .size());
        System.out.println("note save "
                + FormCorpus.of(NoteForm.class, InputCorpus.noteBody("x"), true).size());
    }
}
