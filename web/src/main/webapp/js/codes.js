// The coded lists the pages show, with their words, as the server serves them from their one home in Java
// (GET /api/codes): body regions and pressure units. Read once per page load.
import {api} from "./api.js";

let loading = null;

export function codes() {
    loading ??= api.get("codes").catch(problem => {
        loading = null;
        throw problem;
    });
    return loading;
}

/** [code, label] pairs of the body regions, in the catalogue's order. */
export async function regionChoices() {
    return (await codes()).regions.map(r => [r.code, r.label]);
}

export async function regionLabel(code) {
    return (await codes()).regions.find(r => r.code === code)?.label ?? code;
}
