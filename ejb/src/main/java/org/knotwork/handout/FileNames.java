package org.knotwork.handout;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** A handout's file name: what it is, for whom, from when; ASCII letters, digits and dashes only. */
final class FileNames {

    private FileNames() {}

    static String of(HandoutContent content, PaperSize paper) {
        return of(content, SheetFormat.usual(paper));
    }

    /** English standard print on A4 has no suffix; anything else says so: "-letter", "-large", "-es". */
    static String of(HandoutContent content, SheetFormat format) {
        String name = "home-care-" + ascii(content.clientName()) + "-" + content.sessionDate();
        return name + (content.preview() ? "-preview" : "") + (format.paper() == PaperSize.LETTER ? "-letter" : "")
                + (format.print() == PrintSize.LARGE ? "-large" : "")
                + (format.language() == HandoutLanguage.EN
                        ? ""
                        : "-" + format.language().code()) + ".pdf";
    }

    /**
     * Letters that lose nothing but their accents are written without them by Unicode's decomposition; these are
     * letters of their own, written here in the usual English spelling (BGN/PCGN and ELOT 743, simplified), so that
     * "Łukasiewicz", "Đức", "Øster", "Παπαδοπούλου" and "Шевченко" keep a recognisable name instead of losing letters.
     */
    private static final Map<Character, String> SPELLED = spelled("ŁLłlĐDđdØOøoÆAEæaeŒOEœoeßssÞThþthÐDðdĦHħhıiŊNŋn"
            + "ΑAΒVΓGΔDΕEΖZΗIΘThΙIΚKΛLΜMΝNΞXΟOΠPΡRΣSςsΤTΥYΦFΧChΨPsΩO"
            + "АAБBВVГGҐGДDЕEЄYeЖZhЗZИIІIКKЛLМMНNОOПPРRСSТTУUФFХKhЦTsЧChШShЩShchЪ ЫYЬ ЭEЮYuЯYa");

    /** "Zoë O'Brien-Núñez" becomes "Zoe-OBrien-Nunez": accents dropped, anything else not a letter or digit a dash. */
    static String ascii(String text) {
        String plain = spell(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("\\p{M}+", "");
        String safe = plain.replaceAll("['\u2019]", "")
                .replaceAll("[^A-Za-z0-9]+", "-")
                .replaceAll("(^-+)|(-+$)", "");
        return safe.isEmpty() ? "client" : safe;
    }

    private static String spell(String written) {
        // Greek writes the sound "u" as two letters, spelled as one: Παπαδοπούλου, Papadopoulou. Й and Ї come
        // decomposed (И and І with a breve or diaeresis), and are spelled as letters of their own.
        String text = written.replace("ΟΥ", "OU")
                .replace("Ου", "Ou")
                .replace("ου", "ou")
                .replace("И\u0306", "Y")
                .replace("и\u0306", "y")
                .replace("І\u0308", "Yi")
                .replace("і\u0308", "yi");
        StringBuilder spelled = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String latin = SPELLED.get(c);
            if (latin == null && SPELLED.containsKey(Character.toUpperCase(c))) {
                latin = SPELLED.get(Character.toUpperCase(c)).toLowerCase(Locale.ROOT);
            }
            spelled.append(latin == null ? String.valueOf(c) : latin);
        }
        return spelled.toString();
    }

    /** Each letter of {@code table} followed by its spelling: capitals, then any further lower-case letters. */
    private static Map<Character, String> spelled(String table) {
        Map<Character, String> map = new HashMap<>();
        int i = 0;
        while (i < table.length()) {
            char letter = table.charAt(i++);
            int end = i;
            while (end < table.length() && isSpelling(table.charAt(end))) {
                end++;
            }
            map.put(letter, table.substring(i, end).strip());
            i = end;
        }
        return Map.copyOf(map);
    }

    private static boolean isSpelling(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == ' ';
    }
}
