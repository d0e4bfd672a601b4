package org.knotwork.handout;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.knotwork.handout.SelfCareText.Wording;
import org.knotwork.platform.RuleViolationException;
import org.knotwork.safety.Dosage;
import org.knotwork.safety.Range;

/**
 * What an administrator may write in a muscle's self-care texts, in each shipped language, since the sheet prints
 * them verbatim: no dose outside the home self-pressure range (the sheet prints the therapist's dose beside them), no
 * pressing through pain, and a gentle version with no tool, no body weight and no firm pressure. The words it reads
 * are each language's {@code SelfCareSafety} bundle; docs/safety-rules.md lists them.
 */
final class SelfCareSafety {

    private static final String BUNDLE = "org.knotwork.handout.SelfCareSafety";

    /** The keys every language's bundle has, each a list separated by |. */
    static final List<String> KEYS = List.of(
            "seconds",
            "minutes",
            "hours",
            "times",
            "numbers",
            "joins",
            "perDay",
            "painThrough",
            "tools",
            "bodyWeight",
            "firm",
            "negations",
            "articles");

    private static final Map<HandoutLanguage, SelfCareSafety> BY_LANGUAGE = new EnumMap<>(HandoutLanguage.class);

    private static final Range HOLD = Dosage.HOME_PRESSURE_SECONDS;
    private static final Range TIMES = Dosage.HOME_PRESSURE_REPETITIONS;

    private final Map<String, Integer> numbers;
    private final Pattern dose;
    private final Pattern perDay;
    private final Pattern painThrough;
    private final Pattern tools;
    private final Pattern bodyWeight;
    private final Pattern firm;
    private final Pattern negated;

    static {
        for (HandoutLanguage language : HandoutLanguage.values()) {
            BY_LANGUAGE.put(language, new SelfCareSafety(language));
        }
    }

    private SelfCareSafety(HandoutLanguage language) {
        ResourceBundle words = ResourceBundle.getBundle(
                BUNDLE,
                language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        numbers = Arrays.stream(words.getString("numbers").split("\\|"))
                .map(pair -> pair.split("="))
                .collect(Collectors.toMap(pair -> spelled(pair[0]), pair -> Integer.valueOf(pair[1].strip())));
        String number =
                "(\\d+(?:[.,]\\d+)?|(?:" + alternatives(String.join("|", numbers.keySet())) + ")(?![\\p{L}\\p{N}]))";
        String join = "(?:\\s*[-\u2013\u2014]\\s*|\\s+(?:" + alternatives(words.getString("joins")) + ")\\s+)";
        dose = Pattern.compile("(?<![\\p{L}\\p{N}.,])" + number + "(?:" + join + number + ")?\\s*(?:"
                + "(?<seconds>" + alternatives(words.getString("seconds")) + ")"
                + "|(?<minutes>" + alternatives(words.getString("minutes")) + ")"
                + "|(?<hours>" + alternatives(words.getString("hours")) + ")"
                + "|(?<times>" + alternatives(words.getString("times")) + "))(?![\\p{L}\\p{N}])");
        perDay = phrases(words.getString("perDay"), "^[\\s,]*");
        painThrough = phrases(words.getString("painThrough"), "");
        tools = phrases(words.getString("tools"), "");
        bodyWeight = phrases(words.getString("bodyWeight"), "");
        firm = phrases(words.getString("firm"), "");
        negated = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives(words.getString("negations"))
                + ")[^\\p{L}\\p{N}]+(?:(?:" + alternatives(words.getString("articles"))
                + ")[^\\p{L}\\p{N}]+)?$");
    }

    /** Refuses texts a client could be hurt by, naming the first text at fault and quoting its words. */
    static void require(SelfCareText text, HandoutLanguage language) {
        SelfCareSafety rules = BY_LANGUAGE.get(language);
        for (Wording wording : Wording.values()) {
            List<String> faults = rules.faults(wording, text);
            if (!faults.isEmpty()) {
                throw new RuleViolationException(
                        wording.field(),
                        wording.label() + " cannot go on a client's sheet as written: " + String.join("; ", faults)
                                + ".");
            }
        }
    }

    private List<String> faults(Wording wording, SelfCareText text) {
        String original = wording.of(text);
        String plain = plain(original);
        List<String> faults = new ArrayList<>();
        Set<String> outside = doses(original, plain);
        if (!outside.isEmpty()) {
            faults.add(quoted(outside) + (outside.size() == 1 ? " is" : " are")
                    + " outside the home dose: self-pressure at home is held " + HOLD.min() + " to " + HOLD.max()
                    + " seconds, " + TIMES.min() + " to " + TIMES.max() + " times (the sheet prints the therapist's"
                    + " dose beside this text)");
        }
        found(
                painThrough,
                original,
                plain,
                faults,
                " tells the client to press through pain or with all their force:"
                        + " home pressure stays below the point where it hurts");
        if (wording == Wording.GENTLE_PRESSURE) {
            unsaid(tools, original, plain, faults, " is not for the gentle version, which is fingertips only");
            unsaid(bodyWeight, original, plain, faults, " is not for the gentle version: no body weight");
            unsaid(firm, original, plain, faults, " is not for the gentle version: light pressure only");
        } else if (wording == Wording.SELF_PRESSURE && text.pressureTool() == PressureTool.HAND) {
            found(
                    tools,
                    original,
                    plain,
                    faults,
                    " names a tool, but the self-pressure is set to the hand (set it to"
                            + " a ball, so that clients who must not use one get the gentle version)");
            found(
                    bodyWeight,
                    original,
                    plain,
                    faults,
                    " uses the body's weight, but the self-pressure is set to the"
                            + " hand (set it to a ball, so that clients who must not get the gentle version)");
        }
        return faults;
    }

    /** The doses written in a text that lie outside the home range, as written. */
    private Set<String> doses(String original, String plain) {
        Set<String> outside = new LinkedHashSet<>();
        Matcher m = dose.matcher(plain);
        while (m.find()) {
            boolean times = m.group("times") != null;
            if (times && perDay.matcher(plain).region(m.end(), plain.length()).lookingAt()) {
                continue;
            }
            Range range = times ? TIMES : HOLD;
            double unit = times || m.group("seconds") != null ? 1 : m.group("minutes") != null ? 60 : 3600;
            if (!within(m.group(1), unit, range) || !within(m.group(2), unit, range)) {
                outside.add(original.substring(m.start(), m.end()));
            }
        }
        return outside;
    }

    /** Whether a number as written ("5", "1,5", "five"), in this unit, is within the range; none written is. */
    private boolean within(String written, double unit, Range range) {
        if (written == null) {
            return true;
        }
        Integer spelled = numbers.get(spelled(written));
        double value = spelled != null ? spelled : Double.parseDouble(written.replace(',', '.'));
        return value * unit >= range.min() && value * unit <= range.max();
    }

    /** A number in words as the table holds it: "forty five" for "Forty-five". */
    private static String spelled(String words) {
        return String.join(" ", plain(words).strip().split("[^\\p{L}\\p{N}]+"));
    }

    private static void found(Pattern words, String original, String plain, List<String> faults, String why) {
        found(words, original, plain, faults, why, null);
    }

    /**
     * Like {@link #found}, except where the words are said not to be used: "never hard on the ribs", "without a
     * ball" warn rather than instruct. Only the word just before counts, so "press hard, not softly" is still found.
     */
    private void unsaid(Pattern words, String original, String plain, List<String> faults, String why) {
        found(words, original, plain, faults, why, negated);
    }

    private static void found(
            Pattern words, String original, String plain, List<String> faults, String why, Pattern negated) {
        Set<String> seen = new LinkedHashSet<>();
        Matcher m = words.matcher(plain);
        while (m.find()) {
            if (negated == null
                    || !negated.matcher(plain)
                            .region(Math.max(0, m.start() - 40), m.start())
                            .useTransparentBounds(true)
                            .find()) {
                seen.add(original.substring(m.start(), m.end()));
            }
        }
        if (!seen.isEmpty()) {
            faults.add(quoted(seen) + why);
        }
    }

    private static String quoted(Set<String> words) {
        return words.stream().map(w -> "\u201c" + w + "\u201d").collect(Collectors.joining(", "));
    }

    /** Phrases matched as whole words, ignoring case, accents and the punctuation between words. */
    private static Pattern phrases(String list, String before) {
        return Pattern.compile(before + "(?<![\\p{L}\\p{N}])(?:" + alternatives(list) + ")(?![\\p{L}\\p{N}])");
    }

    /** The list's entries as one alternation, the longest first so that "seconds" is read before "s". */
    private static String alternatives(String list) {
        return Arrays.stream(list.split("\\|"))
                .map(SelfCareSafety::plain)
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(entry -> Arrays.stream(entry.split("[^\\p{L}\\p{N}]+"))
                        .map(Pattern::quote)
                        .collect(Collectors.joining("[^\\p{L}\\p{N}]+")))
                .collect(Collectors.joining("|"));
    }

    /** Lower case without accents, one character for one, so that a match's place is its place in the original. */
    private static String plain(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String decomposed = Normalizer.normalize(String.valueOf(text.charAt(i)), Normalizer.Form.NFD);
            plain.append(Character.toLowerCase(decomposed.charAt(0)));
        }
        return plain.toString();
    }
}
