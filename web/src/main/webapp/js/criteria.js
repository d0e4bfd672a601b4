// The findings that make a trigger point: each yes, no or not tested, recorded when charting or correcting a point.
import {h} from "./dom.js";
import {wordsNow} from "./codes.js";

/** {field: words} of the diagnostic criteria, in the server's order. */
export function criteriaNames() {
    return wordsNow("criteria");
}

/** The six criteria as one-tap choices, and a field for the pain the client describes. */
export function criteriaFields(prefix, criteria = {}, referredPain = "") {
    return h("fieldset", {class: "criteria", id: `${prefix}-criteria`},
        h("legend", {}, "Findings"),
        Object.entries(criteriaNames()).map(([name, label]) => h("div", {class: "criterion"},
            h("span", {class: "criterion-name", id: `${prefix}-${name}-label`}, label),
            h("div", {class: "segmented small", role: "radiogroup", "aria-labelledby": `${prefix}-${name}-label`},
                Object.entries(wordsNow("findings")).map(([code, text]) => h("label", {},
                    h("input", {type: "radio", name: `${prefix}-${name}`, value: code,
                        checked: (criteria[name] ?? "NOT_TESTED") === code}),
                    h("span", {}, text)))))),
        h("div", {class: "field"}, h("label", {for: `${prefix}-referred`}, "Pain the client describes (optional)"),
            h("input", {id: `${prefix}-referred`, maxlength: 1000, value: referredPain ?? "",
                "data-field": "referredPain"})));
}

/** The criteria as chosen in the fields, and the description, as the API takes them. */
export function readCriteria(container, prefix) {
    const criteria = {};
    for (const name of Object.keys(criteriaNames())) {
        criteria[name] = container.querySelector(`[name="${prefix}-${name}"]:checked`)?.value ?? "NOT_TESTED";
    }
    const text = container.querySelector(`#${prefix}-referred`).value.trim();
    return {criteria, referredPain: text || null};
}
