// The coded lists the pages show, with their words, as the server serves them from their one home in Java
// (GET /api/codes): body regions, pressure units, body positions, self-pressure tools, the handout's languages and
// print sizes, release reasons and heat modalities. Read once per page load.
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

/** {code: label} of one of the served lists, in the server's order: labels("positions"). */
export async function labels(list) {
    const served = (await codes())[list];
    if (!served) throw new Error(`The server serves no coded list "${list}".`);
    return Object.fromEntries(served.map(item => [item.code, item.label]));
}

/** Several lists at once: wordsFor("positions", "heatModalities") → {positions: {...}, heatModalities: {...}}. */
export async function wordsFor(...lists) {
    return Object.fromEntries(await Promise.all(lists.map(async list => [list, await labels(list)])));
}

export async function regionLabel(code) {
    return (await codes()).regions.find(r => r.code === code)?.label ?? code;
}
