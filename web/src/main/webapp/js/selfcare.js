// What the handout teaches for each muscle, and the pain its points refer: the catalogue's texts, which an
// administrator corrects here.
import {api} from "./api.js";
import {h, showErrors, clearErrors, sending} from "./dom.js";
import {flash} from "./app.js";
import {labels} from "./codes.js";

export async function selfCareSection() {
    const [muscles, positions, tools, languages] = await Promise.all([api.get("muscles"), labels("positions"),
        labels("pressureTools"), labels("handoutLanguages")]);
    const select = h("select", {id: "care-muscle"}, muscles.map(m => h("option", {value: m.code}, m.name)));
    const holder = h("div");
    async function show() {
        const muscle = muscles.find(m => m.code === select.value);
        // The previous muscle's form cannot be typed into while the chosen one's texts load: it is about to go.
        holder.inert = true;
        holder.setAttribute("aria-busy", "true");
        try {
            const [care, stretches] = await Promise.all([api.get(`muscles/${muscle.code}/self-care`),
                api.get(`muscles/${muscle.code}/stretches`)]);
            const translations = translationList(muscle, languages);
            holder.replaceChildren(careForm(muscle, care, positions, tools, translations.refresh), translations.element,
                stretchList(stretches, positions), muscleForm(muscle));
            await translations.refresh();
        } finally {
            holder.inert = false;
            holder.removeAttribute("aria-busy");
        }
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

function choice(label, id, name, value, options) {
    return h("div", {class: "field"}, h("label", {for: id}, label),
        h("select", {id, name, "data-field": name}, Object.entries(options).filter(([code]) => code)
            .map(([code, text]) => h("option", {value: code, selected: code === value}, text))));
}

/** The catalogue's stretches, shipped reviewed; the therapist picks one per point, or writes their own. */
function stretchList(stretches, positions) {
    return h("div", {id: "care-stretches"}, h("h3", {}, "Stretches in the catalogue"),
        h("ul", {}, stretches.map(s => h("li", {}, h("strong", {}, s.name),
            ` — ${(positions[s.position] ?? s.position).toLowerCase()}${s.loadsSpinalFlexion ? ", bends the spine forward under load" : ""}`
            + `${s.part ? `, ${s.part.toLowerCase()} fibres` : ""}`))));
}

/**
 * Each translation of the muscle's texts, and whether it is behind the English: written before the English texts
 * were last corrected, so sheets in its language are refused until an administrator confirms it still says the same.
 */
function translationList(muscle, languages) {
    const list = h("ul");
    const element = h("div", {id: "care-translations"}, h("h3", {}, "Translations"), list);
    async function refresh() {
        const others = Object.entries(languages).filter(([code]) => code && code !== "en");
        const cares = await Promise.all(others.map(([code]) => api.get(`muscles/${muscle.code}/self-care?language=${code}`)));
        list.replaceChildren(...cares.map((care, i) => translationItem(muscle, others[i][1], care, refresh)));
    }
    return {element, refresh};
}

function translationItem(muscle, language, care, refresh) {
    if (!care.behindEnglish) {
        return h("li", {}, `${language}: says what the English texts say.`);
    }
    const summary = h("p", {class: "errors", role: "alert"});
    const confirm = h("button", {type: "button"}, `${language} still says the same: confirm`);
    confirm.addEventListener("click", sending(async () => {
        try {
            await api.put(`muscles/${muscle.code}/self-care?language=${care.language}`, {confirmTranslation: true},
                care.version);
            flash(`${language} texts of ${muscle.name} confirmed against the English.`);
            await refresh();
        } catch (problem) {
            summary.textContent = problem.detail ?? problem.title ?? String(problem);
        }
    }));
    return h("li", {class: "behind"}, h("strong", {}, `${language}: behind the English.`),
        ` Written before the English texts were last corrected; sheets in ${language} are refused until the`
        + " translation is read beside the English and confirmed.", " ", confirm, summary);
}

function careForm(muscle, care, positions, tools, translationsChanged) {
    const summary = h("p", {class: "errors", role: "alert"});
    const form = h("form", {novalidate: true, id: "care-form"},
        h("h3", {}, `On the handout for ${muscle.name}`),
        input("How the client presses the point", "c-press", "selfPressure", care.selfPressure, {rows: 3, maxlength: 1000}),
        h("div", {class: "grid2"},
            choice("In what position", "c-position", "pressurePosition", care.pressurePosition, positions),
            choice("With what", "c-tool", "pressureTool", care.pressureTool, tools)),
        input("The gentle version: fingertips only, never flat on the back or face down", "c-gentle", "gentlePressure",
            care.gentlePressure, {rows: 3, maxlength: 1000}),
        input("How often", "c-often", "frequency", care.frequency, {maxlength: 300}),
        summary, h("button", {type: "submit", class: "primary"}, "Save texts"));
    form.addEventListener("submit", sending(async () => {
        clearErrors(form);
        try {
            const value = name => form.elements[name].value;
            const saved = await api.put(`muscles/${muscle.code}/self-care`, {selfPressure: value("selfPressure"),
                pressurePosition: value("pressurePosition"), pressureTool: value("pressureTool"),
                gentlePressure: value("gentlePressure"), frequency: value("frequency")}, care.version);
            care.version = saved.version;
            flash(`Self-care texts of ${muscle.name} saved.`);
            await translationsChanged();
        } catch (problem) {
            showErrors(form, problem, summary);
        }
    }));
    return form;
}

function muscleForm(muscle) {
    const summary = h("p", {class: "errors", role: "alert"});
    const form = h("form", {novalidate: true, id: "muscle-form"},
        h("h3", {}, `${muscle.name} in the catalogue`),
        input("Where its points refer pain", "m-pain", "referredPain", muscle.referredPain, {rows: 2, maxlength: 400}),
        input("SNOMED CT code", "m-snomed", "snomedCode", muscle.snomedCode, {maxlength: 18, inputmode: "numeric"}),
        summary, h("button", {type: "submit"}, "Save description"));
    form.addEventListener("submit", sending(async () => {
        clearErrors(form);
        try {
            const saved = await api.put(`muscles/${muscle.code}`, {referredPain: form.elements.referredPain.value,
                snomedCode: form.elements.snomedCode.value.trim()}, muscle.version);
            muscle.version = saved.version;
            flash(`${muscle.name} saved.`);
        } catch (problem) {
            showErrors(form, problem, summary);
        }
    }));
    return form;
}
