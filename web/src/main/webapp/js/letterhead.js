// The handouts' letterhead for owners and administrators: the practice's name and address, and the phone number
// every handout prints in its safety box. Until the phone is set the server issues no handout, so this says so.
import {api} from "./api.js";
import {h, showErrors, clearErrors, sending} from "./dom.js";
import {flash, go} from "./app.js";

export function letterheadForm(settings, mayChange) {
    const summary = h("p", {class: "errors", role: "alert"});
    const field = (label, name, attributes = {}) => h("div", {class: "field"},
        h("label", {for: `l-${name}`}, label),
        h(attributes.rows ? "textarea" : "input", {id: `l-${name}`, name, "data-field": name, ...attributes}));
    const form = h("form", {novalidate: true, id: "letterhead-form"},
        settings.contactPhone ? null : h("p", {class: "banner", role: "note", id: "no-phone"},
            "⚠ Handouts cannot be issued until the practice's contact phone is set: every handout tells the client"
            + " which number to call with a worry."),
        h("div", {class: "grid2"},
            field("Practice name", "practiceName", {maxlength: 120}),
            field("Contact phone clients call with a worry", "contactPhone", {type: "tel", maxlength: 30,
                required: true, autocomplete: "tel"})),
        field("Address and other contact lines", "practiceContact", {rows: 2, maxlength: 300}),
        summary, mayChange ? h("button", {type: "submit", class: "primary"}, "Save letterhead") : null);
    for (const name of ["practiceName", "contactPhone", "practiceContact"]) {
        form.elements[name].value = settings[name] ?? "";
    }
    form.addEventListener("submit", sending(async () => {
        clearErrors(form);
        const value = name => form.elements[name].value.trim() || null;
        try {
            await api.put("practice-settings/letterhead", {practiceName: value("practiceName"),
                practiceContact: value("practiceContact"), contactPhone: value("contactPhone")}, settings.version);
            flash("Letterhead saved.");
            go("#/settings");
        } catch (problem) {
            showErrors(form, problem, summary);
        }
    }));
    return h("section", {class: "card", "aria-labelledby": "letterhead-heading"},
        h("h2", {id: "letterhead-heading"}, "Handout letterhead"), form);
}
