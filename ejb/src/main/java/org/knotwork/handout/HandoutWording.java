package org.knotwork.handout;

import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.knotwork.bodymap.MusclePart;
import org.knotwork.bodymap.Side;
import org.knotwork.charting.HeatModality;
import org.knotwork.client.Contraindication;
import org.knotwork.practice.DateRegion;

/**
 * The handout's words, from {@code HandoutWording.properties} (English, complete) or a clinic's translation of it
 * beside it. Every text of the PDF except the self-care texts, which are data, comes from here.
 */
final class HandoutWording {

    private static final String BUNDLE = "org.knotwork.handout.HandoutWording";
    private static final String MUSCLES = "org.knotwork.handout.HandoutMuscles";

    private final ResourceBundle bundle;
    private final ResourceBundle muscles;
    private final Locale locale;
    private final SheetDates dates;

    /** Texts without arguments, formatted once: most of a handout's words, and parsing each again was 4 % of it. */
    private final Map<String, String> withoutArguments = new ConcurrentHashMap<>();

    private final Map<String, ParsedWording> patterns = new ConcurrentHashMap<>();

    /**
     * A wording's parsed pattern, with the number format its plain arguments are shown in and the formats its pattern
     * names per argument (none, in the shipped bundles). An argument named with a format in one place must be in all:
     * a plain number is shown as text first unless its last place names one ({@code HandoutWordingTest} refuses a mix).
     * Not safe for two threads at once, hence the lock.
     */
    private record ParsedWording(MessageFormat message, NumberFormat numbers, Format[] named) {}

    HandoutWording(Locale requested) {
        this(requested, null);
    }

    /** The words of a language, with dates and numbers as written in {@code region} (null: as the language does). */
    HandoutWording(Locale requested, DateRegion region) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, requested, NO_FALLBACK);
        this.muscles = ResourceBundle.getBundle(MUSCLES, bundle.getLocale(), NO_FALLBACK);
        // Dates in the language of the words found: a server in German without a German bundle prints English.
        this.locale = bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
        this.dates = new SheetDates(locale, region);
    }

    /** The English wording that ships with Knotwork. */
    static HandoutWording english() {
        return new HandoutWording(Locale.ENGLISH);
    }

    /** Translations fall back to the English base bundle, never to the server's own language. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    String text(String key, Object... args) {
        if (args.length == 0) {
            return withoutArguments.computeIfAbsent(key, this::format);
        }
        return format(key, args);
    }

    private String format(String key, Object... args) {
        // A MessageFormat parses its pattern (5 % of a sheet when made per text) and asks the locale for a new number
        // format for every number it shows without a format of its own (2 %). One of each is kept per key, and a plain
        // number is shown with it before the pattern sees it: the same format MessageFormat would have made.
        ParsedWording pattern = patterns.computeIfAbsent(key, this::parse);
        synchronized (pattern) {
            Object[] shown = args;
            for (int i = 0; i < args.length; i++) {
                if (args[i] instanceof Number number && (i >= pattern.named().length || pattern.named()[i] == null)) {
                    if (shown == args) {
                        shown = args.clone();
                    }
                    shown[i] = pattern.numbers().format(number);
                }
            }
            return pattern.message().format(shown);
        }
    }

    private ParsedWording parse(String key) {
        MessageFormat message = new MessageFormat(bundle.getString(key), dates.locale());
        return new ParsedWording(
                message, NumberFormat.getInstance(dates.locale()), message.getFormatsByArgumentIndex());
    }

    /**
     * The language the words are in: the requested one when a translation ships, English otherwise. The PDF names it
     * as the sheet's language; the country of its dates is not part of it.
     */
    Locale locale() {
        return locale;
    }

    /**
     * A muscle as the client reads it: its name in this language beside where it is in plain words, "Upper
     * trapezius — top of the shoulder". {@code catalogueName} is the catalogue's (English) name, used when this
     * language does not name the muscle itself.
     */
    String muscle(String code, String catalogueName) {
        return withoutArguments.computeIfAbsent("muscle:" + code, key -> {
            String name = muscles.containsKey(code + ".name") ? muscles.getString(code + ".name") : catalogueName;
            return format("muscle.named", name, muscles.getString(code + ".lay"));
        });
    }

    /** Where a muscle is, in plain words ("top of the shoulder"). */
    String layName(String code) {
        return muscles.getString(code + ".lay");
    }

    String date(LocalDate value) {
        return dates.date(value);
    }

    /** A day of the week's table, short: "Tue 25". */
    String weekday(LocalDate value) {
        return dates.weekday(value);
    }

    String dateTime(LocalDateTime value) {
        return dates.dateTime(value);
    }

    /**
     * The muscle's name with the part of it a line is about, where the sheet treats it in more than one part ("Deltoid
     * — cap of the shoulder, front part"), else its name alone.
     */
    String muscle(HandoutContent content, String code, String catalogueName, MusclePart part) {
        String named = muscle(code, catalogueName);
        return content.inParts(code) ? format("muscle.part", named, text("part." + part.name())) : named;
    }

    /** How the sheet labels treated points: "point 4", "points 1, 2". */
    String points(java.util.List<Integer> numbers) {
        String joined = numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return text(numbers.size() == 1 ? "muscle.points" : "muscle.points.many", joined);
    }

    String side(Side side) {
        return text("side." + side.name());
    }

    String sides(Set<Side> sides) {
        if (sides.contains(Side.LEFT) && sides.contains(Side.RIGHT)) {
            return text("side.both");
        }
        return sides.stream().map(this::side).collect(Collectors.joining(", "));
    }

    String modality(HeatModality modality) {
        return text("heat.modality." + (modality == null || modality == HeatModality.OTHER ? "ANY" : modality.name()));
    }

    String precaution(Contraindication contraindication) {
        return precaution(contraindication, null);
    }

    /** A precaution of the safety box; a dated recent injury's says the day before which nothing goes on it. */
    String precaution(Contraindication contraindication, LocalDate traumaNotBefore) {
        return contraindication == Contraindication.RECENT_TRAUMA && traumaNotBefore != null
                ? text("safety.RECENT_TRAUMA.notBefore", date(traumaNotBefore))
                : text("safety." + contraindication.name());
    }
}
