// The dosage a therapist last used, remembered per user in this browser, so a new point starts from it.
import {currentUser} from "./app.js";

const FIRST = {
    compression: {pressureLevel: 3, holdSeconds: 60, repetitions: 2, discomfort: 2, releaseReason: "TISSUE_RELEASED"},
    stretch: {stretch: "Slow passive stretch", holdSeconds: 30, repetitions: 3, breathingCoordinated: true, forced: false},
    heat: {modality: "HEAT_PACK", minutes: 8, skinChecked: true}
};

const key = () => `knotwork.defaults.${currentUser().username}`;

export function lastDosage() {
    try {
        const saved = JSON.parse(localStorage.getItem(key()) ?? "null");
        return structuredClone(saved ?? FIRST);
    } catch {
        return structuredClone(FIRST);
    }
}

export function rememberDosage(point) {
    localStorage.setItem(key(), JSON.stringify({
        compression: point.compression, stretch: point.stretch, heat: point.heat
    }));
}
