package org.knotwork.practice;

/**
 * Units of pressure-pain threshold that algometers show. The practice reads and enters pressures in one of them;
 * Knotwork stores kPa and converts.
 */
public enum PressureUnit {
    KPA("kPa", 1.0),
    /** Kilogram-force per square centimetre, the scale of most mechanical algometers. */
    KGF_CM2("kgf/cm²", 98.0665),
    N_CM2("N/cm²", 10.0);

    private final String symbol;
    private final double kpaPerUnit;

    PressureUnit(String symbol, double kpaPerUnit) {
        this.symbol = symbol;
        this.kpaPerUnit = kpaPerUnit;
    }

    public double toKpa(double value) {
        return value * kpaPerUnit;
    }

    public double fromKpa(double kpa) {
        return kpa / kpaPerUnit;
    }

    public String symbol() {
        return symbol;
    }
}
