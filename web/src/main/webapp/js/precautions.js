// Precautions that shape the session form before anything is typed. The rules are the server's: the form asks its
// preview whether heat, given in the protocol's own bounds after a stretch, would be a deviation on each point for
// this client (impaired sensation, neuropathy, …); where it would, heat starts off with the server's reason.
import {api} from "./api.js";

let protocol = null;

function probe(point, minutes) {
    return {triggerPointId: point.id, episodes: [
        {kind: "COMPRESSION", pressureLevel: 0, holdSeconds: 1, repetitions: 1, discomfort: 0},
        {kind: "STRETCH", stretch: "probe", holdSeconds: 1, repetitions: 1, breathingCoordinated: true, forced: false},
        {kind: "HEAT", modality: "HEAT_PACK", minutes, skinChecked: true}]};
}

/** Per point id, why heat starts off there ({title, explanation}); points without an entry may start with heat. */
export async function heatPrecautions(clientId, points) {
    if (!points.length) return new Map();
    protocol ??= await api.get("protocol");
    const minutes = protocol.heatMinutes.min;
    const preview = await api.post(`clients/${clientId}/notes/preview`, {sessionAt: new Date().toISOString(),
        points: points.map(p => probe(p, minutes)), reasons: {}});
    const found = new Map();
    for (const d of preview.deviations.filter(flag => flag.episodeIndex === 2)) {
        found.set(d.triggerPointId, {title: d.title.toLowerCase(), explanation: d.explanation});
    }
    return found;
}
