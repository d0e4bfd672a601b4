// Progress charts (Chart.js from its WebJar): pain before and after each signed session with the clinically
// important change marked, the pressure-pain threshold of each point, and status changes on a timeline.
import {api} from "./api.js";
import {h, date, sideName, statusName} from "./dom.js";
import {chartLibraryNear} from "./libraries.js";

const COLOURS = ["#24707f", "#b5562b", "#6b4fa0", "#2f7d3b", "#9a6b00", "#a3335f", "#3d5a99"];
export async function progressSection(clientId, section) {
    const heading = section.querySelector("h2");
    try {
        const progress = await api.get(`clients/${clientId}/progress`);
        const drawings = [];
        section.replaceChildren(heading, ...content(progress, drawings).filter(Boolean));
        if (!drawings.length) return;
        // The figures and lists show at once; the charts (in boxes of fixed height) when the section nears the view.
        const Chart = await chartLibraryNear(section);
        drawings.forEach(draw => draw(Chart));
    } catch (problem) {
        if (problem.status === 401) return;
        section.replaceChildren(heading, h("p", {role: "alert"}, problem.message));
    }
}

function content(progress, drawings) {
    if (progress.notesHidden) {
        return [h("p", {class: "muted"}, "This practice shows a client's notes only to the therapists who treat them."),
            timeline(progress, drawings)];
    }
    if (!progress.sessions.length) {
        return [h("p", {class: "muted"}, "Pain and thresholds show here once a session is signed."),
            timeline(progress, drawings)];
    }
    const pain = h("canvas", {id: "pain-chart", role: "img", "aria-label": painSummary(progress)});
    const ppt = h("canvas", {id: "ppt-chart", role: "img", "aria-label": "Pressure-pain threshold of each point over sessions"});
    const grid = h("div", {class: "progress-grid"},
        h("figure", {}, h("figcaption", {}, "Pain (0–10) at each session"), h("div", {class: "canvas-box"}, pain),
            h("p", {class: "muted small"}, painSummary(progress))),
        h("figure", {}, h("figcaption", {}, `Pressure-pain threshold (${unitSymbol(progress)}), higher is better`),
            h("div", {class: "canvas-box"}, ppt)));
    drawings.push(Chart => painChart(Chart, pain, progress), Chart => pptChart(Chart, ppt, progress));
    return [grid, timeline(progress, drawings)];
}

function unitSymbol(progress) {
    return progress.thresholds.find(t => t.before)?.before.symbol ?? progress.pressureUnit;
}

function painSummary(progress) {
    const last = progress.sessions.at(-1);
    if (progress.baselinePain === null || last.changeFromBaseline === null) return "Pain was not recorded at the first session.";
    const change = last.changeFromBaseline;
    const words = change > 0 ? `${change} point${change === 1 ? "" : "s"} lower` : change < 0 ? `${-change} higher` : "unchanged";
    return `First session ${progress.baselinePain}/10, latest ${last.painBefore}/10: ${words}`
        + (last.importantChange ? ` — a clinically important change (${progress.clinicallyImportantChange} points or more).` : ".");
}

function painChart(Chart, canvas, progress) {
    const labels = progress.sessions.map(s => date(s.sessionAt));
    const target = progress.baselinePain === null ? null : Math.max(0, progress.baselinePain - progress.clinicallyImportantChange);
    new Chart(canvas, {
        type: "line",
        data: {labels, datasets: [
            {label: "Pain before", data: progress.sessions.map(s => s.painBefore), borderColor: "#b5562b",
                backgroundColor: "#b5562b", pointStyle: progress.sessions.map(s => s.importantChange ? "star" : "circle"),
                pointRadius: progress.sessions.map(s => s.importantChange ? 9 : 4), borderWidth: 2.5},
            {label: "Pain after", data: progress.sessions.map(s => s.painAfter), borderColor: "#24707f",
                backgroundColor: "#24707f", borderDash: [6, 4], pointStyle: "rectRot", pointRadius: 4, borderWidth: 2},
            ...(target === null ? [] : [{label: `Clinically important change (${progress.clinicallyImportantChange} points below first)`,
                data: labels.map(() => target), borderColor: "#5c6b70", borderDash: [2, 3], pointRadius: 0,
                borderWidth: 1.5, fill: false}])]},
        options: {responsive: true, maintainAspectRatio: false, animation: false,
            scales: {y: {min: 0, max: 10, ticks: {stepSize: 2}, title: {display: true, text: "Pain 0–10"}}},
            plugins: {legend: {position: "bottom", labels: {usePointStyle: true}}}}
    });
}

function pptChart(Chart, canvas, progress) {
    const labels = [...new Set(progress.thresholds.map(t => t.sessionAt))].sort();
    const byPoint = new Map();
    for (const t of progress.thresholds) {
        if (!byPoint.has(t.triggerPointId)) byPoint.set(t.triggerPointId, {name: `${t.muscleName} (${sideName(t.side)})`, values: {}});
        if (t.before) byPoint.get(t.triggerPointId).values[t.sessionAt] = t.before.value;
    }
    const datasets = [...byPoint.values()].map((p, i) => ({label: p.name, data: labels.map(l => p.values[l] ?? null),
        borderColor: COLOURS[i % COLOURS.length], backgroundColor: COLOURS[i % COLOURS.length], spanGaps: true,
        pointStyle: ["circle", "rect", "triangle", "rectRot", "star", "crossRot"][i % 6], pointRadius: 5}));
    new Chart(canvas, {type: "line", data: {labels: labels.map(date), datasets},
        options: {responsive: true, maintainAspectRatio: false, animation: false,
            scales: {y: {beginAtZero: true, title: {display: true, text: unitSymbol(progress)}}},
            plugins: {legend: {position: "bottom", labels: {usePointStyle: true}}}}});
}

function timeline(progress, drawings) {
    const changes = progress.statusChanges;
    if (!changes.length) return null;
    const points = [...new Map(changes.map(c => [c.triggerPointId, `${c.muscleName} (${sideName(c.side)})`])).entries()];
    const row = Object.fromEntries(points.map(([id], i) => [id, i]));
    const canvas = h("canvas", {id: "status-chart", role: "img",
        "aria-label": "Status changes of each trigger point over time; the same changes are listed below"});
    const styles = {ACTIVE: ["circle", "#b83227"], LATENT: ["rectRot", "#b7770b"], RESOLVED: ["crossRot", "#2e7d46"]};
    drawings.push(Chart => new Chart(canvas, {type: "scatter",
        data: {datasets: Object.entries(styles).map(([status, [pointStyle, colour]]) => ({
            label: statusName(status), pointStyle, borderColor: colour, backgroundColor: colour, pointRadius: 8,
            borderWidth: 3, data: changes.filter(c => c.to === status)
                .map(c => ({x: Date.parse(c.at), y: row[c.triggerPointId]}))}))},
        options: {responsive: true, maintainAspectRatio: false, animation: false,
            scales: {x: {ticks: {callback: value => date(new Date(value).toISOString()), maxTicksLimit: 6}},
                y: {min: -0.5, max: points.length - 0.5, reverse: true,
                    afterBuildTicks: axis => { axis.ticks = points.map((_, i) => ({value: i})); },
                    ticks: {autoSkip: false, callback: value => points[value]?.[1] ?? ""}}},
            plugins: {legend: {position: "bottom", labels: {usePointStyle: true}},
                tooltip: {callbacks: {label: item => `${points[item.parsed.y][1]}: ${item.dataset.label}`}}}}}));
    // The height through the DOM, not a style attribute: the Content-Security-Policy refuses inline styles.
    const box = h("div", {class: "canvas-box"}, canvas);
    box.style.height = `${120 + points.length * 36}px`;
    return h("div", {class: "timeline-box"}, h("h3", {}, "Status changes"),
        box,
        h("details", {}, h("summary", {}, "Status changes as a list"),
            h("ol", {class: "timeline"}, changes.map(c => h("li", {class: c.to.toLowerCase()},
                h("span", {class: "when"}, date(c.at)),
                h("span", {}, `${c.muscleName} (${sideName(c.side)}): `,
                    c.from ? `${statusName(c.from)} → ` : "charted ", h("strong", {}, statusName(c.to)),
                    c.recurrence ? " — recurrence" : ""))))));
}
