// The owner's outcomes: a period (by default the last twelve months, this one included) and filters, the summary
// figures, and charts by month and by therapist, each in a box of fixed height so nothing moves as they load.
import {api} from "./api.js";
import {h, showErrors, clearErrors} from "./dom.js";
import {chartLibraryNear} from "./libraries.js";
import {regionChoices} from "./codes.js";
import {questionnaireFigures} from "./proms-outcomes.js";

const number = (value, digits = 1) => value == null ? "—" : Number(value).toFixed(digits);
const share = value => value == null ? "—" : `${Math.round(value * 100)} %`;
const day = d => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
const LABELS = ["Clients treated", "Sessions", "Sessions per client", "Pain change, mean (0–10; negative is better)",
    "Pain change, median", "Improved by the clinically important change or more",
    "Not in the pain figures: one session / never rated", "Points treated",
    "PPT change per point, mean / median (kPa; positive is better)", "Points deactivated (active → latent or resolved)",
    "Median sessions to deactivate", "Recurrences"];

/** The default period: the first day of the month eleven months ago up to the first day of next month. */
export function defaultPeriod(today = new Date()) {
    return {from: day(new Date(today.getFullYear(), today.getMonth() - 11, 1)),
        to: day(new Date(today.getFullYear(), today.getMonth() + 1, 1))};
}

function figures(o) {
    const c = o.clients, p = o.points;
    return [c.clients, c.sessions, number(c.sessionsPerClient), number(c.painChangeMean), number(c.painChangeMedian),
        `${c.improved} of ${c.painEvaluated} (${share(c.improvedShare)})`, `${c.oneSession} / ${c.neverRated}`,
        p.treated, `${number(p.pptChangeMeanKpa)} / ${number(p.pptChangeMedianKpa)}`, p.deactivated,
        number(p.sessionsToDeactivateMedian), p.recurrences];
}

/** The period and filters of the form, in words, as the figures asked for with them are captioned. */
function described(form) {
    const chosen = [...form.querySelectorAll("select")].filter(s => s.value)
        .map(s => `${s.labels[0].textContent}: ${s.selectedOptions[0].textContent}`);
    return [`From ${form.elements.from.value} up to ${form.elements.to.value} (not included)`, ...chosen].join("; ");
}

export async function outcomesPage() {
    const [users, muscles, regions, protocol] = await Promise.all([api.get("users"), api.get("muscles"),
        regionChoices(), api.get("protocol")]);
    const heat = protocol.heatMinutes;
    const period = defaultPeriod();
    const summary = h("p", {class: "errors", role: "alert"});
    const select = (id, label, name, options) => h("div", {class: "field"}, h("label", {for: id}, label),
        h("select", {id, name, "data-field": name}, h("option", {value: ""}, "All"),
            options.map(([value, text]) => h("option", {value}, text))));
    const form = h("form", {novalidate: true, id: "outcome-filter"},
        h("div", {class: "grid3"},
            h("div", {class: "field"}, h("label", {for: "o-from"}, "From (first day)"),
                h("input", {id: "o-from", type: "date", name: "from", value: period.from, "data-field": "from"})),
            h("div", {class: "field"}, h("label", {for: "o-to"}, "To (the day after the last)"),
                h("input", {id: "o-to", type: "date", name: "to", value: period.to, "data-field": "to"})),
            select("o-therapist", "Therapist", "therapist", users.filter(u => u.roles.includes("THERAPIST"))
                .map(u => [u.id, u.displayName])),
            select("o-muscle", "Muscle", "muscle", muscles.map(m => [m.code, m.name])),
            select("o-complaint", "Main complaint", "complaint", regions)),
        summary,
        h("div", {class: "actions"}, h("button", {type: "submit", class: "primary"}, "Show"),
            h("a", {class: "button", id: "outcomes-csv", href: "#"}, "Download CSV")));
    const cells = LABELS.map(() => h("td", {}, "…"));
    const table = h("table", {class: "list figures", id: "outcome-summary"}, h("tbody", {},
        LABELS.map((label, i) => h("tr", {}, h("th", {scope: "row"}, label), cells[i]))));
    const canvas = (id, label) => h("div", {class: "canvas-box"}, h("canvas", {id, role: "img", "aria-label": label}));
    const therapists = h("tbody", {id: "protocol-rows"});
    const charts = {};
    const questionnaires = questionnaireFigures();
    const byMonth = h("section", {class: "card", "aria-labelledby": "trend-heading"},
        h("h2", {id: "trend-heading"}, "By month"),
        h("div", {class: "progress-grid"}, canvas("trend-chart", "Sessions and mean pain by month"),
            canvas("points-chart", "Points deactivated and recurring by month")));
    let asked = 0;

    async function show() {
        clearErrors(form);
        const params = new URLSearchParams();
        for (const [key, value] of new FormData(form).entries()) if (value) params.set(key, value);
        form.querySelector("#outcomes-csv").href = `api/outcomes/csv?${params}`;
        try {
            const question = ++asked;
            const filter = described(form);
            const [o, answers] = await Promise.all([api.get(`outcomes?${params}`), questionnaires.ask(params)]);
            if (question !== asked) return;
            questionnaires.draw(answers, filter);
            figures(o).forEach((value, i) => { cells[i].textContent = String(value); });
            therapists.replaceChildren(...o.therapists.map(t => h("tr", {}, [t.name, t.sessions,
                `${t.deviating} (${share(t.deviationRate)})`, t.painfulCompression, t.forcedStretch, t.heatOutOfRange]
                .map((v, i) => i ? h("td", {}, String(v)) : h("th", {scope: "row"}, v)))));
            // The figures show at once; the monthly charts (boxes of fixed height) when they near the view.
            const Chart = await chartLibraryNear(byMonth);
            if (question === asked) draw(Chart, charts, o);
        } catch (problem) {
            showErrors(form, problem, summary);
        }
    }
    form.addEventListener("submit", event => { event.preventDefault(); show(); });
    show();
    return h("div", {class: "page"},
        h("section", {class: "card", "aria-labelledby": "outcomes-heading"},
            h("h1", {id: "outcomes-heading"}, "Practice outcomes"), form),
        h("section", {class: "card", "aria-labelledby": "summary-heading"},
            h("h2", {id: "summary-heading"}, "Summary"), table,
            h("p", {class: "muted small"}, "Only signed notes count. docs/outcomes.md defines each figure.")),
        questionnaires.section,
        byMonth,
        h("section", {class: "card", "aria-labelledby": "protocol-heading"},
            h("h2", {id: "protocol-heading"}, "Protocol deviations by therapist"),
            h("p", {class: "muted small", id: "protocol-scope"}, "Counts the three technique deviations: painful"
                + ` compression, forced stretch and heat outside ${heat.min}–${heat.max} minutes. Deviations for a client's`
                + " contraindications, doses, skin checks and stage order are not counted here: each note lists"
                + " its own, with the reason recorded for it."),
            h("div", {class: "table-scroll", tabindex: "0", role: "region", "aria-label": "Deviations by therapist, table"}, h("table", {class: "list"},
                h("thead", {}, h("tr", {}, ["Therapist", "Sessions", "With a deviation", "Painful compression",
                    "Forced stretch", "Heat out of range"].map(t => h("th", {scope: "col"}, t)))), therapists))));
}

function draw(Chart, charts, o) {
    const months = o.months.map(m => m.month);
    const options = {responsive: true, maintainAspectRatio: false, animation: false};
    const make = (id, config) => {
        charts[id]?.destroy();
        charts[id] = new Chart(document.getElementById(id), {...config, options: {...options, ...config.options}});
    };
    make("trend-chart", {data: {labels: months, datasets: [
        {type: "bar", label: "Sessions", data: o.months.map(m => m.sessions), yAxisID: "sessions", backgroundColor: "#7fb3bf"},
        {type: "line", label: "Mean pain before the session", data: o.months.map(m => m.meanPainBefore), yAxisID: "pain",
            borderColor: "#a12a1f", backgroundColor: "#a12a1f"}]},
    options: {scales: {sessions: {position: "left", beginAtZero: true}, pain: {position: "right", min: 0, max: 10}}}});
    make("points-chart", {type: "bar", data: {labels: months, datasets: [
        {label: "Points deactivated", data: o.months.map(m => m.deactivated), backgroundColor: "#24505c"},
        {label: "Recurrences", data: o.months.map(m => m.recurrences), backgroundColor: "#e0a526"}]}});
}
