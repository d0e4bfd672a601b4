// The coded lists the pages show, with their words, as the server serves them from their one home in Java
// (GET /api/codes): body regions, pressure units, body positions, self-pressure tools, the handout's languages, the
// countries whose dates it may follow (with example dates) and print sizes, release reasons and heat modalities; a
// point's side, view and status, the diagnostic criteria and their findings, a note's status, an episode's kind and
// the roles. Read once per page load: app.js asks for them as soon as the user is signed in, and a page that asks for
// a word synchronously (word, wordsNow, and dom.js's sideName and statusName) while it is built awaits codes()
// together with its own data, so neither waits for the other.
import {api} from "./api.js";

let loading = null;
let served = null;

export function codes() {
    loading ??= api.get("codes").then(answer => served = answer, problem => {
        loading = null;
        throw problem;
    });
    return loading;
}

/**
 * The words for a code of a served list, once the codes are loaded: word("views", "ANTERIOR") is its label,
 * word("sides", "LEFT", "words") the side within a sentence. The code itself if the list was not loaded or does not
 * have it, so a page still says something true.
 */
export function word(list, code, wording = "label") {
    return served?.[list]?.find(item => item.code === code)?.[wording] ?? code;
}

/** A single value the codes carry (midlineHalfWidth), once they are loaded; undefined before. */
export function valueNow(name) {
    return served?.[name];
}

/** {code: words} of a served list, in the server's order, once the codes are loaded: wordsNow("findings"). */
export function wordsNow(list, wording = "label") {
    return Object.fromEntries((served?.[list] ?? []).map(item => [item.code, item[wording]]));
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
