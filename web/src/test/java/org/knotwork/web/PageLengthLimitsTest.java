package org.knotwork.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.knotwork.web.api.bodymap.MuscleDescriptionForm;
import org.knotwork.web.api.bodymap.TriggerPointForm;
import org.knotwork.web.api.bodymap.TriggerPointResource;
import org.knotwork.web.api.charting.NoteForm;
import org.knotwork.web.api.charting.NoteResource;
import org.knotwork.web.api.charting.PointHomeCareForm;
import org.knotwork.web.api.client.ClientForm;
import org.knotwork.web.api.handout.SelfCareForm;
import org.knotwork.web.api.proms.ResponseForm;
import org.knotwork.web.api.security.LetterheadForm;

/**
 * A page tells the length a text field may reach (the count under the field: the server refuses more, and the page
 * never cuts what was typed). That number is the server's: each field the pages limit is read here from its page and
 * compared with the {@link Size} of the form field it is sent as, so a limit changed on one side fails here.
 */
class PageLengthLimitsTest {

    private static final Path JS = Path.of("src/main/webapp/js");

    private record Limited(String page, String near, Class<?> form, String field) {}

    /** {@code near}: the text just before the field's {@code maxlength}, which names the field on its page. */
    private static final List<Limited> FIELDS = List.of(
            new Limited("clients.js", "\"givenName\", {required: true,", ClientForm.class, "givenName"),
            new Limited("clients.js", "\"familyName\", {required: true,", ClientForm.class, "familyName"),
            new Limited("clients.js", "\"mainComplaint\", {rows: 2,", ClientForm.class, "mainComplaint"),
            new Limited("clients.js", "\"referralSource\", {", ClientForm.class, "referralSource"),
            new Limited(
                    "clients.js", "\"contraindicationNotes\", {rows: 2,", ClientForm.class, "contraindicationNotes"),
            new Limited("clients.js", "\"notes\", {rows: 2,", ClientForm.class, "notes"),
            new Limited("letterhead.js", "\"practiceName\", {", LetterheadForm.class, "practiceName"),
            new Limited("letterhead.js", "\"contactPhone\", {type: \"tel\",", LetterheadForm.class, "contactPhone"),
            new Limited("letterhead.js", "\"practiceContact\", {rows: 2,", LetterheadForm.class, "practiceContact"),
            new Limited("note.js", "\"data-field\": \"reason\",", NoteResource.AmendmentForm.class, "reason"),
            new Limited("note.js", "\"data-field\": \"text\", rows: 3,", NoteResource.AmendmentForm.class, "text"),
            new Limited("sessionpoints.js", "\"data-field\": `reasons.${d.key}`,", NoteForm.class, "reasons"),
            new Limited(
                    "sessionparts.js", "\"complaint\", \"Complaint today\", changed, {", NoteForm.class, "complaint"),
            // assessment and plan take the text field's default limit; the home note passes its own
            new Limited("sessionparts.js", "{area = false,", NoteForm.class, "assessment"),
            new Limited("sessionparts.js", "{area = false,", NoteForm.class, "plan"),
            new Limited("sessionparts.js", "{area: true,", NoteForm.HomeCareForm.class, "note"),
            new Limited("pointedit.js", "{id: \"error-reason\",", TriggerPointResource.ErrorForm.class, "reason"),
            new Limited("criteria.js", "{id: `${prefix}-referred`,", TriggerPointForm.class, "referredPain"),
            new Limited(
                    "selfcare.js",
                    "\"selfPressure\", care.selfPressure, {rows: 3,",
                    SelfCareForm.class,
                    "selfPressure"),
            new Limited("selfcare.js", "care.gentlePressure, {rows: 3,", SelfCareForm.class, "gentlePressure"),
            new Limited("selfcare.js", "\"frequency\", care.frequency, {", SelfCareForm.class, "frequency"),
            new Limited(
                    "selfcare.js",
                    "\"referredPain\", muscle.referredPain, {rows: 2,",
                    MuscleDescriptionForm.class,
                    "referredPain"),
            new Limited("pointcare.js", "value: home.ownName ?? \"\",", PointHomeCareForm.OwnStretchForm.class, "name"),
            new Limited("pointcare.js", "value: entry.clearedBy,", NoteForm.ClearanceForm.class, "clearedBy"),
            new Limited("proms.js", "\"data-name-for\": item.linkId,", ResponseForm.AnswerForm.class, "text"));

    @Test
    void everyLimitAPageTellsIsTheServersLimitForThatField() throws IOException {
        for (Limited limited : FIELDS) {
            assertThat(pageLimit(limited))
                    .as("%s: the limit told beside %s", limited.page(), limited.field())
                    .isEqualTo(serverLimit(limited.form(), limited.field()));
        }
    }

    @Test
    void aLimitThatDriftedIsCaught() throws IOException {
        Limited reasons = FIELDS.stream()
                .filter(l -> l.page().equals("sessionpoints.js"))
                .findFirst()
                .orElseThrow();
        assertThat(limitIn("\"data-field\": `reasons.${d.key}`, maxlength: 500});", reasons.near()))
                .isEqualTo(500)
                .isNotEqualTo(serverLimit(NoteForm.class, "reasons"));
    }

    private static int pageLimit(Limited limited) throws IOException {
        return limitIn(Files.readString(JS.resolve(limited.page())), limited.near());
    }

    private static int limitIn(String page, String near) {
        Matcher m = Pattern.compile(Pattern.quote(near) + "\\s*(?:max|maxlength)(?::|\\s*=)\\s*(\\d+)")
                .matcher(page);
        assertThat(m.find()).as("a limit after %s", near).isTrue();
        int found = Integer.parseInt(m.group(1));
        assertThat(m.find()).as("one limit after %s", near).isFalse();
        return found;
    }

    /** The field's {@link Size#max()}, on the field or, for a map or list of texts, on its element type. */
    private static int serverLimit(Class<?> form, String name) {
        try {
            Field field = form.getField(name);
            Size size = field.getAnnotation(Size.class);
            AnnotatedType type = field.getAnnotatedType();
            if (type instanceof AnnotatedParameterizedType parameterized) {
                AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
                size = arguments[arguments.length - 1].getAnnotation(Size.class);
            }
            assertThat(size)
                    .as("%s.%s has a size limit", form.getSimpleName(), name)
                    .isNotNull();
            return size.max();
        } catch (NoSuchFieldException e) {
            throw new AssertionError(form.getName() + " has no field " + name, e);
        }
    }
}
