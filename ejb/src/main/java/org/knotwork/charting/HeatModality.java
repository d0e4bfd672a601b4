package org.knotwork.charting;

/** What gave the gentle heat. */
public enum HeatModality {
    HEAT_PACK("Heat pack"),
    WHEAT_BAG("Wheat bag"),
    HOT_WATER_BOTTLE("Hot-water bottle"),
    OTHER("Other");

    private final String label;

    HeatModality(String label) {
        this.label = label;
    }

    /** The source of heat as the session form and the note name it. */
    public String label() {
        return label;
    }
}
