// The parts of the session form around the treated points: when and why, the pain scales, the end of the session,
// and the home care printed on the client's handout.
import {h} from "./dom.js";

export function local(iso) {
    if (!iso) return "";
    const d = new Date(iso);
    return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
}

function field(label, name, input) {
    return h("div", {class: "field"}, h("label", {for: `f-${name}`}, label), input);
}

export function textField(state, name, label, changed, {area = false, max = 4000, path = name} = {}) {
    const input = h(area ? "textarea" : "input", {id: `f-${name}`, "data-field": path, rows: area ? 3 : null,
        maxlength: max});
    input.value = state.fields[name] ?? "";
    input.addEventListener("input", () => { state.fields[name] = input.value; changed(); });
    return field(label, name, input);
}

function moment(state, name, label, changed, path) {
    const input = h("input", {type: "datetime-local", id: `f-${name}`, "data-field": path,
        value: local(name === "sessionAt" ? state.sessionAt : state.fields[name])});
    input.addEventListener("input", () => {
        const value = input.value ? new Date(input.value).toISOString() : null;
        if (name === "sessionAt") state.sessionAt = value ?? state.sessionAt; else state.fields[name] = value;
        changed();
    });
    return field(label, name, input);
}

export function painScale(state, name, label, changed) {
    return h("fieldset", {class: "pain-scale", "data-field": name},
        h("legend", {}, label),
        h("div", {class: "scale"}, Array.from({length: 11}, (_, i) => h("label", {},
            h("input", {type: "radio", name, value: i, checked: state.fields[name] === i,
                onchange: () => { state.fields[name] = i; changed(); }}),
            h("span", {}, String(i))))));
}

function regionSelect(state, regions, changed) {
    const select = h("select", {id: "f-complaintRegion", "data-field": "complaintRegion"},
        h("option", {value: ""}, "Not said"),
        regions.map(([code, label]) => h("option", {value: code, selected: code === state.fields.complaintRegion},
            label)));
    select.addEventListener("change", () => { state.fields.complaintRegion = select.value || null; changed(); });
    return field("Where the complaint is", "complaintRegion", select);
}

export function aboutSection(state, regions, changed) {
    return h("section", {class: "card", "aria-labelledby": "about-heading"},
        h("h2", {id: "about-heading"}, "Session"),
        h("div", {class: "grid3"},
            moment(state, "sessionAt", "When", changed, "sessionAt"),
            textField(state, "complaint", "Complaint today", changed, {max: 2000}),
            regionSelect(state, regions, changed)),
        painScale(state, "painBefore", "Pain before (0–10)", changed));
}

export function endSection(state, changed) {
    return h("section", {class: "card", "aria-labelledby": "end-heading"},
        h("h2", {id: "end-heading"}, "End of session"),
        painScale(state, "painAfter", "Pain after (0–10)", changed),
        h("div", {class: "grid2"}, textField(state, "assessment", "Assessment", changed, {area: true}),
            textField(state, "plan", "Plan", changed, {area: true})));
}

export function homeCareSection(state, changed) {
    return h("section", {class: "card", "aria-labelledby": "home-heading"},
        h("h2", {id: "home-heading"}, "Home care"),
        h("p", {class: "muted small"}, "Printed on the client's handout with the stretches and heat of the points "
            + "treated."),
        h("div", {class: "grid2"},
            textField(state, "homeNote", "A personal note for the client", changed,
                {area: true, max: 1000, path: "homeCare.note"}),
            moment(state, "nextAppointment", "Next appointment", changed, "homeCare.nextAppointment")));
}
