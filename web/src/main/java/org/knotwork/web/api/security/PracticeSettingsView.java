package org.knotwork.web.api.security;

import org.knotwork.practice.PracticeSettings;

/**
 * The practice's settings and handout letterhead, with the version to send back when changing them. {@code dateRegion}
 * is the code of the country whose way of writing dates the handouts follow, or null for the sheet's language's own.
 */
public record PracticeSettingsView(
        long version,
        boolean ownClientsOnly,
        int compressionDiscomfortThreshold,
        String pressureUnit,
        String pressureUnitSymbol,
        String dateRegion,
        String practiceName,
        String practiceContact,
        String contactPhone) {

    static PracticeSettingsView of(PracticeSettings settings) {
        return new PracticeSettingsView(
                settings.version(),
                settings.ownClientsOnly(),
                settings.compressionDiscomfortThreshold(),
                settings.pressureUnit().name(),
                settings.pressureUnit().symbol(),
                settings.dateRegion() == null ? null : settings.dateRegion().code(),
                settings.practiceName(),
                settings.practiceContact(),
                settings.contactPhone());
    }
}
