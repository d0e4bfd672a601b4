package org.knotwork.handout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reviewed home-care catalogue as {@code sql/V15__home_care_review.sql} ships it: each stretch's position, and each
 * muscle's self-pressure position and tool, for the pictures to be held against.
 */
record ReviewedCatalogue(Map<String, String> stretchPositions, Map<String, String[]> pressures) {

    private static final String TEXT = "'(?:[^']|'')*'";
    private static final Pattern STRETCH = Pattern.compile("\\('([A-Z0-9_]+)', '[A-Z_]+', " + TEXT + ",\\s*" + TEXT
            + ",\\s*'([A-Z_]+)', (?:true|false), (?:null|'[A-Z]+'), \\d+\\)");
    private static final Pattern PRESSURE =
            Pattern.compile("\\('([A-Z_]+)',\\s*" + TEXT + ",\\s*'([A-Z_]+)', '([A-Z]+)',\\s*" + TEXT);

    static ReviewedCatalogue read() throws IOException {
        String sql = Files.readString(Path.of("..", "sql", "V15__home_care_review.sql"));
        int stretches = sql.indexOf("insert into muscle_stretches");
        Map<String, String> positions = new TreeMap<>();
        Matcher stretch = STRETCH.matcher(sql.substring(stretches));
        while (stretch.find()) {
            positions.put(stretch.group(1), stretch.group(2));
        }
        Map<String, String[]> pressures = new TreeMap<>();
        Matcher pressure = PRESSURE.matcher(sql.substring(0, stretches));
        while (pressure.find()) {
            pressures.put(pressure.group(1), new String[] {pressure.group(2), pressure.group(3)});
        }
        return new ReviewedCatalogue(positions, pressures);
    }
}
