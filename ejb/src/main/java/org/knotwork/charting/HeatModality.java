package org.knotwork.charting;

/** What gave the gentle heat. */
public enum HeatModality {
    HEAT_PACK,
    WHEAT_BAG,
    HOT_WATER_BOTTLE,
    OTHER
}
