// Precautions that shape the session form before anything is typed. The rule itself is the server's: a heat
// episode that the protocol would flag for this client's contraindications alone starts off, with the reason.
import {deviations} from "./protocol.js";

const PROBE = [{episodes: [{kind: "COMPRESSION", pressureLevel: 0, holdSeconds: 1, repetitions: 1, discomfort: 0},
    {kind: "STRETCH", stretch: "probe", holdSeconds: 1, repetitions: 1, breathingCoordinated: true, forced: false},
    {kind: "HEAT", modality: "HEAT_PACK", skinChecked: true}]}];

/** Why heat starts off for this client ({title, explanation}), or null when it may start on. */
export function heatPrecaution(client, threshold) {
    const policy = {threshold, kpaPerUnit: 1, contraindications: client.contraindications.map(c => c.code)};
    const found = deviations(PROBE, policy).find(d => d.key.startsWith("3:"));
    if (!found) return null;
    const labels = client.contraindications.map(c => c.label).join("; ");
    return {title: found.title.toLowerCase(), explanation: `This client's record notes: ${labels}.`};
}
