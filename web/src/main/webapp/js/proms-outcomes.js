// The owner's outcomes: per questionnaire, the share of clients who reached its clinically important change, for
// the same period and filters as the other figures (the server defines and computes it; docs/outcomes.md).
import {api} from "./api.js";
import {h} from "./dom.js";

const share = value => value == null ? "—" : `${Math.round(value * 100)} %`;

/**
 * The section, a function that asks for the figures of the filter's query parameters and one that draws them. The
 * table's caption names the period and filters the figures were asked for, so a reader (and a test) knows the rows
 * drawn answer the filter shown, not the one before it.
 */
export function questionnaireFigures() {
    const body = h("tbody", {id: "questionnaire-figures"});
    const caption = h("caption", {id: "questionnaire-caption", class: "muted small"});
    const section = h("section", {class: "card", "aria-labelledby": "questionnaire-heading"},
        h("h2", {id: "questionnaire-heading"}, "Questionnaires: clients reaching the important change"),
        h("div", {class: "table-scroll", tabindex: "0", role: "region",
            "aria-label": "Questionnaire figures, table"}, h("table", {class: "list"}, caption,
            h("thead", {}, h("tr", {}, ["Questionnaire", "Important change", "Reached", "Share", "Clients answering"]
                .map(t => h("th", {scope: "col"}, t)))), body)),
        h("p", {class: "muted small"}, "Pain (NPRS) is the Improved line of the summary above."));
    const ask = params => api.get(`outcomes/questionnaires?${params}`);
    function draw(figures, filter) {
        caption.textContent = filter;
        body.replaceChildren(...figures.map(f => h("tr", {"data-measure": f.code},
            h("th", {scope: "row"}, f.title), h("td", {}, String(f.importantChange)),
            h("td", {}, `${f.reached} of ${f.evaluated}`), h("td", {}, share(f.reachedShare)),
            h("td", {}, String(f.clients)))));
    }
    return {section, ask, draw};
}
