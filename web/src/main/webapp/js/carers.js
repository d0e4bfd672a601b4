// Which therapists look after a client, on the chart: everyone who may see the client reads the list; an owner
// assigns therapists (with "own clients only", the ones who see the client besides those who treated them).
import {api} from "./api.js";
import {h, date, showErrors, clearErrors, sending} from "./dom.js";
import {can, flash} from "./app.js";

export async function carersSection(clientId) {
    const section = h("section", {class: "card", "aria-labelledby": "carers-heading", id: "carers"},
        h("h2", {id: "carers-heading"}, "Therapists"));
    const [carers, users] = await Promise.all([api.get(`clients/${clientId}/therapists`),
        can("OWNER") ? api.get("users") : null]);
    const treated = carers.treatedBy.map(c => h("li", {}, `${c.displayName}, treated since ${date(c.since)}`));
    section.append(h("p", {class: "muted"}, "Assigned by an owner, and everyone who has signed a note for this client."),
        h("ul", {id: "carers-list"}, ...carers.assigned.map(c => h("li", {}, `${c.displayName}, assigned ${date(c.since)}`)),
            ...treated));
    if (!users) return section;
    const assigned = new Set(carers.assigned.map(c => c.therapistId));
    const therapists = (users.items ?? users).filter(u => u.active !== false && u.roles.includes("THERAPIST"));
    const summary = h("p", {class: "errors", role: "alert"});
    const form = h("form", {novalidate: true, id: "carers-form"},
        h("fieldset", {"data-field": "therapistIds"}, h("legend", {}, "Assign therapists"),
            therapists.map(u => h("label", {class: "check"},
                h("input", {type: "checkbox", name: "therapistIds", value: u.id, checked: assigned.has(u.id)}),
                h("span", {}, u.displayName)))),
        summary, h("button", {type: "submit"}, "Save assignment"));
    form.addEventListener("submit", sending(async () => {
        clearErrors(form);
        const therapistIds = [...form.querySelectorAll("input[name=therapistIds]:checked")].map(i => i.value);
        try {
            // The client's version as read with the list: an assignment changed since is refused (409), not undone.
            await api.put(`clients/${clientId}/therapists`, {therapistIds}, carers.version);
            flash("Assignment saved.");
            section.replaceWith(await carersSection(clientId));
        } catch (problem) {
            showErrors(form, problem, summary);
        }
    }));
    section.append(form);
    return section;
}
