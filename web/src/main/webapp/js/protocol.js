// A preview of the protocol deviations the server will find, so they show as the therapist types. The server stays
// the authority: it checks again on every save, and the saved draft's deviations are the ones that count.
// Mirrors ejb charting: CompressionEpisode, StretchEpisode, HeatEpisode, ProtocolReview, ProtocolPolicy.

export const HEAT_MIN = 5;
export const HEAT_MAX = 10;
const FIRM_LEVEL = 5;
const FIRM_KPA = 294;

export const TITLES = {
    PAINFUL_COMPRESSION: "Compression was painful",
    FORCED_STRETCH: "Stretch was forced",
    HEAT_OUT_OF_RANGE: "Heat outside 5–10 minutes",
    HEAT_BEFORE_STRETCH: "Heat before the stretch",
    HEAT_WITHOUT_STRETCH: "Heat without a stretch",
    HEAT_WITH_IMPAIRED_SENSATION: "Heat on a client with impaired sensation",
    FIRM_COMPRESSION_ON_ANTICOAGULANTS: "Firm compression on a client taking anticoagulants"
};

/**
 * Deviations of a session: {key, type, title, pointIndex, detail}; {@code points} are the treated points, each with
 * its episodes in order ({kind, ...}); {@code policy} {threshold, contraindications (codes), kpaPerUnit}.
 */
export function deviations(points, policy) {
    const found = [];
    const impaired = policy.contraindications.some(c => c === "IMPAIRED_SENSATION" || c === "DIABETIC_NEUROPATHY");
    const anticoagulated = policy.contraindications.includes("ANTICOAGULANTS");
    let seq = 0;
    points.forEach((point, pointIndex) => {
        let stretched = false;
        const anyStretch = point.episodes.some(e => e.kind === "STRETCH");
        for (const e of point.episodes) {
            seq++;
            const add = (type, detail) => found.push({key: `${seq}:${type}`, type, title: TITLES[type], pointIndex, detail});
            if (e.kind === "COMPRESSION") {
                if (e.discomfort !== null && e.discomfort > policy.threshold) {
                    add("PAINFUL_COMPRESSION", `discomfort ${e.discomfort}/10, above the practice's ${policy.threshold}/10`);
                }
                const kpa = e.pressure?.value == null ? null : e.pressure.value * policy.kpaPerUnit;
                if (anticoagulated && ((e.pressureLevel ?? 0) >= FIRM_LEVEL || (kpa ?? 0) >= FIRM_KPA)) {
                    add("FIRM_COMPRESSION_ON_ANTICOAGULANTS", "firm pressure on a client taking anticoagulants");
                }
            } else if (e.kind === "STRETCH") {
                stretched = true;
                if (e.forced) add("FORCED_STRETCH", "the stretch was forced");
            } else {
                if (e.minutes !== null && (e.minutes < HEAT_MIN || e.minutes > HEAT_MAX)) {
                    add("HEAT_OUT_OF_RANGE", `${e.minutes} minutes`);
                }
                if (impaired) add("HEAT_WITH_IMPAIRED_SENSATION", "the client's sensation is impaired");
                if (!stretched) add(anyStretch ? "HEAT_BEFORE_STRETCH" : "HEAT_WITHOUT_STRETCH",
                    anyStretch ? "heat came before the stretch" : "no stretch on this point");
            }
        }
    });
    return found;
}

/** kPa in one of the practice's units (security PressureUnit). */
export const KPA_PER_UNIT = {KPA: 1, KGF_CM2: 98.0665, N_CM2: 10};
export const UNIT_SYMBOL = {KPA: "kPa", KGF_CM2: "kgf/cm²", N_CM2: "N/cm²"};
