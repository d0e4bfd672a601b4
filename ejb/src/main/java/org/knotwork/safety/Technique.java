package org.knotwork.safety;

/** What is done: in the session (compression, stretch, heat, the client's position), or on the home-care sheet. */
public enum Technique {
    COMPRESSION("compression"),
    STRETCH("stretch"),
    HEAT("heat"),
    POSITION("position"),
    /** The session as a whole, whatever is done in it. */
    SESSION("any session"),
    /** The client pressing a point themselves at home. */
    SELF_PRESSURE("self-pressure");

    private final String words;

    Technique(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
