// When a draft was saved from elsewhere (another tab, another device) since this form read it: both versions side by
// side, and the choice to keep this one (saved over the other) or load the other (this one stays here to copy from).
import {h, dateTime} from "./dom.js";

const FIELDS = {complaint: "Complaint", assessment: "Assessment", plan: "Plan", homeNote: "Note for the client"};

function differences(mine, theirs) {
    const rows = Object.entries(FIELDS)
        .filter(([name]) => (mine.fields[name] ?? "") !== (theirs.fields[name] ?? ""))
        .map(([name, label]) => [label, mine.fields[name] ?? "", theirs.fields[name] ?? ""]);
    for (const name of ["painBefore", "painAfter"]) {
        if (mine.fields[name] !== theirs.fields[name]) {
            rows.push([name === "painBefore" ? "Pain before" : "Pain after", mine.fields[name] ?? "–",
                theirs.fields[name] ?? "–"]);
        }
    }
    const treated = s => s.points.filter(p => p.treated).map(p => p.muscleName).join(", ") || "none";
    if (treated(mine) !== treated(theirs)) rows.push(["Points treated", treated(mine), treated(theirs)]);
    return rows;
}

/**
 * The panel; {@code mine} and {@code theirs} are form states, {@code savedAt} when the other version was saved.
 * {@code keepMine} and {@code takeTheirs} act on the choice.
 */
export function conflictPanel({mine, theirs, savedAt, keepMine, takeTheirs}) {
    const rows = differences(mine, theirs);
    return h("section", {class: "card conflict", id: "conflict", role: "alert", "aria-labelledby": "conflict-heading"},
        h("h2", {id: "conflict-heading"}, "This draft was also changed elsewhere"),
        h("p", {}, `Another tab or device saved this draft ${savedAt ? `at ${dateTime(savedAt)} ` : ""}after this `
            + "form opened it. Nothing is lost: your version is still here. Choose which one to keep."),
        rows.length ? h("table", {class: "list compare"},
            h("thead", {}, h("tr", {}, h("th", {scope: "col"}, "Field"), h("th", {scope: "col"}, "Yours (this tab)"),
                h("th", {scope: "col"}, "Saved elsewhere"))),
            h("tbody", {}, rows.map(([label, a, b]) => h("tr", {}, h("th", {scope: "row"}, label),
                h("td", {class: "mine"}, String(a)), h("td", {}, String(b))))))
            : h("p", {class: "muted"}, "The texts are the same; the dosages or reasons may differ."),
        h("div", {class: "actions"},
            h("button", {type: "button", class: "primary", id: "keep-mine", onclick: keepMine},
                "Keep my version (save it over the other)"),
            h("button", {type: "button", id: "take-theirs", onclick: takeTheirs},
                "Load the saved version (mine stays below to copy from)")));
}

/** What stays after loading the other version: this tab's texts, to copy back. */
export function myTexts(mine) {
    const texts = Object.entries(FIELDS).filter(([name]) => mine.fields[name]);
    if (!texts.length) return null;
    return h("section", {class: "card", id: "my-texts", "aria-labelledby": "my-texts-heading"},
        h("h2", {id: "my-texts-heading"}, "Your texts from before"),
        h("dl", {class: "facts"}, texts.flatMap(([name, label]) => [h("dt", {}, label),
            h("dd", {class: "keep-text"}, mine.fields[name])])));
}
