package org.knotwork.web.api.handout;

/** A client's sheet preferences as sent: {"language":"es","printSize":"LARGE","version":-1} (or If-Match). */
public class HandoutPreferencesForm {

    public String language;

    public String printSize;

    public Long version;
}
