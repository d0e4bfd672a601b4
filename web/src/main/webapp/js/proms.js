// Outcome questionnaires (PSFS, PGIC and the practice's licensed ones): the panel that records a client's answers at
// intake (on the chart) or at a session (on the session form), and each client's trend with the clinically important
// change marked. The server scores every response and decides what is important; this page only shows its answers.
import {api} from "./api.js";
import {h, date, showErrors, clearErrors, sending} from "./dom.js";
import {currentUser} from "./app.js";
import {chartLibraryNear} from "./libraries.js";

let measuresLoading = null;

function measures() {
    measuresLoading ??= api.get("questionnaires");
    return measuresLoading;
}

const number = value => value == null ? "—" : Number(value).toFixed(1).replace(/\.0$/, "");

/** The chart's questionnaire section: each measure's trend, and (for therapists) recording answers at intake. */
export async function promSection(clientId, section) {
    const heading = h("h2", {id: "proms-heading"}, "Questionnaires");
    section.replaceChildren(heading, h("p", {class: "muted"}, "Loading…"));
    try {
        const [trend, all] = await Promise.all([api.get(`clients/${clientId}/questionnaire-responses`), measures()]);
        const drawings = [];
        const body = [heading];
        if (trend.notesHidden) {
            body.push(h("p", {class: "muted"}, "This practice shows a client's answers only to the therapists who treat them."));
        } else if (!trend.measures.length) {
            body.push(h("p", {class: "muted"}, "No questionnaire answered yet."));
        }
        for (const measure of trend.measures) body.push(measureTrend(measure, drawings));
        if (!trend.notesHidden && currentUser().roles.includes("THERAPIST")) {
            const holder = h("div", {id: "intake-panel"});
            const open = h("button", {type: "button", class: "quiet", id: "record-intake"}, "+ Record answers at intake");
            open.addEventListener("click", () => holder.replaceChildren(
                answerForm(all.filter(m => m.askedAtIntake), trend, clientId, null, () => promSection(clientId, section))));
            body.push(open, holder);
        }
        section.replaceChildren(...body);
        // The answers show at once; the trends (in boxes of fixed height) when the section nears the view.
        if (drawings.length) {
            const Chart = await chartLibraryNear(section);
            drawings.forEach(draw => draw(Chart));
        }
    } catch (problem) {
        if (problem.status === 401) return;
        section.replaceChildren(heading, h("p", {role: "alert"}, problem.message));
    }
}

function measureTrend(measure, drawings) {
    const counted = measure.responses.filter(r => !r.withdrawnAt && r.score != null);
    const id = `trend-${measure.code.toLowerCase()}`;
    const reached = counted.some(r => r.important);
    const now = counted.at(-1)?.important;
    const summary = measure.baseline != null
        ? `First score ${number(measure.baseline)}, latest ${number(counted.at(-1)?.score)}`
            + (now ? ": the clinically important change (marked ★)."
                : reached ? ": not the important change now; it was reached before (marked ★)."
                    : ": not yet the important change.")
        : now ? "Latest answer: much or very much improved (marked ★)." : "Latest answer: not much or very much improved.";
    const canvas = h("canvas", {id, role: "img", "aria-label": `${measure.title}: ${summary}`});
    drawings.push(Chart => new Chart(canvas, {type: "line",
        data: {labels: counted.map(r => date(r.answeredAt)), datasets: [{label: measure.title,
            data: counted.map(r => r.score), borderColor: "#24707f", backgroundColor: "#24707f",
            pointStyle: counted.map(r => r.important ? "star" : "circle"),
            pointRadius: counted.map(r => r.important ? 10 : 4), borderWidth: 2.5}]},
        options: {responsive: true, maintainAspectRatio: false, animation: false,
            scales: {y: {reverse: measure.betterWhen === "LOWER" && measure.code === "PGIC",
                title: {display: true, text: measure.betterWhen === "HIGHER" ? "Score (higher is better)" : "Score (lower is better)"}}},
            plugins: {legend: {display: false}}}}));
    return h("figure", {class: "prom-trend", "data-measure": measure.code},
        h("figcaption", {}, measure.title),
        h("div", {class: "canvas-box"}, canvas),
        h("p", {class: "muted small prom-summary"}, summary),
        h("table", {class: "prom-table"},
            h("thead", {}, h("tr", {}, h("th", {scope: "col"}, "Answered"), h("th", {scope: "col"}, "When"),
                h("th", {scope: "col"}, "Score"), h("th", {scope: "col"}, "Change"), h("th", {scope: "col"}, "Important"))),
            h("tbody", {}, measure.responses.map(r => h("tr", {class: r.withdrawnAt ? "withdrawn" : null},
                h("td", {}, date(r.answeredAt)), h("td", {}, r.occasion === "INTAKE" ? "Intake" : "Session"),
                h("td", {}, r.withdrawnAt ? `withdrawn: ${r.withdrawnWhy}` : r.score == null
                    ? `not scored (${r.answered} answered)` : number(r.score)),
                h("td", {}, r.change == null ? "" : (r.change > 0 ? "+" : "") + number(r.change)),
                h("td", {}, r.important ? "★ yes" : ""))))));
}

/** The session form's questionnaire panel: answers at this session, once the draft is saved. */
export function sessionPromPanel(clientId, currentNote) {
    const panel = h("section", {class: "card", "aria-labelledby": "session-proms-heading", id: "session-proms"});
    const draw = async () => {
        const note = currentNote();
        const heading = h("h2", {id: "session-proms-heading"}, "Questionnaires at this session");
        if (!note) {
            panel.replaceChildren(heading, h("p", {class: "muted"}, "Save the draft first; then record the client's answers here."),
                h("button", {type: "button", class: "quiet", id: "proms-refresh", onclick: draw}, "I have saved the draft"));
            return;
        }
        const [all, trend] = await Promise.all([measures(), api.get(`clients/${clientId}/questionnaire-responses`)]);
        const done = trend.measures.flatMap(m => m.responses.filter(r => r.noteId === note.id && !r.withdrawnAt)
            .map(r => `${m.title}: ${r.score == null ? "not scored" : number(r.score)}`));
        panel.replaceChildren(...[heading,
            done.length ? h("ul", {class: "prom-done"}, done.map(d => h("li", {}, d))) : null,
            answerForm(all, trend, clientId, note.id, draw)].filter(Boolean));
    };
    draw().catch(problem => panel.replaceChildren(h("p", {role: "alert"}, problem.message)));
    return panel;
}

function answerForm(all, trend, clientId, noteId, afterSave) {
    const form = h("form", {class: "prom-form", novalidate: true, onsubmit: e => e.preventDefault()});
    const summary = h("p", {class: "errors", role: "alert"});
    const select = h("select", {id: "prom-measure", "data-field": "measure"},
        all.map(m => h("option", {value: m.code}, m.title)));
    const items = h("div", {class: "prom-items"});
    const show = () => items.replaceChildren(...fields(all.find(m => m.code === select.value), trend));
    select.addEventListener("change", show);
    const save = h("button", {type: "button", class: "primary", id: "prom-save"}, "Record answers");
    save.addEventListener("click", sending(async () => {
        clearErrors(form);
        summary.textContent = "";
        try {
            const measure = all.find(m => m.code === select.value);
            const saved = await api.post(`clients/${clientId}/questionnaire-responses`, {measure: measure.code, noteId,
                answeredAt: new Date().toISOString(), answers: answers(measure, items)});
            summary.textContent = "";
            items.replaceChildren(h("p", {class: "ok", role: "status"}, `Recorded. Score ${saved.score == null
                ? "not given: too few items answered" : number(saved.score)}.`));
            afterSave();
        } catch (problem) {
            if (problem.status !== 401) showErrors(form, problem, summary);
        }
    }));
    form.append(h("div", {class: "field"}, h("label", {for: "prom-measure"}, "Questionnaire"), select), items, summary,
        h("div", {class: "actions"}, save));
    show();
    return form;
}

function fields(measure, trend) {
    if (!measure) return [];
    const last = trend.measures.find(m => m.code === measure.code)?.responses.filter(r => !r.withdrawnAt).at(-1);
    const rule = h("p", {class: "muted small"}, `Scored by the server as: ${measure.scoringRule}. Leave an item empty if the client skipped it.`);
    return [rule, ...measure.items.map((item, i) => {
        const id = `prom-item-${i}`;
        const choice = item.options.length
            ? h("select", {id, "data-link": item.linkId, "data-field": `answers[${i}].value`},
                h("option", {value: ""}, "— skipped —"),
                item.options.map(o => h("option", {value: o.value}, o.label === String(o.value) ? o.label : `${o.value} · ${o.label}`)))
            : h("input", {id, type: "number", min: item.min, max: item.max, step: 1, inputmode: "numeric",
                "data-link": item.linkId, "data-field": `answers[${i}].value`});
        if (!item.named) {
            return h("div", {class: "field"}, h("label", {for: id}, item.text ?? item.linkId), choice);
        }
        const name = h("input", {id: `${id}-name`, "data-name-for": item.linkId, maxlength: 200,
            value: last?.answers.find(a => a.linkId === item.linkId)?.text ?? "", "data-field": `answers[${i}].text`});
        return h("div", {class: "row prom-activity"},
            h("div", {class: "field grow"}, h("label", {for: `${id}-name`}, `Activity ${i + 1}${item.required ? "" : " (optional)"}`), name),
            h("div", {class: "field small"}, h("label", {for: id}, `Rating 0–10`), choice));
    })];
}

function answers(measure, items) {
    return measure.items.map(item => {
        const input = items.querySelector(`[data-link="${CSS.escape(item.linkId)}"]`);
        const name = items.querySelector(`[data-name-for="${CSS.escape(item.linkId)}"]`);
        const answer = {linkId: item.linkId};
        if (input && input.value !== "") answer.value = Number(input.value);
        if (name && name.value.trim()) answer.text = name.value.trim();
        return answer;
    }).filter(a => a.value !== undefined || a.text !== undefined);
}
