// A client's chart: the body map with their trigger points, the selected point's referred-pain zone (and, for a
// therapist, its correction), the session history with each note's handout, and their progress as charts.
import {api} from "./api.js";
import {h, date, dateTime, sideName, statusName} from "./dom.js";
import {bodyMap, prepareFigures} from "./bodymap.js";
import {precautionsBanner} from "./clients.js";
import {progressSection} from "./progress.js";
import {currentUser, go} from "./app.js";
import {handoutLink} from "./handout.js";
import {pointEditor} from "./pointedit.js";
import {criteriaNames} from "./criteria.js";
import {codes, word} from "./codes.js";
import {promSection} from "./proms.js";
import {carersSection} from "./carers.js";

export function clientTitle(client, ...actions) {
    const born = client.dateOfBirth ? `born ${date(client.dateOfBirth)}` : "";
    return h("div", {class: "title-row"},
        h("div", {},
            h("p", {class: "crumbs"}, h("a", {href: "#/clients"}, "Clients"), " / "),
            h("h1", {}, `${client.givenName} ${client.familyName}`),
            h("p", {class: "muted"}, [born, client.mainComplaint].filter(Boolean).join(" · "))),
        h("div", {class: "actions"}, actions));
}

export function clientHeader(client, ...actions) {
    return [clientTitle(client, ...actions), precautionsBanner(client)];
}

export async function chartPage(clientId) {
    const loaded = Promise.all([api.get(`clients/${clientId}/chart`), codes()]);
    // The sections under the chart ask for their data in the same round trip as the chart, and build themselves as
    // their answers come, before the page is shown: the page is then laid out once, not again for each section.
    // The body map's outlines are drawn while the answers travel, so the task that builds the page stays short.
    const {progress, proms, carers, placeCarers} = sections(clientId);
    setTimeout(prepareFigures);
    const [chart] = await loaded;
    const therapist = currentUser().roles.includes("THERAPIST");
    const detail = h("div", {class: "point-detail", "aria-live": "polite"});
    let selected = null;
    const mapHolder = h("div");
    function select(point) {
        selected = point.id;
        mapHolder.replaceChildren(drawMap());
        detail.replaceChildren(...pointDetail(point).filter(Boolean));
        if (therapist) {
            detail.append(h("button", {type: "button", class: "quiet", id: "correct-point", onclick: () =>
                detail.replaceChildren(pointEditor({point, onDone: () => go(`#/clients/${clientId}`)}))},
            "Correct this point…"));
        }
        detail.querySelector("h3").setAttribute("tabindex", "-1");
        detail.querySelector("h3").focus();
    }
    const drawMap = () => bodyMap({points: chart.points, selectedId: selected, onSelect: select});
    mapHolder.append(drawMap());
    detail.append(h("p", {class: "muted"}, chart.points.length
        ? "Select a point on the map or in the list to see the pain its muscle typically refers."
        : "No trigger points charted yet. Start a session to chart them."));

    const page = h("div", {class: "page"},
        h("section", {class: "card"}, clientHeader(chart.client,
            therapist ? h("a", {class: "button primary", href: `#/clients/${clientId}/session`, id: "new-session"},
                "+ New session") : null,
            therapist ? h("a", {class: "button quiet", href: `#/clients/${clientId}/edit`}, "Edit details") : null)),
        h("div", {class: "chart-layout"},
            h("section", {class: "card", "aria-labelledby": "map-heading"},
                h("h2", {id: "map-heading"}, "Body map"), mapHolder, detail),
            h("section", {class: "card", "aria-labelledby": "history-heading"},
                h("h2", {id: "history-heading"}, "Sessions"), history(chart))),
        progress, proms, carers);
    placeCarers();
    return page;
}

/**
 * The progress, questionnaire and therapist sections, loading; {@code placeCarers()} once their holder is placed.
 * Their four requests go out in a task of their own: sending a request costs the main thread as much as a small
 * page's build, and the task that asks for the chart already carries the sign-in's work.
 */
function sections(clientId) {
    const started = new Promise(resolve => setTimeout(resolve));
    const progress = h("section", {class: "card", "aria-labelledby": "progress-heading"},
        h("h2", {id: "progress-heading"}, "Progress"), h("p", {class: "muted"}, "Loading…"));
    started.then(() => progressSection(clientId, progress));
    const proms = h("section", {class: "card", "aria-labelledby": "proms-heading", id: "proms"});
    started.then(() => promSection(clientId, proms));
    const carers = h("div", {id: "carers"});
    const carersLoaded = started.then(() => carersSection(clientId));
    // Handled here so that a chart that cannot be shown leaves no unhandled rejection behind.
    carersLoaded.catch(() => {});
    const placeCarers = () => carersLoaded.then(section => carers.replaceWith(section))
        .catch(problem => carers.replaceChildren(h("p", {class: "muted"}, problem.message)));
    return {progress, proms, carers, placeCarers};
}

function pointDetail(point) {
    const found = Object.entries(criteriaNames()).filter(([name]) => point.criteria?.[name] === "YES").map(([, l]) => l);
    return [
        h("h3", {}, `${point.muscleName} (${sideName(point.side)})`),
        h("p", {}, h("span", {class: `status ${point.status.toLowerCase()}`}, statusName(point.status)),
            ` · charted ${date(point.chartedAt)}`),
        h("p", {class: "zone"}, h("strong", {}, "Typical referred pain: "), point.muscleReferredPain),
        point.referredPain ? h("p", {}, h("strong", {}, "This client: "), point.referredPain) : null,
        found.length ? h("p", {class: "muted"}, `Found: ${found.join(", ").toLowerCase()}.`) : null
    ];
}

function history(chart) {
    if (chart.notesHidden) {
        return h("p", {class: "muted"}, "This practice shows a client's notes only to the therapists who treat them.");
    }
    if (!chart.recentNotes.length) return h("p", {class: "muted"}, "No sessions yet.");
    return h("ol", {class: "sessions"}, chart.recentNotes.map(note => h("li", {},
        h("div", {class: "session-line"},
            h("a", {href: note.status === "DRAFT" && note.therapistId === currentUser().id
                ? `#/clients/${chart.client.id}/session/${note.id}` : `#/notes/${note.id}`},
            h("span", {class: "when"}, dateTime(note.sessionAt)),
            h("span", {class: `status ${note.status.toLowerCase()}`}, word("noteStatuses", note.status))),
            handoutLink(note.id, note.status === "DRAFT" ? "Handout preview" : "Handout")),
        h("span", {class: "muted"}, `${note.therapistName} · pain ${note.painBefore ?? "–"} → ${note.painAfter ?? "–"}`,
            note.deviations ? ` · ${note.deviations} deviation${note.deviations === 1 ? "" : "s"}` : ""))));
}
