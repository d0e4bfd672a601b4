// The panel that charts a new trigger point: the muscles nearest the tap first (with the pain each refers), the side
// taken from the tap, the status and the findings; or, without a tap, any muscle from the list at its usual place.
// Another point on a muscle and side still being treated is charted only once the therapist confirms it.
import {api} from "./api.js";
import {h, statusName, sideName, date, sending} from "./dom.js";
import {nearestMuscles, locate} from "./bodymap.js";
import {criteriaFields, readCriteria} from "./criteria.js";
import {word, wordsNow} from "./codes.js";

export function choice(name, label, options, chosen) {
    return h("div", {class: "segmented", role: "radiogroup", "aria-label": label},
        Object.entries(options).map(([value, text]) => h("label", {},
            h("input", {type: "radio", name, value, checked: value === chosen}), h("span", {}, text))));
}

export function muscleSelect(id, catalogue, near, chosen) {
    const others = [...catalogue].sort((a, b) => a.name.localeCompare(b.name))
        .filter(m => !near.some(n => n.muscle.code === m.code));
    return h("select", {id, name: "muscle", "data-field": "muscle"},
        near.length ? h("optgroup", {label: "Nearest to the tap"}, near.map((n, i) =>
            h("option", {value: n.muscle.code, selected: chosen ? n.muscle.code === chosen : i === 0}, n.muscle.name)))
            : null,
        h("optgroup", {label: "All muscles"}, others.map(m => h("option", {value: m.code, selected: m.code === chosen},
            m.name))));
}

/** The sides as choices, right first: the side a tap on the front view most often gives. */
export function sideChoices() {
    const {RIGHT, LEFT, ...others} = wordsNow("sides");
    return {RIGHT, LEFT, ...others};
}

export function addPointPanel({catalogue, clientId, view, x, y, onAdded, onCancel}) {
    const near = view ? nearestMuscles(catalogue, view, x, y) : [];
    const muscle = muscleSelect("new-muscle", catalogue, near, null);
    const sides = choice("new-side", "Side", sideChoices(), near[0]?.side ?? "RIGHT");
    const status = choice("new-status", "Status", {ACTIVE: statusName("ACTIVE"), LATENT: statusName("LATENT")}, "ACTIVE");
    const zone = h("p", {class: "zone muted"});
    const showZone = () => { zone.textContent = catalogue.find(m => m.code === muscle.value)?.referredPain ?? ""; };
    muscle.addEventListener("change", showZone);
    showZone();
    const error = h("p", {class: "errors", role: "alert"});
    // A point still treated on the same muscle and side may be the same one charted again: the server says which
    // count, the therapist confirms another (points at different places on one muscle are common).
    const confirmation = h("div", {class: "same-muscle", id: "same-muscle"});
    let asked = null;
    let confirmed = null;
    const add = h("button", {type: "button", class: "primary", id: "add-point"}, "Add point");
    const panel = h("div", {class: "card inset", id: "add-point-panel"},
        h("h3", {}, view ? `New point on the ${word("views", view).toLowerCase()} view` : "New point"),
        h("div", {class: "field"}, h("label", {for: "new-muscle"}, "Muscle"), muscle), zone,
        h("p", {class: "label"}, "Side"), sides, h("p", {class: "label"}, "Status"), status,
        h("details", {class: "findings"}, h("summary", {}, "Findings: taut band, twitch, jump sign…"),
            criteriaFields("new")),
        error, confirmation,
        h("div", {class: "actions"}, add, h("button", {type: "button", class: "quiet", onclick: onCancel}, "Cancel")));
    const choiceNow = () => `${muscle.value}.${panel.querySelector("[name=new-side]:checked").value}`;
    panel.addEventListener("change", () => {
        if (asked !== null && asked !== choiceNow()) {
            asked = null;
            confirmation.replaceChildren();
        }
    });
    /** {@code meanwhile}: the server refused the point, as one was charted there since the page last asked. */
    function askFirst(points, meanwhile = false) {
        const [first] = points;
        const found = points.map(p => `${statusName(p.status).toLowerCase()}, charted ${date(p.chartedAt)}`);
        asked = choiceNow();
        const again = h("button", {type: "button", class: "primary", id: "record-another", onclick: () => {
            confirmed = asked;
            add.click();
        }}, "Record another point");
        confirmation.replaceChildren(h("p", {role: "alert"}, (meanwhile ? "Not added: meanwhile (another tab or a "
            + "colleague) " : "") + `${first.muscleName} (${sideName(first.side)}) ${meanwhile ? "got" : "already has"} `
            + `${points.length === 1 ? "a point" : `${points.length} points`} (${found.join("; ")}) — record `
            + "another point on this muscle?"), h("div", {class: "actions"}, again));
        again.focus();
    }
    add.addEventListener("click", sending(async () => {
        const side = panel.querySelector("[name=new-side]:checked").value;
        error.textContent = "";
        if (confirmed !== choiceNow()) {
            try {
                const already = await api.get(`clients/${clientId}/trigger-points/still-treated?muscle=`
                    + `${encodeURIComponent(muscle.value)}&side=${encodeURIComponent(side)}`);
                if (already.length) {
                    askFirst(already);
                    return;
                }
            } catch (problem) {
                error.textContent = problem.message;
                return;
            }
        }
        let at = view ? {view, x, y} : null;
        if (!at) {
            const location = catalogue.find(m => m.code === muscle.value).locations[0];
            at = location ? locate(location, side) : {view: "ANTERIOR", x: 0.5, y: 0.5};
        }
        // Sent only once the therapist answered the question: the server refuses a second point there otherwise.
        const beside = confirmed === choiceNow() ? {besideStillTreated: true} : {};
        try {
            onAdded(await api.post(`clients/${clientId}/trigger-points`, {muscle: muscle.value, side, view: at.view,
                x: at.x, y: at.y, status: panel.querySelector("[name=new-status]:checked").value,
                ...readCriteria(panel, "new"), ...beside}));
        } catch (problem) {
            const there = problem.status === 409 ? await api.get(`clients/${clientId}/trigger-points/still-treated`
                + `?muscle=${encodeURIComponent(muscle.value)}&side=${encodeURIComponent(side)}`).catch(() => [])
                : [];
            confirmed = null;
            if (there.length) askFirst(there, true);
            else error.textContent = problem.message;
        }
    }));
    return panel;
}
