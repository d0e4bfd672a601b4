// The findings that make a trigger point: each yes, no or not tested, recorded when charting or correcting a point.
import {h} from "./dom.js";

export const CRITERIA = {tautBand: "Taut band", spotTenderness: "Spot tenderness",
    localTwitchResponse: "Local twitch response", jumpSign: "Jump sign", referredPain: "Referred pain",
    recognisedPain: "Pain the client recognises"};
const FINDINGS = {YES: "Yes", NO: "No", NOT_TESTED: "Not tested"};

/** The six criteria as one-tap choices, and a field for the pain the client describes. */
export function criteriaFields(prefix, criteria = {}, referredPain = "") {
    return h("fieldset", {class: "criteria", id: `${prefix}-criteria`},
        h("legend", {}, "Findings"),
        Object.entries(CRITERIA).map(([name, label]) => h("div", {class: "criterion"},
            h("span", {class: "criterion-name", id: `${prefix}-${name}-label`}, label),
            h("div", {class: "segmented small", role: "radiogroup", "aria-labelledby": `${prefix}-${name}-label`},
                Object.entries(FINDINGS).map(([code, text]) => h("label", {},
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
    for (const name of Object.keys(CRITERIA)) {
        criteria[name] = container.querySelector(`[name="${prefix}-${name}"]:checked`)?.value ?? "NOT_TESTED";
    }
    const text = container.querySelector(`#${prefix}-referred`).value.trim();
    return {criteria, referredPain: text || null};
}
