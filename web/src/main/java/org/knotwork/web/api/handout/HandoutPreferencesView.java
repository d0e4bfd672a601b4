package org.knotwork.web.api.handout;

import java.util.Arrays;
import java.util.List;
import org.knotwork.handout.HandoutLanguage;
import org.knotwork.handout.HandoutPreferences;

/** A client's sheet preferences, with the languages the sheet ships in to choose from. */
public record HandoutPreferencesView(String language, String printSize, long version, List<String> languages) {

    static HandoutPreferencesView of(HandoutPreferences chosen) {
        return new HandoutPreferencesView(
                chosen.language().code(),
                chosen.printSize().name(),
                chosen.version(),
                Arrays.stream(HandoutLanguage.values())
                        .map(HandoutLanguage::code)
                        .toList());
    }
}
