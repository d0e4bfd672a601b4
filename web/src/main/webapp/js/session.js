// A session: starts from the client's current points, adds points by tapping the map, records each point's
// episodes with remembered defaults, shows the server's protocol deviations as they are typed (the server previews
// the session; the browser keeps no copy of the rules), saves the draft and signs it.
import {api} from "./api.js";
import {h, s, showErrors, clearErrors, sideName, statusName} from "./dom.js";
import {bodyMap} from "./bodymap.js";
import {addPointPanel} from "./addpoint.js";
import {clientHeader} from "./chart.js";
import {pointForm, episodes} from "./pointform.js";
import {pointCareForm, pointCareBody, pointCareFromNote, newPointCare, clearanceFields, clearanceBody}
    from "./pointcare.js";
import {lastDosage, rememberDosage} from "./defaults.js";
import {go, flash} from "./app.js";

let catalogue = null;

function treated(point, dosage, on) {
    return {...point, treated: on, pptBefore: null, pptAfter: null, statusAfter: null,
        compression: dosage.compression, stretch: dosage.stretch, heat: dosage.heat, stretchDone: true, heatDone: true,
        care: newPointCare()};
}

function fromNote(state, note) {
    state.sessionAt = note.sessionAt;
    Object.assign(state.fields, {complaint: note.complaint, painBefore: note.painBefore, painAfter: note.painAfter,
        assessment: note.assessment, plan: note.plan});
    note.deviations.forEach(d => { if (d.reason) state.reasons[d.key] = d.reason; });
    (note.clearances ?? []).forEach(c => {
        state.clearances[c.contraindication] = {clearedBy: c.clearedBy, clearedOn: c.clearedOn};
    });
    for (const p of note.points) {
        const point = state.points.find(x => x.id === p.triggerPointId);
        if (!point) continue;
        const kinds = Object.fromEntries(p.episodes.map(e => [e.kind, e]));
        const strip = e => Object.fromEntries(Object.entries(e).filter(([k, v]) => v !== null && k !== "seq" && k !== "kind"
            && k !== "pressure"));
        Object.assign(point, {treated: true, pptBefore: p.pptBefore?.value ?? null, pptAfter: p.pptAfter?.value ?? null,
            statusAfter: p.statusAfter, stretchDone: !!kinds.STRETCH, heatDone: !!kinds.HEAT, care: pointCareFromNote(p)});
        if (kinds.COMPRESSION) point.compression = {...point.compression, ...strip(kinds.COMPRESSION)};
        if (kinds.STRETCH) point.stretch = {...point.stretch, ...strip(kinds.STRETCH)};
        if (kinds.HEAT) point.heat = {...point.heat, ...strip(kinds.HEAT)};
    }
}

export async function sessionPage(clientId, noteId) {
    const [chart, settings, note, protocol] = await Promise.all([api.get(`clients/${clientId}/chart`),
        api.get("practice-settings"), noteId ? api.get(`notes/${noteId}`) : null, api.get("protocol")]);
    catalogue ??= await api.get("muscles");
    const client = chart.client;
    const unitSymbol = settings.pressureUnitSymbol;
    const dosage = lastDosage();
    const state = {note: note ? {id: note.id, version: note.version} : null, sessionAt: new Date().toISOString(),
        fields: {complaint: client.mainComplaint ?? "", painBefore: null, painAfter: null, assessment: "", plan: ""},
        points: chart.points.filter(p => p.status !== "RESOLVED")
            .map(p => treated(p, structuredClone(dosage), !note && p.status === "ACTIVE")),
        reasons: {}, clearances: {}, deviations: null};
    if (note) fromNote(state, note);

    const mapHolder = h("div");
    const addPanel = h("div", {class: "add-point", "aria-live": "polite"});
    const pointsHolder = h("div", {class: "treated-points"});
    const deviationPanel = h("section", {class: "card deviations", "aria-labelledby": "dev-heading", "aria-live": "polite"});
    deviationPanel.append(h("h2", {id: "dev-heading"}, "Protocol deviations"),
        h("p", {class: "muted"}, "Checking the session…"));
    const summary = h("p", {class: "errors", role: "alert"});
    const form = h("form", {id: "session-form", novalidate: true, onsubmit: e => e.preventDefault()});

    const treatedPoints = () => state.points.filter(p => p.treated);
    const drawMap = () => mapHolder.replaceChildren(bodyMap({points: state.points, onTap: offerPoint,
        onSelect: point => document.getElementById(`point-${point.id}`)?.scrollIntoView({block: "center"})}));

    function offerPoint(view, x, y, focusMuscle = false) {
        const panel = addPointPanel({catalogue, clientId, view, x, y,
            onAdded: point => {
                state.points.push(treated(point, lastDosage(), true));
                addPanel.replaceChildren();
                drawMap();
                renderPoints();
                document.getElementById(`point-${point.id}`)?.querySelector("input")?.focus();
            },
            onCancel: () => { addPanel.replaceChildren(); drawMap(); }});
        addPanel.replaceChildren(panel);
        if (view) {
            const [cx, cy] = [x * 1000, y * 1000];
            mapHolder.querySelector(`svg[data-view=${view}]`)?.append(s("g", {class: "pending", "aria-hidden": "true"},
                s("circle", {cx, cy, r: 16}), s("path", {d: `M${cx - 24},${cy}h48M${cx},${cy - 24}v48`})));
        }
        panel.querySelector(focusMuscle ? "#new-muscle" : "#add-point").focus();
    }

    function renderPoints() {
        const cards = state.points.map(point => {
            const index = treatedPoints().indexOf(point);
            const toggle = h("input", {type: "checkbox", checked: point.treated, "data-point-toggle": point.id});
            toggle.addEventListener("change", () => { point.treated = toggle.checked; renderPoints(); });
            return h("article", {class: `point-card${point.treated ? "" : " untreated"}`, id: `point-${point.id}`},
                h("header", {},
                    h("label", {class: "check"}, toggle, h("span", {}, h("strong", {}, point.muscleName),
                        ` (${sideName(point.side)}) · ${statusName(point.status)}`)),
                    h("span", {class: "muted small"}, point.treated ? "Treated this session" : "Not treated this session")),
                point.treated ? pointForm(point, index, unitSymbol, changed, renderPoints) : null,
                point.treated ? pointCareForm(point, index, protocol, changed) : null,
                point.treated ? h("div", {class: "point-deviations", "data-deviations-for": index}) : null);
        });
        pointsHolder.replaceChildren(...(cards.length ? cards
            : [h("p", {class: "muted"}, "Tap the body map where you found a trigger point.")]));
        changed();
    }

    // The server checks the session as it stands, a moment after the last keystroke; an answer to an older question
    // than the latest is dropped, so the screen never shows deviations of input that has since changed.
    let previewTimer;
    let asked = 0;
    let shown = null;

    function changed() {
        clearTimeout(previewTimer);
        previewTimer = setTimeout(preview, 250);
    }

    async function preview() {
        const mine = ++asked;
        let result;
        try {
            result = await api.post(`clients/${clientId}/notes/preview`, body());
        } catch (problem) {
            if (problem.status === 401 || mine !== asked) return;
            result = {deviations: [], errors: problem.errors.length ? problem.errors : [{field: "", message: problem.message}]};
        }
        if (mine !== asked) return;
        state.deviations = result.deviations;
        renderDeviations(result.deviations, result.errors, false);
    }

    function renderDeviations(found, errors, saved) {
        const signature = JSON.stringify([found, errors, saved]);
        if (signature === shown) return;
        shown = signature;
        const focused = document.activeElement?.dataset?.reason;
        const indexOf = d => treatedPoints().findIndex(p => p.id === d.triggerPointId);
        pointsHolder.querySelectorAll("[data-deviations-for]").forEach(box => box.replaceChildren());
        pointsHolder.querySelectorAll(".over-limit").forEach(input => input.classList.remove("over-limit"));
        for (const d of found) {
            const index = indexOf(d);
            pointsHolder.querySelector(`[data-deviations-for="${index}"]`)
                ?.append(h("p", {class: "deviation-flag", "data-deviation": d.key}, "⚠ ", d.title));
            if (d.type === "PAINFUL_COMPRESSION") {
                pointsHolder.querySelector(`[data-field="points[${index}].episodes[${d.episodeIndex ?? 0}].discomfort"]`)
                    ?.classList.add("over-limit");
            }
        }
        const list = found.length ? h("ul", {class: "deviation-list"}, found.map(d => {
            const id = `reason-${d.key.replace(/\W/g, "-")}`;
            const input = h("input", {id, value: state.reasons[d.key] ?? "", "data-reason": d.key,
                "data-field": `reasons.${d.key}`, maxlength: 500});
            input.addEventListener("input", () => { state.reasons[d.key] = input.value; });
            const point = treatedPoints()[indexOf(d)];
            return h("li", {class: "deviation", "data-deviation": d.key}, h("p", {}, h("strong", {}, d.title),
                point ? ` — ${point.muscleName} (${sideName(point.side)})` : "",
                d.explanation ? h("span", {class: "muted"}, `: ${d.explanation}`) : ""),
            h("div", {class: "field"}, h("label", {for: id}, d.needs === "CLEARANCE"
                ? "Reason (or record the medical clearance)" : "Reason"), input));
        })) : null;
        const problems = errors.length ? h("div", {class: "errors", role: "alert"},
            h("p", {}, "The session cannot be checked until these are corrected:"),
            h("ul", {}, errors.map(e => h("li", {"data-error-for": e.field}, e.message)))) : null;
        deviationPanel.replaceChildren(...[h("h2", {id: "dev-heading"}, "Protocol deviations"), problems,
            found.length ? h("p", {class: "muted small"}, saved ? "Found by the server when the draft was saved."
                : "Found by the server as you type. Give a reason for each before signing.") : null,
            list ?? (errors.length ? null : h("p", {class: "ok"}, "✓ None: the session follows the protocol.")),
            clearanceFields(state.clearances, found, protocol)].filter(Boolean));
        if (focused) deviationPanel.querySelector(`[data-reason="${CSS.escape(focused)}"]`)?.focus();
    }

    function body() {
        const reasons = {};
        const keys = state.deviations && new Set(state.deviations.map(d => d.key));
        for (const [k, v] of Object.entries(state.reasons)) if (v && (!keys || keys.has(k))) reasons[k] = v;
        return {sessionAt: state.sessionAt, ...state.fields, reasons,
            clearances: clearanceBody(state.clearances, state.deviations),
            points: treatedPoints().map(p => ({triggerPointId: p.id,
                pptBefore: p.pptBefore === null ? null : {value: p.pptBefore},
                pptAfter: p.pptAfter === null ? null : {value: p.pptAfter},
                statusAfter: p.statusAfter, episodes: episodes(p), ...pointCareBody(p.care)}))};
    }

    async function save() {
        clearErrors(form);
        summary.textContent = "";
        ++asked;
        const saved = state.note ? await api.put(`notes/${state.note.id}`, body(), state.note.version)
            : await api.post(`clients/${clientId}/notes`, body());
        state.note = {id: saved.id, version: saved.version};
        history.replaceState(null, "", `#/clients/${clientId}/session/${saved.id}`);
        const last = treatedPoints().at(-1);
        if (last) rememberDosage(last);
        state.deviations = saved.deviations;
        renderDeviations(saved.deviations, [], true);
        return saved;
    }

    async function act(button, work) {
        button.disabled = true;
        try {
            await work();
        } catch (problem) {
            if (problem.status !== 401) showErrors(form, problem, summary);
        } finally {
            button.disabled = false;
        }
    }

    const saveButton = h("button", {type: "button", id: "save-draft"}, "Save draft");
    const signButton = h("button", {type: "button", class: "primary", id: "sign"}, "Sign note");
    saveButton.addEventListener("click", () => act(saveButton, async () => {
        await save();
        flash("Draft saved.");
    }));
    signButton.addEventListener("click", () => act(signButton, async () => {
        await save();
        await api.postIfMatch(`notes/${state.note.id}/signature`, state.note.version);
        flash("Note signed.");
        go(`#/notes/${state.note.id}`);
    }));

    form.append(
        h("section", {class: "card", "aria-labelledby": "about-heading"},
            h("h2", {id: "about-heading"}, "Session"),
            h("div", {class: "grid2"},
                sessionField("When", "sessionAt", h("input", {type: "datetime-local", id: "f-sessionAt",
                    value: local(state.sessionAt), "data-field": "sessionAt",
                    oninput: e => { state.sessionAt = new Date(e.target.value).toISOString(); }})),
                textField(state, "complaint", "Complaint today")),
            painScale(state, "painBefore", "Pain before (0–10)")),
        h("section", {class: "card", "aria-labelledby": "points-heading"},
            h("h2", {id: "points-heading"}, "Treated points"), pointsHolder),
        deviationPanel,
        h("section", {class: "card", "aria-labelledby": "end-heading"},
            h("h2", {id: "end-heading"}, "End of session"),
            painScale(state, "painAfter", "Pain after (0–10)"),
            h("div", {class: "grid2"}, textField(state, "assessment", "Assessment", true),
                textField(state, "plan", "Plan", true)),
            summary,
            h("div", {class: "actions sticky"}, saveButton, signButton,
                h("a", {class: "button quiet", href: `#/clients/${clientId}`}, "Back to chart"))));
    drawMap();
    renderPoints();
    if (note) renderDeviations(note.deviations, [], true);

    return h("div", {class: "page"},
        h("section", {class: "card"}, clientHeader(client)),
        h("div", {class: "session-layout"},
            h("section", {class: "card map-card", "aria-labelledby": "map-heading"},
                h("h2", {id: "map-heading"}, note ? "Body map" : "Tap where you found a point"),
                mapHolder,
                h("button", {type: "button", class: "quiet", id: "add-from-list",
                    onclick: () => offerPoint(null, null, null, true)}, "+ Add a point from the muscle list"),
                addPanel),
            form));
}

function local(iso) {
    const d = new Date(iso);
    return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
}

function sessionField(label, name, input) {
    return h("div", {class: "field"}, h("label", {for: `f-${name}`}, label), input);
}

function textField(state, name, label, area = false) {
    const input = h(area ? "textarea" : "input", {id: `f-${name}`, "data-field": name, rows: area ? 3 : null,
        maxlength: 4000});
    input.value = state.fields[name] ?? "";
    input.addEventListener("input", () => { state.fields[name] = input.value; });
    return sessionField(label, name, input);
}

function painScale(state, name, label) {
    return h("fieldset", {class: "pain-scale", "data-field": name},
        h("legend", {}, label),
        h("div", {class: "scale"}, Array.from({length: 11}, (_, i) => h("label", {},
            h("input", {type: "radio", name, value: i, checked: state.fields[name] === i,
                onchange: () => { state.fields[name] = i; }}),
            h("span", {}, String(i))))));
}
