package org.knotwork.web.api.json;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;

/** How messages name a field: {@code points[0].painBefore} is "Pain before". */
public final class FieldNames {

    private static final Pattern LAST_INDEX = Pattern.compile("\\[[^]]*]$");
    private static final Pattern INDEX = Pattern.compile("\\[[^]]*]");

    private FieldNames() {}

    /** The field's last name in words, capitalised: {@code dateOfBirth} → "Date of birth". */
    public static String label(String path) {
        String name = LAST_INDEX.matcher(path).replaceAll("");
        name = INDEX.matcher(name.substring(name.lastIndexOf('.') + 1)).replaceAll("");
        if (name.isEmpty()) {
            return "The value";
        }
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0) {
                words.append(' ').append(Character.toLowerCase(c));
            } else {
                words.append(i == 0 ? Character.toUpperCase(c) : c);
            }
        }
        return words.toString();
    }

    /** A known name the unknown one was probably meant to be (a different case, one or two letters off), or null. */
    static String likely(String unknown, Collection<String> known) {
        String lower = unknown.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = 3;
        for (String name : known) {
            int distance = distance(lower, name.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = name;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2 || a.length() > 60 || b.length() > 60) {
            return Integer.MAX_VALUE;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
