package org.knotwork.handout;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * How a client reads their home-care sheet: in which of the shipped languages and in standard or large print. Part
 * of the client's record; a client with none set gets English in standard print.
 */
@Entity
@Table(name = "client_handout_preferences")
public class HandoutPreferences {

    @Id
    @Column(name = "client_id")
    private UUID clientId;

    @Version
    private int version;

    private String language;

    @Enumerated(EnumType.STRING)
    @Column(name = "print_size")
    private PrintSize printSize;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private UUID updatedBy;

    protected HandoutPreferences() {}

    /** What a client who never chose gets: English, standard print. Not stored. */
    static HandoutPreferences usual(UUID clientId) {
        HandoutPreferences usual = new HandoutPreferences();
        usual.clientId = clientId;
        usual.language = HandoutLanguage.EN.code();
        usual.printSize = PrintSize.STANDARD;
        usual.version = -1;
        return usual;
    }

    static HandoutPreferences chosen(UUID clientId, HandoutLanguage language, PrintSize print, UUID by, Instant now) {
        HandoutPreferences chosen = usual(clientId);
        chosen.version = 0;
        chosen.set(language, print, by, now);
        return chosen;
    }

    /** @return whether the choice changed; the same choice again changes nothing, not even who made it last */
    boolean choose(HandoutLanguage language, PrintSize print, UUID by, Instant now) {
        if (language.code().equals(this.language) && print == printSize) {
            return false;
        }
        set(language, print, by, now);
        return true;
    }

    private void set(HandoutLanguage language, PrintSize print, UUID by, Instant now) {
        this.language = language.code();
        this.printSize = print;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public UUID clientId() {
        return clientId;
    }

    /** The stored version, or -1 while the client has never chosen (nothing stored yet). */
    public int version() {
        return version;
    }

    public HandoutLanguage language() {
        return HandoutLanguage.of(language).orElse(HandoutLanguage.EN);
    }

    public PrintSize printSize() {
        return printSize;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
