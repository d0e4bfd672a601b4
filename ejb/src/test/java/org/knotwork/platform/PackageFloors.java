package org.knotwork.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The floors of the package diagram in docs/architecture.md, read from the diagram itself so that the drawing and the
 * test cannot tell two stories: each {@code └─>} line is a floor, deeper lines lower ones, lines drawn at the same
 * depth the same floor; {@code platform} stands apart.
 */
final class PackageFloors {

    static final String APART = "platform";

    private static final Pattern FLOOR_LINE = Pattern.compile("^(\\s*)└─>\\s*([a-z, ]+?)\\s*\\(");

    private final Map<String, Integer> depthOf;

    private PackageFloors(Map<String, Integer> depthOf) {
        this.depthOf = depthOf;
    }

    /** The floors drawn in the first code block after the "## Packages" heading of the document given. */
    static PackageFloors drawnIn(String architecture) {
        int section = architecture.indexOf("## Packages");
        int start = architecture.indexOf("```", section);
        int end = architecture.indexOf("```", start + 3);
        if (section < 0 || start < 0 || end < 0) {
            throw new IllegalStateException("docs/architecture.md has no package diagram under \"## Packages\"");
        }
        Map<String, Integer> depths = new LinkedHashMap<>();
        for (String line : architecture.substring(start + 3, end).split("\n")) {
            Matcher floor = FLOOR_LINE.matcher(line);
            if (floor.find()) {
                for (String name : floor.group(2).split(",")) {
                    depths.put(name.strip(), floor.group(1).length());
                }
            }
        }
        return new PackageFloors(depths);
    }

    boolean isDrawn(String feature) {
        return depthOf.containsKey(feature) || APART.equals(feature);
    }

    List<String> drawn() {
        return new ArrayList<>(depthOf.keySet());
    }

    /** Whether code in {@code from} may import {@code to}: only a lower floor, or the platform that stands apart. */
    boolean mayImport(String from, String to) {
        if (from.equals(to) || APART.equals(to)) {
            return true;
        }
        if (APART.equals(from) || !depthOf.containsKey(from) || !depthOf.containsKey(to)) {
            return false;
        }
        return depthOf.get(to) > depthOf.get(from);
    }
}
