// The owner's outcomes page: filters, the summary figures, and charts by month and by therapist.
import {chartLibrary} from "./js/libraries.js";

const form = document.getElementById("filter");
const errors = document.getElementById("errors");
const csv = document.getElementById("csv");
const charts = {};

const number = (value, digits = 1) => value == null ? "—" : Number(value).toFixed(digits);
const share = value => value == null ? "—" : `${Math.round(value * 100)} %`;

function option(value, label) {
    const o = document.createElement("option");
    o.value = value;
    o.textContent = label;
    return o;
}

async function json(path) {
    const response = await fetch(path, {headers: {Accept: "application/json"}});
    if (response.status === 401) {
        location.href = "index.html";
        throw new Error("Not signed in");
    }
    const body = await response.json();
    if (!response.ok) throw new Error(body.detail ?? body.title);
    return body;
}

async function loadChoices() {
    const users = await json("api/users");
    document.getElementById("therapists").append(...users
        .filter(u => u.roles.includes("THERAPIST"))
        .map(u => option(u.id, u.displayName)));
    const muscles = await json("api/muscles");
    document.getElementById("muscles").append(...muscles.map(m => option(m.code, m.name)));
    const codes = await json("api/codes");
    document.getElementById("complaints").append(...codes.regions.map(r => option(r.code, r.label)));
}

function query() {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form).entries()) {
        if (value !== "") params.set(key, value);
    }
    return params.toString();
}

function summary(o) {
    const c = o.clients, p = o.points;
    const rows = [
        ["Clients treated", c.clients], ["Sessions", c.sessions], ["Sessions per client", number(c.sessionsPerClient)],
        ["Pain change, mean (0–10; negative is better)", number(c.painChangeMean)],
        ["Pain change, median", number(c.painChangeMedian)],
        [`Improved by ${c.clinicallyImportantChange} points or more`, `${c.improved} of ${c.painEvaluated} (${share(c.improvedShare)})`],
        ["Not in the pain figures: one session / never rated", `${c.oneSession} / ${c.neverRated}`],
        ["Points treated", p.treated],
        ["PPT change per point, mean / median (kPa; positive is better)", `${number(p.pptChangeMeanKpa)} / ${number(p.pptChangeMedianKpa)}`],
        ["Points deactivated (active → latent or resolved)", p.deactivated],
        ["Median sessions to deactivate", number(p.sessionsToDeactivateMedian)],
        ["Recurrences", p.recurrences]];
    document.getElementById("summary").replaceChildren(...rows.map(([label, value]) => {
        const tr = document.createElement("tr");
        const th = document.createElement("th");
        th.scope = "row";
        th.textContent = label;
        const td = document.createElement("td");
        td.textContent = value;
        tr.append(th, td);
        return tr;
    }));
}

function draw(id, config) {
    charts[id]?.destroy();
    charts[id] = new window.Chart(document.getElementById(id), config);
}

function trends(o) {
    const months = o.months.map(m => m.month);
    draw("trend-chart", {
        data: {labels: months, datasets: [
            {type: "bar", label: "Sessions", data: o.months.map(m => m.sessions), yAxisID: "sessions", backgroundColor: "#7fb3bf"},
            {type: "line", label: "Mean pain before the session", data: o.months.map(m => m.meanPainBefore), yAxisID: "pain", borderColor: "#a12a1f"}]},
        options: {scales: {sessions: {position: "left", beginAtZero: true}, pain: {position: "right", min: 0, max: 10}}}
    });
    draw("points-chart", {
        type: "bar",
        data: {labels: months, datasets: [
            {label: "Points deactivated", data: o.months.map(m => m.deactivated), backgroundColor: "#24505c"},
            {label: "Recurrences", data: o.months.map(m => m.recurrences), backgroundColor: "#e0a526"}]}
    });
}

function protocol(o) {
    draw("protocol-chart", {
        type: "bar",
        data: {labels: o.therapists.map(t => t.name), datasets: [
            {label: "Sessions with a deviation (%)", data: o.therapists.map(t => t.deviationRate * 100), backgroundColor: "#a12a1f"}]},
        // Tall enough for a label per therapist: a practice of 25 would otherwise lose every other name.
        options: {indexAxis: "y", aspectRatio: Math.max(0.6, 2.5 - o.therapists.length * 0.07),
            scales: {y: {ticks: {autoSkip: false}}}}
    });
    document.getElementById("protocol").replaceChildren(...o.therapists.map(t => {
        const tr = document.createElement("tr");
        for (const value of [t.name, t.sessions, `${t.deviating} (${share(t.deviationRate)})`, t.painfulCompression,
            t.forcedStretch, t.heatOutOfRange]) {
            const td = document.createElement("td");
            td.textContent = value;
            tr.append(td);
        }
        return tr;
    }));
}

async function show() {
    const params = query();
    csv.href = `api/outcomes/csv?${params}`;
    try {
        const [outcomes] = await Promise.all([json(`api/outcomes?${params}`), chartLibrary()]);
        errors.textContent = "";
        summary(outcomes);
        trends(outcomes);
        protocol(outcomes);
    } catch (e) {
        errors.textContent = e.message;
    }
}

form.addEventListener("submit", event => {
    event.preventDefault();
    show();
});

const today = new Date();
form.elements.to.value = new Date(Date.UTC(today.getFullYear(), today.getMonth(), 1)).toISOString().slice(0, 10);
form.elements.from.value = new Date(Date.UTC(today.getFullYear() - 1, today.getMonth(), 1)).toISOString().slice(0, 10);
window.addEventListener("load", async () => {
    try {
        await loadChoices();
    } catch (e) {
        errors.textContent = e.message;
    }
    await show();
});
