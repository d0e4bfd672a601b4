// The owner's outcomes: per questionnaire, the share of clients who reached its clinically important change, for
// the same period and filters as the other figures (the server defines and computes it; docs/outcomes.md).
import {api} from "./api.js";
import {h} from "./dom.js";

const share = value => value == null ? "—" : `${Math.round(value * 100)} %`;

/** The section and a function that fills it for the filter's query parameters. */
export function questionnaireFigures() {
    const body = h("tbody", {id: "questionnaire-figures"});
    const section = h("section", {class: "card", "aria-labelledby": "questionnaire-heading"},
        h("h2", {id: "questionnaire-heading"}, "Questionnaires: clients reaching the important change"),
        h("div", {class: "table-scroll", tabindex: "0", role: "region",
            "aria-label": "Questionnaire figures, table"}, h("table", {class: "list"},
            h("thead", {}, h("tr", {}, ["Questionnaire", "Important change", "Reached", "Share", "Clients answering"]
                .map(t => h("th", {scope: "col"}, t)))), body)),
        h("p", {class: "muted small"}, "Pain (NPRS) is the Improved line of the summary above."));
    async function show(params) {
        const figures = await api.get(`outcomes/questionnaires?${params}`);
        body.replaceChildren(...figures.map(f => h("tr", {"data-measure": f.code},
            h("th", {scope: "row"}, f.title), h("td", {}, String(f.importantChange)),
            h("td", {}, `${f.reached} of ${f.evaluated}`), h("td", {}, share(f.reachedShare)),
            h("td", {}, String(f.clients)))));
    }
    return {section, show};
}
