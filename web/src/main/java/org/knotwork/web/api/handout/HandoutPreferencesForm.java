package org.knotwork.web.api.handout;

import org.knotwork.web.api.json.JsonForm;

/**
 * A client's sheet preferences as sent: {"language":"es","printSize":"LARGE","version":-1} (or If-Match); a choice
 * left out keeps the current one.
 */
public class HandoutPreferencesForm extends JsonForm {

    public String language;

    public String printSize;

    public Long version;
}
