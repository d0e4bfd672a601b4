package org.knotwork.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwork.bodymap.BodyPosition;
import org.knotwork.testing.MigratedDatabase;

/**
 * Every shipped language is complete: each sentence of the wording, each muscle's name and lay name, and each
 * muscle's self-care texts in the migrated database. A missing one fails here, not on a client's sheet.
 */
class HandoutLanguagesTest {

    @TempDir
    static Path dataDirectory;

    static MigratedDatabase database;

    @BeforeAll
    static void migrate() {
        database = MigratedDatabase.start(dataDirectory);
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    /** The keys of the language's own file: a key inherited from English would print English on its sheet. */
    static Set<String> keys(String bundle, HandoutLanguage language) throws IOException {
        String file = bundle + (language == HandoutLanguage.EN ? "" : "_" + language.code()) + ".properties";
        try (InputStream in = HandoutLanguagesTest.class.getResourceAsStream(file)) {
            assertThat(in).as(file + " ships").isNotNull();
            Properties words = new Properties();
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(words.stringPropertyNames());
        }
    }

    @Test
    void everyShippedLanguageHasEverySentenceOfTheWording() throws IOException {
        Set<String> english = keys("HandoutWording", HandoutLanguage.EN);
        for (HandoutLanguage language : HandoutLanguage.values()) {
            Set<String> translated = keys("HandoutWording", language);
            assertThat(translated).as("wording keys in " + language).containsAll(english);
            assertThat(english).as("keys only " + language + " has").containsAll(translated);
        }
    }

    @Test
    void everyShippedLanguageNamesEveryMuscleInPlainWords() throws SQLException, IOException {
        Set<String> catalogue = codes("select code from muscles");
        for (HandoutLanguage language : HandoutLanguage.values()) {
            Set<String> keys = keys("HandoutMuscles", language);
            for (String code : catalogue) {
                assertThat(keys).as(code + ".lay in " + language).contains(code + ".lay");
                if (language != HandoutLanguage.EN) {
                    assertThat(keys).as(code + ".name in " + language).contains(code + ".name");
                }
            }
        }
    }

    @Test
    void everyShippedLanguageHasTheSelfCareTextsOfEveryMuscle() throws SQLException {
        Set<String> catalogue = codes("select code from muscles");
        assertThat(codes("select muscle_code from muscle_self_care"))
                .as("English")
                .isEqualTo(catalogue);
        for (HandoutLanguage language : HandoutLanguage.values()) {
            if (language != HandoutLanguage.EN) {
                assertThat(codes("select muscle_code from muscle_self_care_translations where language = '"
                                + language.code() + "'"))
                        .as(language.name())
                        .isEqualTo(catalogue);
            }
        }
    }

    @Test
    void theShippedTranslationsAreWrittenFromTheReviewedEnglishAsJavaDigestsIt() throws SQLException {
        Map<String, String> english = new HashMap<>();
        Map<String, String> translated = new HashMap<>();
        try (Connection c = database.database().dataSource().getConnection();
                Statement statement = c.createStatement();
                ResultSet rs = statement.executeQuery("select s.muscle_code, s.self_pressure, s.pressure_position,"
                        + " s.pressure_tool, s.gentle_pressure, s.frequency, t.english_digest"
                        + " from muscle_self_care s join muscle_self_care_translations t"
                        + " on t.muscle_code = s.muscle_code")) {
            while (rs.next()) {
                english.put(
                        rs.getString(1),
                        new SelfCareText(
                                        rs.getString(2),
                                        BodyPosition.valueOf(rs.getString(3)),
                                        PressureTool.valueOf(rs.getString(4)),
                                        rs.getString(5),
                                        rs.getString(6))
                                .digest());
                translated.put(rs.getString(1), rs.getString(7));
            }
        }
        assertThat(english).hasSize(53);
        assertThat(translated)
                .as("the English each translation was written from")
                .isEqualTo(english);
    }

    /** The texts shipped in sql/ pass the rules an administrator's correction must pass, in every language. */
    @Test
    void everyShippedSelfCareTextPassesTheSheetsSafetyRules() throws SQLException {
        Map<String, String> refused = new java.util.TreeMap<>();
        int checked = 0;
        try (Connection c = database.database().dataSource().getConnection();
                Statement statement = c.createStatement();
                ResultSet rs = statement.executeQuery("select s.muscle_code, 'en', s.self_pressure,"
                        + " s.pressure_position, s.pressure_tool, s.gentle_pressure, s.frequency"
                        + " from muscle_self_care s union all select t.muscle_code, t.language, t.self_pressure,"
                        + " s.pressure_position, s.pressure_tool, t.gentle_pressure, t.frequency"
                        + " from muscle_self_care_translations t join muscle_self_care s"
                        + " on s.muscle_code = t.muscle_code")) {
            while (rs.next()) {
                SelfCareText text = new SelfCareText(
                        rs.getString(3),
                        BodyPosition.valueOf(rs.getString(4)),
                        PressureTool.valueOf(rs.getString(5)),
                        rs.getString(6),
                        rs.getString(7));
                try {
                    SelfCareSafety.require(
                            text, HandoutLanguage.of(rs.getString(2)).orElseThrow());
                } catch (org.knotwork.platform.RuleViolationException e) {
                    refused.put(rs.getString(1) + "/" + rs.getString(2), e.field() + ": " + e.getMessage());
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(53 * HandoutLanguage.values().length);
        assertThat(refused).as("shipped texts the safety rules refuse").isEmpty();
    }

    @Test
    void everyShippedLanguageHasEveryStretchOfTheCatalogueStepForStep() throws SQLException {
        Map<String, Integer> english = stepCounts("select code, steps from muscle_stretches");
        assertThat(english).hasSizeGreaterThan(53);
        for (HandoutLanguage language : HandoutLanguage.values()) {
            if (language != HandoutLanguage.EN) {
                Map<String, Integer> translated =
                        stepCounts("select stretch_code, steps from muscle_stretch_translations where language = '"
                                + language.code() + "'");
                assertThat(translated).as(language.name()).isEqualTo(english);
            }
        }
    }

    /**
     * Spanish speaks to every client as usted and without a gender: one sheet told a pregnant client to exercise
     * "sentada" and then "Siéntese erguido". A word of posture said of the client ("erguido", "sentada", "tumbado",
     * "quieto", "usted mismo") fails here; one agreeing with the noun before it ("la espalda erguida", "el tronco
     * erguido", "la cabeza quieta") describes that, and passes.
     */
    @Test
    void theSpanishTextsSpeakToTheClientWithoutAGender() throws SQLException, IOException {
        Map<String, String> texts = new java.util.TreeMap<>();
        try (Connection c = database.database().dataSource().getConnection();
                Statement statement = c.createStatement();
                ResultSet rs = statement.executeQuery("select muscle_code || ' self-pressure', self_pressure"
                        + " from muscle_self_care_translations where language = 'es'"
                        + " union all select muscle_code || ' gentle', gentle_pressure"
                        + " from muscle_self_care_translations where language = 'es'"
                        + " union all select muscle_code || ' frequency', frequency"
                        + " from muscle_self_care_translations where language = 'es'"
                        + " union all select stretch_code || ' name', name"
                        + " from muscle_stretch_translations where language = 'es'"
                        + " union all select stretch_code || ' steps', steps"
                        + " from muscle_stretch_translations where language = 'es'")) {
            while (rs.next()) {
                texts.put(rs.getString(1), rs.getString(2));
            }
        }
        for (String bundle : List.of("HandoutWording", "HandoutMuscles")) {
            Properties words = new Properties();
            try (InputStream in = HandoutLanguagesTest.class.getResourceAsStream(bundle + "_es.properties")) {
                words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            words.stringPropertyNames().forEach(key -> texts.put(bundle + " " + key, words.getProperty(key)));
        }
        assertThat(texts).hasSizeGreaterThan(300);

        Map<String, String> gendered = new java.util.TreeMap<>();
        texts.forEach((where, text) -> saidOfTheClient(text).ifPresent(word -> gendered.put(where, word)));
        assertThat(gendered).as("Spanish texts that give the client a gender").isEmpty();
    }

    private static final Pattern POSTURE = Pattern.compile(
            "(?iU)(?:\\b(\\p{L}+) (\\p{L}+) )?\\b((?:erguid|sentad|tumbad|acostad|recostad|tendid|echad|arrodillad"
                    + "|agachad|quiet)(o|a|os|as)|usted mism[oa]s?)\\b");

    /** The first posture word in the text said of the client, not agreeing with an article and noun before it. */
    static java.util.Optional<String> saidOfTheClient(String text) {
        Matcher m = POSTURE.matcher(text);
        while (m.find()) {
            String article = m.group(1) == null ? "" : m.group(1).toLowerCase(java.util.Locale.ROOT);
            String ending = m.group(4) == null ? "" : m.group(4).toLowerCase(java.util.Locale.ROOT);
            boolean agrees = switch (article) {
                case "el" -> ending.equals("o");
                case "la" -> ending.equals("a");
                case "los" -> ending.equals("os");
                case "las" -> ending.equals("as");
                default -> false;
            };
            if (!agrees) {
                return java.util.Optional.of(m.group(0));
            }
        }
        return java.util.Optional.empty();
    }

    @Test
    void aPostureWordIsSaidOfTheClientUnlessItAgreesWithTheNounBeforeIt() {
        assertThat(saidOfTheClient("Siéntese erguido y sujete el asiento.")).hasValue("erguido");
        assertThat(saidOfTheClient("haga los ejercicios sentada, de pie")).hasValue("los ejercicios sentada");
        assertThat(saidOfTheClient("No presione este músculo usted mismo.")).isPresent();
        assertThat(saidOfTheClient("Mantenga la espalda erguida y el tronco erguido, con la cabeza quieta."))
                .isEmpty();
    }

    @Test
    void datesAreWrittenInTheSheetsLanguage() {
        LocalDate date = LocalDate.of(2026, 3, 2);
        assertThat(new HandoutWording(HandoutLanguage.EN.locale()).date(date)).isEqualTo("March 2, 2026");
        assertThat(new HandoutWording(HandoutLanguage.ES.locale()).date(date)).isEqualTo("2 de marzo de 2026");
        assertThat(new HandoutWording(HandoutLanguage.ES.locale()).text("title"))
                .isEqualTo("Su plan de cuidados en casa");
    }

    static Map<String, Integer> stepCounts(String sql) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection c = database.database().dataSource().getConnection();
                Statement statement = c.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getString(2).split("\n").length);
            }
        }
        return counts;
    }

    static Set<String> codes(String sql) throws SQLException {
        Set<String> codes = new HashSet<>();
        try (Connection c = database.database().dataSource().getConnection();
                Statement statement = c.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        return codes;
    }
}
