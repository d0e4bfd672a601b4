// The session's points: the map to tap, the add-point panel, a card per point with its episodes, and the protocol
// deviations as typed (a preview) or as the server found them on the last save (what counts).
import {h, s, sideName, statusName} from "./dom.js";
import {bodyMap} from "./bodymap.js";
import {addPointPanel} from "./addpoint.js";
import {pointForm} from "./pointform.js";
import {newPoint} from "./sessionstate.js";
import {api} from "./api.js";
import {heatPrecautions} from "./precautions.js";
import {pointCareForm, clearanceFields} from "./pointcare.js";

/**
 * {@code body()} is the note as it stands; the deviations shown are the server's: its preview a quarter of a second
 * after the last change (with every field it would refuse), or what it found when the draft was saved.
 */
export function treatedPoints({state, catalogue, clientId, unitSymbol, protocol, words, body, changed}) {
    const mapHolder = h("div");
    const addPanel = h("div", {class: "add-point", "aria-live": "polite"});
    const holder = h("div", {class: "treated-points"});
    const panel = h("section", {class: "card deviations", "aria-labelledby": "dev-heading"},
        h("h2", {id: "dev-heading"}, "Protocol deviations"), h("p", {class: "muted"}, "Checking the session…"));
    const treated = () => state.points.filter(p => p.treated);
    let latest = null;
    let stillToDo = [];
    let previewTimer;
    let asked = 0;

    async function preview() {
        const mine = ++asked;
        let result;
        try {
            result = await api.post(`clients/${clientId}/notes/preview`, body());
        } catch (problem) {
            if (problem.status === 401 || mine !== asked) return;
            result = {deviations: [], errors: problem.errors.length ? problem.errors
                : [{field: "", message: problem.message}]};
        }
        if (mine !== asked) return;
        latest = result.deviations;
        stillToDo = result.errors;
        showDeviations(result.deviations, result.errors, false);
    }

    function drawMap() {
        mapHolder.replaceChildren(bodyMap({points: state.points, onTap: offer, onSelect: point => {
            document.getElementById(`point-${point.id}`)?.scrollIntoView({block: "center"});
            document.getElementById(`point-${point.id}`)?.querySelector("input")?.focus();
        }}));
    }

    function offer(view, x, y) {
        const added = addPointPanel({catalogue, clientId, view, x, y,
            onAdded: async point => {
                const previous = treated().at(-1);
                const fresh = newPoint(point, previous);
                fresh.heatBlocked = (await heatPrecautions(clientId, [point]).catch(() => new Map())).get(point.id);
                if (fresh.heatBlocked) fresh.heatDone = false;
                fresh.stretch.stretch = await catalogueStretch(point.muscle) ?? fresh.stretch.stretch;
                state.points.push(fresh);
                addPanel.replaceChildren();
                drawMap();
                render();
                changed();
                document.getElementById(`point-${point.id}`)?.querySelector("input[type=number]")?.focus();
            },
            onCancel: () => { addPanel.replaceChildren(); drawMap(); }});
        addPanel.replaceChildren(added);
        if (view) {
            const [cx, cy] = [x * 1000, y * 1000];
            mapHolder.querySelector(`svg[data-view=${view}]`)?.append(s("g", {class: "pending", "aria-hidden": "true"},
                s("circle", {cx, cy, r: 16}), s("path", {d: `M${cx - 24},${cy}h48M${cx},${cy - 24}v48`})));
        }
        added.querySelector(view ? "#add-point" : "#new-muscle").focus();
    }

    /** The catalogue's first stretch for a muscle, the one the client is taught on the handout unless another is chosen. */
    async function catalogueStretch(code) {
        try {
            return (await api.get(`muscles/${code}/stretches`))[0]?.name ?? null;
        } catch {
            return null;
        }
    }

    function render() {
        const cards = state.points.map(point => {
            const index = treated().indexOf(point);
            const toggle = h("input", {type: "checkbox", checked: point.treated, "data-point-toggle": point.id});
            toggle.addEventListener("change", () => { point.treated = toggle.checked; render(); changed(); });
            return h("article", {class: `point-card${point.treated ? "" : " untreated"}`, id: `point-${point.id}`},
                h("header", {},
                    h("label", {class: "check"}, toggle, h("span", {}, h("strong", {}, point.muscleName),
                        ` (${sideName(point.side)}) · ${statusName(point.status)}`)),
                    h("span", {class: "muted small"}, point.treated ? "Treated this session" : "Not treated this session")),
                point.treated ? pointForm(point, index, unitSymbol, words, changed, () => { render(); changed(); })
                    : null,
                point.treated ? pointCareForm(point, index, protocol, words.positions, changed) : null,
                point.treated ? h("div", {class: "point-deviations", "data-deviations-for": index}) : null);
        });
        holder.replaceChildren(...(cards.length ? cards
            : [h("p", {class: "muted"}, "Tap the body map where you found a trigger point.")]));
        shown = null;
        clearTimeout(previewTimer);
        previewTimer = setTimeout(preview, 250);
    }

    let shown = null;

    function showDeviations(found, errors, fromServer) {
        // Drawn again only when what is shown changes: a reason being typed is never replaced under the keyboard.
        const signature = JSON.stringify([found.map(d => [d.key, d.title, d.explanation, d.triggerPointId]), errors,
            treated().map(p => p.id)]);
        if (signature === shown && holder.querySelector("[data-deviations-for]")) return;
        shown = signature;
        holder.querySelectorAll("[data-deviations-for]").forEach(box => box.replaceChildren());
        const indexOf = d => treated().findIndex(p => p.id === d.triggerPointId);
        for (const d of found) {
            holder.querySelector(`[data-deviations-for="${indexOf(d)}"]`)?.append(h("p", {class: "deviation-flag"},
                "⚠ ", d.title));
        }
        holder.querySelectorAll(".over-limit").forEach(input => input.classList.remove("over-limit"));
        for (const d of found.filter(x => x.type === "PAINFUL_COMPRESSION")) {
            holder.querySelector(`[data-field="points[${indexOf(d)}].episodes[${d.episodeIndex ?? 0}].discomfort"]`)
                ?.classList.add("over-limit");
        }
        const focused = document.activeElement?.dataset?.reason;
        const problems = errors.length ? h("div", {class: "errors", role: "alert", id: "preview-errors"},
            h("p", {}, `Still to complete or correct (${errors.length}):`),
            h("ul", {}, errors.map(e => h("li", {"data-error-for": e.field}, e.message)))) : null;
        panel.replaceChildren(...[h("h2", {id: "dev-heading"}, "Protocol deviations"), problems,
            found.length ? h("p", {class: "muted small"}, fromServer ? "Found by the server when the draft was saved."
                : "Found by the server as you type. Give a reason for each before signing.") : null,
            found.length ? h("ul", {class: "deviation-list"}, found.map(d => reasonItem(d, treated()[indexOf(d)])))
                : errors.length ? null : h("p", {class: "ok"}, "✓ None: the session follows the protocol."),
            clearanceFields(state.clearances, found, protocol, changed)]
            .filter(Boolean));
        if (focused) panel.querySelector(`[data-reason="${CSS.escape(focused)}"]`)?.focus();
    }

    function reasonItem(d, point) {
        const id = `reason-${d.key.replace(/\W/g, "-")}`;
        const input = h("input", {id, value: state.reasons[d.key] ?? "", "data-reason": d.key,
            "data-field": `reasons.${d.key}`, maxlength: 1000});
        input.addEventListener("input", () => { state.reasons[d.key] = input.value; changed(); });
        return h("li", {class: "deviation", "data-deviation": d.key}, h("p", {}, h("strong", {}, d.title),
            point ? ` — ${point.muscleName} (${sideName(point.side)})` : "",
            d.explanation ? h("span", {class: "muted"}, `: ${withoutTitle(d)}`) : ""),
        h("div", {class: "field"}, h("label", {for: id}, d.needs === "CLEARANCE"
            ? "Reason (or the medical clearance: who, when)" : "Reason"), input));
    }

    return {
        mapCard(note) {
            drawMap();
            return h("section", {class: "card map-card", "aria-labelledby": "map-heading"},
                h("h2", {id: "map-heading"}, note ? "Body map" : "Tap where you found a point"),
                mapHolder,
                h("button", {type: "button", class: "quiet", id: "add-from-list", onclick: () => offer(null, null, null)},
                    "+ Add a point from the muscle list"),
                addPanel);
        },
        section: () => h("section", {class: "card", "aria-labelledby": "points-heading"},
            h("h2", {id: "points-heading"}, "Treated points"), holder),
        deviationPanel: () => panel,
        render,
        refreshDeviations: () => {
            clearTimeout(previewTimer);
            previewTimer = setTimeout(preview, 250);
        },
        showServerDeviations: found => {
            ++asked;
            latest = found;
            if (document.activeElement?.dataset?.reason) return;
            // A draft is saved with what signing still needs (a discomfort not yet asked): the preview's list of it
            // stays in view, and is asked again for the draft as saved.
            showDeviations(found, stillToDo, true);
            if (stillToDo.length) {
                clearTimeout(previewTimer);
                previewTimer = setTimeout(preview, 250);
            }
        },
        /** The deviations the server found last, or null before it has answered. */
        deviations: () => latest
    };
}

/** The server's explanation opens with the deviation's title and place, which the item already shows in bold. */
function withoutTitle(d) {
    return d.explanation.startsWith(d.title) ? d.explanation.slice(d.explanation.indexOf(": ") + 2) : d.explanation;
}
