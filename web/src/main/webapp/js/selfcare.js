// What the handout teaches for each muscle, and the pain its points refer: the catalogue's texts, which an
// administrator corrects here.
import {api} from "./api.js";
import {h, showErrors, clearErrors} from "./dom.js";
import {flash} from "./app.js";

export async function selfCareSection() {
    const muscles = await api.get("muscles");
    const select = h("select", {id: "care-muscle"}, muscles.map(m => h("option", {value: m.code}, m.name)));
    const holder = h("div");
    async function show() {
        const muscle = muscles.find(m => m.code === select.value);
        const care = await api.get(`muscles/${muscle.code}/self-care`);
        holder.replaceChildren(careForm(muscle, care), muscleForm(muscle));
    }
    select.addEventListener("change", show);
    await show();
    return h("section", {class: "card", "aria-labelledby": "care-heading"},
        h("h2", {id: "care-heading"}, "Self-care texts and referred pain"),
        h("div", {class: "field"}, h("label", {for: "care-muscle"}, "Muscle"), select), holder);
}

function input(label, id, name, value, attributes = {}) {
    const element = attributes.rows ? h("textarea", {id, name, "data-field": name, ...attributes}, value ?? "")
        : h("input", {id, name, "data-field": name, value: value ?? "", ...attributes});
    return h("div", {class: "field"}, h("label", {for: id}, label), element);
}

function careForm(muscle, care) {
    const summary = h("p", {class: "errors", role: "alert"});
    const form = h("form", {novalidate: true, id: "care-form"},
        h("h3", {}, `On the handout for ${muscle.name}`),
        input("How the client presses the point", "c-press", "selfPressure", care.selfPressure, {rows: 3, maxlength: 1000}),
        input("Stretch", "c-stretch", "stretchName", care.stretchName, {maxlength: 200}),
        input("The stretch's steps (one per line)", "c-steps", "stretchSteps", care.stretchSteps.join("\n"), {rows: 4}),
        input("How often", "c-often", "frequency", care.frequency, {maxlength: 300}),
        summary, h("button", {type: "submit", class: "primary"}, "Save texts"));
    form.addEventListener("submit", async event => {
        event.preventDefault();
        clearErrors(form);
        try {
            const saved = await api.put(`muscles/${muscle.code}/self-care`, {selfPressure: form.elements.selfPressure.value,
                stretchName: form.elements.stretchName.value, frequency: form.elements.frequency.value,
                stretchSteps: form.elements.stretchSteps.value.split("\n").map(s => s.trim()).filter(Boolean)},
            care.version);
            care.version = saved.version;
            flash(`Self-care texts of ${muscle.name} saved.`);
        } catch (problem) {
            showErrors(form, problem, summary);
        }
    });
    return form;
}

function muscleForm(muscle) {
    const summary = h("p", {class: "errors", role: "alert"});
    const form = h("form", {novalidate: true, id: "muscle-form"},
        h("h3", {}, `${muscle.name} in the catalogue`),
        input("Where its points refer pain", "m-pain", "referredPain", muscle.referredPain, {rows: 2, maxlength: 400}),
        input("SNOMED CT code", "m-snomed", "snomedCode", muscle.snomedCode, {maxlength: 18, inputmode: "numeric"}),
        summary, h("button", {type: "submit"}, "Save description"));
    form.addEventListener("submit", async event => {
        event.preventDefault();
        clearErrors(form);
        try {
            const saved = await api.put(`muscles/${muscle.code}`, {referredPain: form.elements.referredPain.value,
                snomedCode: form.elements.snomedCode.value.trim()}, muscle.version);
            muscle.version = saved.version;
            flash(`${muscle.name} saved.`);
        } catch (problem) {
            showErrors(form, problem, summary);
        }
    });
    return form;
}
