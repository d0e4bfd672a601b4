package org.knotwork.handout;

import java.text.DateFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.knotwork.practice.DateRegion;

/**
 * How a sheet writes dates, times and numbers: in its language's words, in the order and clock of the practice's
 * country ({@link DateRegion}). An English sheet in the United Kingdom says "2 March 2026, 14:30", in the United States
 * "March 2, 2026, 2:30 PM", a Spanish one "2 de marzo de 2026, 14:30"; with no country chosen, as the language writes
 * them by itself.
 */
public final class SheetDates {

    /** The day the settings page shows as an example, the handout review's own. */
    public static final LocalDateTime EXAMPLE = LocalDateTime.of(2026, 3, 2, 14, 30);

    /** The language-and-country pairs the JDK has its own data for. */
    private static final Set<Locale> KNOWN =
            Arrays.stream(DateFormat.getAvailableLocales()).collect(Collectors.toUnmodifiableSet());

    private final Locale locale;
    private final DateTimeFormatter date;
    private final DateTimeFormatter weekday;
    private final DateTimeFormatter time;

    SheetDates(Locale language, DateRegion region) {
        this.locale = locale(language, region);
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.weekday = DateTimeFormatter.ofPattern("EEE d", locale);
        this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
    }

    public static SheetDates of(HandoutLanguage language, DateRegion region) {
        return new SheetDates(language.locale(), region);
    }

    /**
     * The language in the country; where the JDK knows no such pair (English in Spain), the language as written
     * across the world ("en-001": day, month, year), else the language alone. Without the middle step an English
     * sheet in Spain or Mexico would fall back to the United States' month-first dates.
     */
    static Locale locale(Locale language, DateRegion region) {
        if (region == null) {
            return language;
        }
        Locale here = new Locale.Builder()
                .setLocale(language)
                .setRegion(region.code())
                .build();
        if (KNOWN.contains(here)) {
            return here;
        }
        Locale world = new Locale.Builder().setLocale(language).setRegion("001").build();
        return KNOWN.contains(world) ? world : language;
    }

    /** The language and country the sheet's dates and numbers are written for. */
    Locale locale() {
        return locale;
    }

    public String date(LocalDate value) {
        return date.format(value);
    }

    /** A day of the week's table, short: "Tue 25". */
    public String weekday(LocalDate value) {
        return weekday.format(value);
    }

    public String dateTime(LocalDateTime value) {
        // The long style with a time asks for a zone name; the appointment is in the clinic's own time.
        return date.format(value.toLocalDate()) + ", " + time.format(value);
    }
}
