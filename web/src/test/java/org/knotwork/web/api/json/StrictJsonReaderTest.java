package org.knotwork.web.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knotwork.web.api.charting.NoteForm;
import org.knotwork.web.api.client.ClientForm;
import org.knotwork.web.api.problem.Problem;
import org.knotwork.web.api.security.PracticeSettingsForm;

/**
 * A request body is one JSON object of the form's shape, or it is refused naming the field, in words a person reads:
 * nothing is coerced, nothing unknown is dropped. Runs the reader's parts as the reader does.
 */
class StrictJsonReaderTest {

    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    static <T extends JsonForm> T read(String json, Class<T> type) {
        return read(json.getBytes(StandardCharsets.UTF_8), type, false);
    }

    static <T extends JsonForm> T read(byte[] body, Class<T> type, boolean keepsWhatIsLeftOut) {
        T form = FormBinder.bind(JsonDocument.parse(body), type);
        FormValidation.validate(VALIDATOR, form, keepsWhatIsLeftOut);
        return form;
    }

    static InvalidInputException refusal(String json, Class<? extends JsonForm> type) {
        try {
            read(json, type);
        } catch (InvalidInputException e) {
            assertThat(e.getMessage()).as("no parser or class names").doesNotContain("java.", "Exception", "Json");
            e.errors()
                    .forEach(error ->
                            assertThat(error.message()).doesNotContain("java.", "Exception", "JsonParser", "Event"));
            return e;
        }
        throw new AssertionError("accepted: " + json);
    }

    static Problem.FieldError onlyError(String json, Class<? extends JsonForm> type) {
        InvalidInputException refused = refusal(json, type);
        assertThat(refused.errors()).hasSize(1);
        return refused.errors().get(0);
    }

    @Test
    void aNullSentForAFieldTheRecordAlwaysHasIsRefusedNamingItWhileLeavingItOutKeepsIt() {
        Problem.FieldError sessionAt = onlyError("{\"sessionAt\": null}", NoteForm.class);
        assertThat(sessionAt.field()).isEqualTo("sessionAt");
        assertThat(sessionAt.message()).startsWith("sessionAt needs a value");
        Problem.FieldError status =
                onlyError("{\"status\": null}", org.knotwork.web.api.bodymap.TriggerPointForm.class);
        assertThat(status.field()).isEqualTo("status");
        assertThat(status.message()).startsWith("status needs a value");

        assertThat(read("{\"complaint\": \"Neck\"}".getBytes(StandardCharsets.UTF_8), NoteForm.class, true)
                        .sent("sessionAt"))
                .as("left out: kept")
                .isFalse();
        assertThat(read("{\"complaint\": null}".getBytes(StandardCharsets.UTF_8), NoteForm.class, true).complaint)
                .as("an optional text sent as null is emptied")
                .isNull();
    }

    @Test
    void aTimeOfDayIsReadAsTheFormSendsItAndRefusedOtherwiseNamingTheField() {
        org.knotwork.web.api.client.ClientForm form = read(
                "{\"givenName\": \"Ada\", \"familyName\": \"Lovelace\", \"injuryTime\": \"07:45\"}",
                org.knotwork.web.api.client.ClientForm.class);
        assertThat(form.injuryTime).isEqualTo(java.time.LocalTime.of(7, 45));

        for (String written : List.of("\"24:00\"", "\"7:45\"", "\"07:45:00\"", "745")) {
            assertThat(refusal(
                                    "{\"givenName\": \"Ada\", \"familyName\": \"L\", \"injuryTime\": " + written + "}",
                                    org.knotwork.web.api.client.ClientForm.class)
                            .errors())
                    .as(written)
                    .singleElement()
                    .satisfies(e -> {
                        assertThat(e.field()).isEqualTo("injuryTime");
                        assertThat(e.message())
                                .isEqualTo("Injury time must be a time of day that exists, written as 07:45.");
                    });
        }
    }

    @Test
    void aFractionForAWholeNumberIsRefusedNotRounded() {
        Problem.FieldError error = onlyError("{\"painBefore\": 10.9}", NoteForm.class);

        assertThat(error.field()).isEqualTo("painBefore");
        assertThat(error.message())
                .isEqualTo(
                        "Pain before must be a whole number from 0 to 10, without a decimal" + " point or exponent.");
        assertThat(onlyError("{\"painBefore\": 6.0}", NoteForm.class).field()).isEqualTo("painBefore");
        assertThat(onlyError("{\"painBefore\": 6e0}", NoteForm.class).field()).isEqualTo("painBefore");
    }

    @Test
    void numbersAsTextOrInAListAreRefused() {
        assertThat(onlyError("{\"painBefore\": \"7\"}", NoteForm.class).message())
                .contains("whole number")
                .contains("without quotes");
        assertThat(onlyError("{\"painBefore\": [4]}", NoteForm.class).message()).contains("not a list");
    }

    @Test
    void aNumberBeyondAnyUseIsRefusedNotStoredAsZeroOrInfinity() {
        Problem.FieldError discomfort = onlyError(
                "{\"points\":[{\"triggerPointId\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\",\"episodes\":"
                        + "[{\"kind\":\"COMPRESSION\",\"discomfort\":1e400}]}]}",
                NoteForm.class);
        assertThat(discomfort.field()).isEqualTo("points[0].episodes[0].discomfort");

        Problem.FieldError pressure = onlyError(
                "{\"points\":[{\"triggerPointId\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\","
                        + "\"pptBefore\":{\"value\":1e400}}]}",
                NoteForm.class);
        assertThat(pressure.field()).isEqualTo("points[0].pptBefore.value");
        assertThat(pressure.message()).contains("far outside");
        assertThat(onlyError("{\"painBefore\": 2147483648}", NoteForm.class).message())
                .contains("far outside");
        assertThat(onlyError(
                                "{\"points\":[{\"triggerPointId\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\","
                                        + "\"pptBefore\":{\"value\":1e-400}}]}",
                                NoteForm.class)
                        .message())
                .contains("too close to zero");
    }

    @Test
    void yesIsNotTrueAndAPrivacySwitchIsNeverReadAsFalse() {
        Problem.FieldError error = onlyError(
                "{\"ownClientsOnly\":\"yes\",\"compressionDiscomfortThreshold\":3,\"pressureUnit\":\"KPA\"}",
                PracticeSettingsForm.class);

        assertThat(error.field()).isEqualTo("ownClientsOnly");
        assertThat(error.message()).isEqualTo("Own clients only must be true or false, without quotes, not text.");
    }

    @Test
    void anUnknownOrMisspeltFieldIsRefusedWithTheLikelyName() {
        Problem.FieldError error = onlyError(
                "{\"givenName\":\"Ada\",\"familyName\":\"Lovelace\",\"dateofbirth\":\"1980-05-01\"}", ClientForm.class);

        assertThat(error.field()).isEqualTo("dateofbirth");
        assertThat(error.message()).isEqualTo("There is no field dateofbirth. Did you mean dateOfBirth?");
    }

    @Test
    void aKeyGivenTwiceIsRefused() {
        Problem.FieldError error =
                onlyError("{\"givenName\":\"Ada\",\"givenName\":\"Eve\",\"familyName\":\"L\"}", ClientForm.class);

        assertThat(error.field()).isEqualTo("givenName");
        assertThat(error.message()).isEqualTo("Given name is given twice; send each field once.");
    }

    @Test
    void theBodyIsExactlyOneObject() {
        assertThat(refusal("{\"givenName\":\"A\",\"familyName\":\"B\"} {\"givenName\":\"C\"}", ClientForm.class)
                        .getMessage())
                .contains("something after its JSON object");
        assertThat(refusal("[{\"givenName\":\"A\",\"familyName\":\"B\"}]", ClientForm.class)
                        .getMessage())
                .contains("must be one JSON object")
                .contains("not a list");
        assertThat(refusal("\"Ada\"", ClientForm.class).getMessage()).contains("not text");
        assertThat(refusal("   ", ClientForm.class).getMessage()).contains("empty");
        assertThat(refusal("{\"givenName\":", ClientForm.class).getMessage()).contains("not valid JSON");
    }

    @Test
    void aByteOrderMarkOrBytesThatAreNotUtf8AreRefused() {
        byte[] json = "{\"givenName\":\"Ada\",\"familyName\":\"B\"}".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);
        byte[] latin1 = "{\"givenName\":\"Zoë\",\"familyName\":\"B\"}".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> read(withBom, ClientForm.class, false)).hasMessageContaining("byte order mark");
        assertThatThrownBy(() -> read(latin1, ClientForm.class, false)).hasMessageContaining("not valid UTF-8");
    }

    @Test
    void aNulOrHalfACharacterInTextIsRefusedNamingTheField() {
        Problem.FieldError nul = onlyError("{\"givenName\":\"A\\u0000da\",\"familyName\":\"B\"}", ClientForm.class);
        Problem.FieldError surrogate =
                onlyError("{\"givenName\":\"Ada\",\"familyName\":\"B\\ud800\"}", ClientForm.class);

        assertThat(nul.field()).isEqualTo("givenName");
        assertThat(nul.message()).isEqualTo("Given name contains a NUL character, which is not text.");
        assertThat(surrogate.field()).isEqualTo("familyName");
        assertThat(surrogate.message()).contains("half of a character");
        assertThat(read("{\"givenName\":\"Zoë 🌿\",\"familyName\":\"B\\ud83c\\udf3f\\tx\\ny\"}", ClientForm.class)
                        .familyName)
                .as("whole characters, tabs and line breaks are text")
                .isEqualTo("B🌿\tx\ny");
    }

    @Test
    void c1ControlsAndNoncharactersAreRefusedLikeOtherControlsNamingTheField() {
        for (String bad : new String[] {"\\u0085", "\\u009b", "\\u0080", "\\u009f", "\\ufffe", "\\uffff", "\\ufdd0"}) {
            Problem.FieldError error =
                    onlyError("{\"givenName\":\"A" + bad + "da\",\"familyName\":\"B\"}", ClientForm.class);

            assertThat(error.field()).as(bad).isEqualTo("givenName");
            assertThat(error.message()).as(bad).containsAnyOf("control character", "noncharacter");
        }
        assertThat(onlyError("{\"givenName\":\"A\",\"familyName\":\"B\\ud83f\\udfff\"}", ClientForm.class)
                        .message())
                .contains("U+1FFFF");
        assertThat(TextCheck.problem("Zoë \u00a0\u00ff 🌿"))
                .as("Latin-1 letters and a no-break space are text")
                .isNull();
        assertThat(StrictParametersTest.refusal("q=a%C2%85b")).contains("control character");
        assertThatThrownBy(() ->
                        StrictDocuments.text("Given name,Family name\nA\u0085,B\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("control character");
    }

    @Test
    void reasonsAreNamedTextsNotAList() {
        Problem.FieldError error = onlyError("{\"reasons\":[\"a\"]}", NoteForm.class);

        assertThat(error.field()).isEqualTo("reasons");
        assertThat(error.message()).contains("must be an object").contains("not a list");
        assertThat(onlyError("{\"reasons\":{\"1:PAINFUL_COMPRESSION\":4}}", NoteForm.class)
                        .field())
                .isEqualTo("reasons[1:PAINFUL_COMPRESSION]");
    }

    @Test
    void datesAndMomentsAreWrittenOneWayWithFourDigitYears() {
        assertThat(onlyError(
                                "{\"givenName\":\"A\",\"familyName\":\"B\",\"dateOfBirth\":\"+999999999-01-01\"}",
                                ClientForm.class)
                        .message())
                .contains("2026-05-01");
        assertThat(onlyError(
                                "{\"givenName\":\"A\",\"familyName\":\"B\",\"dateOfBirth\":\"1980-02-30\"}",
                                ClientForm.class)
                        .field())
                .isEqualTo("dateOfBirth");
        assertThat(onlyError("{\"sessionAt\":\"2026-03-02 10:00\"}", NoteForm.class)
                        .field())
                .isEqualTo("sessionAt");
        assertThat(read("{\"sessionAt\":\"2026-03-02T11:00:00+01:00\"}", NoteForm.class).sessionAt)
                .hasToString("2026-03-02T10:00:00Z");
    }

    @Test
    void everyMistakeIsListedAtOnce() {
        InvalidInputException refused =
                refusal("{\"givenName\":1,\"familyName\":true,\"email\":[],\"nickname\":\"x\"}", ClientForm.class);

        assertThat(refused.errors())
                .extracting(Problem.FieldError::field)
                .containsExactlyInAnyOrder("givenName", "familyName", "email", "nickname");
    }

    @Test
    void whatWasLeftOutIsToldApartFromWhatWasSentAsNull() {
        ClientForm form = read("{\"givenName\":\"Ada\",\"familyName\":\"B\",\"phone\":null}", ClientForm.class);

        assertThat(form.sent("phone")).isTrue();
        assertThat(form.sent("email")).isFalse();
    }

    @Test
    void aSaveMayLeaveRequiredFieldsOutButNotEmptyThem() {
        byte[] leftOut = "{\"phone\":\"0123 456789\"}".getBytes(StandardCharsets.UTF_8);
        byte[] emptied = "{\"givenName\":null}".getBytes(StandardCharsets.UTF_8);

        assertThat(read(leftOut, ClientForm.class, true).sent("givenName")).isFalse();
        assertThatThrownBy(() -> read(leftOut, ClientForm.class, false))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(Problem.FieldError::field)
                                .containsExactly("familyName", "givenName"));
        assertThatThrownBy(() -> read(emptied, ClientForm.class, true))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Given name is required.");
    }

    @Test
    void anItemOfAListIsWholeEvenInASave() {
        byte[] body = "{\"points\":[{\"episodes\":[]}]}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> read(body, NoteForm.class, true))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(Problem.FieldError::field)
                                .containsExactly("points[0].triggerPointId"));
    }

    @Test
    void nestingDeeperThanAnyFormIsRefused() {
        String deep = "{\"reasons\":" + "[".repeat(5000) + "]".repeat(5000) + "}";

        assertThat(refusal(deep, NoteForm.class).getMessage()).contains("nests deeper");
    }
}
