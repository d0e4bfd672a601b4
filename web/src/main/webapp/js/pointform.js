// One treated point in the session form: thresholds, then compression → stretch → heat with their dosage. Choices
// are one tap (segmented buttons); a stage whose dosage came from an earlier session is folded to one line.
import {h, dateTime, statusName} from "./dom.js";


const idOf = path => `f-${path.replace(/[^\w]/g, "-")}`;

function number(label, path, value, attributes, onChange) {
    const id = idOf(path);
    const input = h("input", {id, type: "number", inputmode: "decimal", value: value ?? "", "data-field": path,
        ...attributes});
    input.addEventListener("input", () => onChange(input.value === "" ? null : Number(input.value)));
    return h("div", {class: "field small"}, h("label", {for: id}, label), input);
}

function choice(label, path, value, options, onChange) {
    const name = idOf(path);
    return h("fieldset", {class: "choice", "data-field": path}, h("legend", {}, label),
        h("div", {class: "segmented"}, Object.entries(options).map(([code, text]) => {
            const input = h("input", {type: "radio", name, value: code, checked: code === value});
            input.addEventListener("change", () => onChange(code));
            return h("label", {}, input, h("span", {}, text));
        })));
}

function check(label, path, value, onChange) {
    const input = h("input", {type: "checkbox", checked: !!value, "data-field": path});
    input.addEventListener("change", () => onChange(input.checked));
    return h("label", {class: "check inline"}, input, h("span", {}, label));
}

function text(label, path, value, onChange) {
    const id = idOf(path);
    const input = h("input", {id, value: value ?? "", "data-field": path, maxlength: 200});
    input.addEventListener("input", () => onChange(input.value));
    return h("div", {class: "field grow"}, h("label", {for: id}, label), input);
}

/** The episodes of a point as the API takes them, in the order compression → stretch → heat. */
export function episodes(point) {
    const list = [{kind: "COMPRESSION", ...point.compression}];
    if (point.stretchDone) list.push({kind: "STRETCH", ...point.stretch});
    if (point.heatDone) list.push({kind: "HEAT", ...point.heat});
    return list;
}

/** The paths the server names in its errors for this point's fields: points[i].episodes[j].field. */
function paths(point, index) {
    const at = kind => episodes(point).findIndex(e => e.kind === kind);
    return {point: `points[${index}]`, c: `points[${index}].episodes[${at("COMPRESSION")}]`,
        s: `points[${index}].episodes[${at("STRETCH")}]`, hh: `points[${index}].episodes[${at("HEAT")}]`};
}

function copiedNote(point) {
    if (!point.copiedFrom) return null;
    const from = point.copiedFrom.sessionAt ? `this client's session of ${dateTime(point.copiedFrom.sessionAt)}`
        : `${point.copiedFrom.pointName}, charted above`;
    return h("p", {class: "copied", "data-copied": "true"}, "↺ Dosage copied from ", from,
        ". Check it; discomfort and the skin check are recorded afresh.");
}

/** The point's stages; words holds the server's releaseReasons and heatModalities ({code: label}, codes.js). */
export function pointForm(point, index, unitSymbol, words, changed, rerender) {
    const p = paths(point, index);
    const c = point.compression;
    const st = point.stretch;
    const ht = point.heat;
    const set = (object, name) => value => { object[name] = value; changed(); };
    return h("div", {class: "episodes"},
        copiedNote(point),
        h("fieldset", {class: "stage"}, h("legend", {}, "Pressure-pain threshold"),
            h("div", {class: "row"},
                number(`Before (${unitSymbol})`, `${p.point}.pptBefore`, point.pptBefore, {min: 0, step: 0.1},
                    set(point, "pptBefore")),
                number(`After (${unitSymbol})`, `${p.point}.pptAfter`, point.pptAfter, {min: 0, step: 0.1},
                    set(point, "pptAfter"))),
            choice("Status after the session", `${p.point}.statusAfter`, point.statusAfter ?? "",
                {"": "Unchanged", LATENT: statusName("LATENT"), RESOLVED: statusName("RESOLVED"),
                    ACTIVE: statusName("ACTIVE")},
                value => { point.statusAfter = value || null; changed(); })),
        h("fieldset", {class: "stage"}, h("legend", {}, h("span", {class: "step"}, "1"), "Compression"),
            h("div", {class: "row"},
                number("Pressure 0–10", `${p.c}.pressureLevel`, c.pressureLevel, {min: 0, max: 10}, set(c, "pressureLevel")),
                number("Hold (s)", `${p.c}.holdSeconds`, c.holdSeconds, {min: 1}, set(c, "holdSeconds")),
                number("Repetitions", `${p.c}.repetitions`, c.repetitions, {min: 1}, set(c, "repetitions")),
                number("Discomfort 0–10", `${p.c}.discomfort`, c.discomfort, {min: 0, max: 10, class: "discomfort"},
                    set(c, "discomfort"))),
            choice("Released because", `${p.c}.releaseReason`, c.releaseReason, words.releaseReasons, set(c, "releaseReason"))),
        folded("2", "Stretch", !point.stretch.stretch || !point.stretch.holdSeconds || !point.stretch.repetitions,
            () => point.stretchDone ? stretchText(st) : "not done",
            check("Stretch done", `${p.point}.stretchDone`, point.stretchDone,
                value => { point.stretchDone = value; rerender(); }),
            point.stretchDone ? h("div", {class: "row"},
                text("Stretch", `${p.s}.stretch`, st.stretch, set(st, "stretch")),
                number("Hold (s)", `${p.s}.holdSeconds`, st.holdSeconds, {min: 1}, set(st, "holdSeconds")),
                number("Repetitions", `${p.s}.repetitions`, st.repetitions, {min: 1}, set(st, "repetitions")),
                check("With breathing", `${p.s}.breathingCoordinated`, st.breathingCoordinated,
                    set(st, "breathingCoordinated")),
                check("Forced", `${p.s}.forced`, st.forced, set(st, "forced"))) : null),
        folded("3", "Heat", !!point.heatBlocked
            || point.heatDone && (!point.heat.modality || !point.heat.minutes || !point.heat.skinChecked),
            () => point.heatDone ? heatText(ht, words.heatModalities) : point.heatBlocked ? `off: ${point.heatBlocked.title}` : "not applied",
            point.heatBlocked ? h("p", {class: "precaution", "data-heat-off": "true"}, "⚠ Heat starts off for this "
                + `client: ${point.heatBlocked.title}. `, point.heatBlocked.explanation ?? "",
            " Tick it only if you applied heat all the same; it will need a reason.") : null,
            check("Heat applied", `${p.point}.heatDone`, point.heatDone,
                value => { point.heatDone = value; rerender(); }),
            point.heatDone ? choice("Heat from", `${p.hh}.modality`, ht.modality, words.heatModalities, set(ht, "modality")) : null,
            point.heatDone ? h("div", {class: "row"},
                number("Minutes", `${p.hh}.minutes`, ht.minutes, {min: 1}, set(ht, "minutes")),
                check("Skin checked", `${p.hh}.skinChecked`, ht.skinChecked, set(ht, "skinChecked"))) : null));
}

function stretchText(st) {
    return `${st.stretch || "stretch"}, ${st.holdSeconds ?? "–"} s × ${st.repetitions ?? "–"}`
        + `${st.breathingCoordinated ? ", with breathing" : ""}${st.forced ? ", forced" : ""}`;
}

function heatText(ht, modalities) {
    return `${modalities[ht.modality]?.toLowerCase() ?? "–"}, ${ht.minutes ?? "–"} min${ht.skinChecked ? ", skin checked" : ""}`;
}

/** A stage: folded to one line that stays up to date when its dosage is already there; open to edit. */
function folded(number, title, open, describe, ...fields) {
    const summaryText = h("span", {class: "muted"}, describe());
    const details = h("details", {class: "stage", open},
        h("summary", {}, h("span", {class: "step"}, number), h("strong", {}, title), summaryText), ...fields);
    details.addEventListener("input", () => { summaryText.textContent = describe(); });
    details.addEventListener("change", () => { summaryText.textContent = describe(); });
    return details;
}
