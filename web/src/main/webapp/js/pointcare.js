// A treated point's safety facts and home care: how the client lay, whether the site of an injury, lesion or cancer
// was checked and not treated over, and what the client does at home — doses within the home ranges the server
// serves (GET /api/protocol), the stretch chosen from the muscle's catalogue or the therapist's own steps. The server
// checks all of it when it previews and saves the session; nothing here is a rule.
import {api} from "./api.js";
import {h} from "./dom.js";

const catalogue = new Map();

export function newPointCare() {
    return {position: null, siteAvoided: false, home: {}};
}

/** The care of a point as a saved note shows it. */
export function pointCareFromNote(p) {
    const home = p.homeCare ?? {};
    const own = home.ownStretch;
    return {position: p.position ?? null, siteAvoided: !!p.siteAvoided, home: {
        pressureSeconds: home.selfPressure?.holdSeconds ?? null, pressureRepetitions: home.selfPressure?.repetitions ?? null,
        stretchSeconds: home.stretch?.holdSeconds ?? null, stretchRepetitions: home.stretch?.repetitions ?? null,
        stretchCode: home.stretchCode ?? "", ownName: own?.name ?? "", ownSteps: own?.steps?.join("\n") ?? "",
        ownPosition: own?.position ?? "", ownBends: !!own?.loadsSpinalFlexion}};
}

/** The point's fields of the note body: position, siteAvoided, homeCare. */
export function pointCareBody(care) {
    const home = care.home;
    const dose = (seconds, times) => seconds == null && times == null ? null : {holdSeconds: seconds, repetitions: times};
    const own = home.ownName ? {name: home.ownName, steps: (home.ownSteps ?? "").split("\n").filter(s => s.trim()),
        position: home.ownPosition || null, loadsSpinalFlexion: !!home.ownBends} : null;
    return {position: care.position || null, siteAvoided: care.siteAvoided,
        homeCare: {selfPressure: dose(home.pressureSeconds, home.pressureRepetitions),
            stretch: dose(home.stretchSeconds, home.stretchRepetitions),
            stretchCode: own ? null : home.stretchCode || null, ownStretch: own}};
}

function id(path) {
    return `f-${path.replace(/[^\w]/g, "-")}`;
}

function number(label, path, value, range, onChange) {
    const input = h("input", {id: id(path), type: "number", inputmode: "numeric", value: value ?? "", "data-field": path,
        min: range.min, max: range.max, placeholder: range.byDefault});
    input.addEventListener("input", () => onChange(input.value === "" ? null : Number(input.value)));
    return h("div", {class: "field small"}, h("label", {for: id(path)}, `${label} (${range.min}–${range.max})`), input);
}

function choice(label, path, value, options, onChange) {
    const select = h("select", {id: id(path), "data-field": path},
        Object.entries(options).map(([code, text]) => h("option", {value: code, selected: code === (value ?? "")}, text)));
    select.addEventListener("change", () => onChange(select.value));
    return {select, field: h("div", {class: "field"}, h("label", {for: id(path)}, label), select)};
}

/**
 * The point's safety facts and home care, folded under one line. Positions are the server's {code: label} list
 * (labels("positions") of codes.js).
 */
export function pointCareForm(point, index, protocol, positions, changed) {
    const care = point.care;
    const home = care.home;
    const at = `points[${index}]`;
    const set = (object, name) => value => { object[name] = value; changed(); };
    const position = choice("How the client lay", `${at}.position`, care.position, {"": "Not recorded", ...positions},
        value => { care.position = value || null; changed(); });
    const spared = h("input", {type: "checkbox", checked: care.siteAvoided, "data-field": `${at}.siteAvoided`});
    spared.addEventListener("change", () => { care.siteAvoided = spared.checked; changed(); });
    const stretch = choice("Home stretch", `${at}.homeCare.stretchCode`, home.stretchCode,
        {"": "The catalogue's first that suits this client"}, set(home, "stretchCode"));
    loadStretches(point.muscle).then(list => {
        for (const s of list) {
            stretch.select.append(h("option", {value: s.code, selected: s.code === home.stretchCode},
                `${s.name} (${(positions[s.position] ?? s.position).toLowerCase()}${s.part ? `, ${s.part.toLowerCase()} fibres` : ""})`));
        }
    });
    const ranges = protocol.home;
    const ownSteps = h("textarea", {id: id(`${at}.homeCare.ownStretch.steps`), rows: 3, maxlength: 2000,
        "data-field": `${at}.homeCare.ownStretch.steps`});
    ownSteps.value = home.ownSteps ?? "";
    ownSteps.addEventListener("input", () => { home.ownSteps = ownSteps.value; changed(); });
    const ownName = h("input", {id: id(`${at}.homeCare.ownStretch.name`), value: home.ownName ?? "", maxlength: 200,
        "data-field": `${at}.homeCare.ownStretch.name`});
    ownName.addEventListener("input", () => { home.ownName = ownName.value; changed(); });
    const bends = h("input", {type: "checkbox", checked: !!home.ownBends,
        "data-field": `${at}.homeCare.ownStretch.loadsSpinalFlexion`});
    bends.addEventListener("change", () => { home.ownBends = bends.checked; changed(); });
    return h("details", {class: "stage point-care"},
        h("summary", {}, h("strong", {}, "Position, site and home care")),
        h("div", {class: "row"}, position.field,
            h("label", {class: "check inline"}, spared,
                h("span", {}, "Site of an injury, lesion or cancer checked, not treated over"))),
        h("div", {class: "row"},
            number("Self-pressure at home, s", `${at}.homeCare.selfPressure.holdSeconds`, home.pressureSeconds,
                ranges.selfPressureSeconds, set(home, "pressureSeconds")),
            number("times", `${at}.homeCare.selfPressure.repetitions`, home.pressureRepetitions,
                ranges.selfPressureRepetitions, set(home, "pressureRepetitions")),
            number("Stretch at home, s", `${at}.homeCare.stretch.holdSeconds`, home.stretchSeconds,
                ranges.stretchSeconds, set(home, "stretchSeconds")),
            number("times", `${at}.homeCare.stretch.repetitions`, home.stretchRepetitions,
                ranges.stretchRepetitions, set(home, "stretchRepetitions"))),
        stretch.field,
        h("div", {class: "row"},
            h("div", {class: "field grow"}, h("label", {for: ownName.id}, "Or your own stretch: its name"), ownName),
            choice("Its position", `${at}.homeCare.ownStretch.position`, home.ownPosition,
                {"": "Choose the position", ...positions}, set(home, "ownPosition")).field,
            h("label", {class: "check inline"}, bends, h("span", {}, "Bends the spine forward under load"))),
        h("div", {class: "field"}, h("label", {for: ownSteps.id}, "Its steps, one per line"), ownSteps));
}

async function loadStretches(muscle) {
    if (!catalogue.has(muscle)) catalogue.set(muscle, api.get(`muscles/${muscle}/stretches`));
    return catalogue.get(muscle);
}

/** The medical clearances the deviations ask for (who gave it, when), one per contraindication. */
export function clearanceFields(clearances, deviations, protocol, changed) {
    const wanted = [...new Set(deviations.filter(d => d.needs === "CLEARANCE").map(d => d.clearanceFor))];
    if (!wanted.length) return null;
    const label = code => protocol.contraindications.find(c => c.code === code)?.label ?? code;
    return h("div", {class: "clearances"}, h("h3", {}, "Medical clearance"),
        h("p", {class: "muted small"}, "A clearance recorded here stands in for a reason on the deviations it covers."),
        wanted.map(code => {
            const entry = clearances[code] ??= {clearedBy: "", clearedOn: ""};
            const index = wanted.indexOf(code);
            const by = h("input", {id: `clearance-${code}-by`, value: entry.clearedBy, maxlength: 200,
                "data-field": `clearances[${index}].clearedBy`});
            by.addEventListener("input", () => { entry.clearedBy = by.value; changed(); });
            const on = h("input", {id: `clearance-${code}-on`, type: "date", value: entry.clearedOn,
                "data-field": `clearances[${index}].clearedOn`});
            on.addEventListener("input", () => { entry.clearedOn = on.value; changed(); });
            return h("fieldset", {class: "row", "data-clearance": code}, h("legend", {}, label(code)),
                h("div", {class: "field grow"}, h("label", {for: by.id}, "Cleared by"), by),
                h("div", {class: "field"}, h("label", {for: on.id}, "On"), on));
        }));
}

/**
 * The clearances of the note body: those with who or when given, in the order the deviations ask for them; all of
 * them while the server has not yet said which deviations it finds ({@code deviations} null).
 */
export function clearanceBody(clearances, deviations) {
    const wanted = deviations
        ? [...new Set(deviations.filter(d => d.needs === "CLEARANCE").map(d => d.clearanceFor))]
        : Object.keys(clearances ?? {});
    return wanted.map(code => ({code, entry: clearances[code]}))
        .filter(({entry}) => entry && (entry.clearedBy || entry.clearedOn))
        .map(({code, entry}) => ({contraindication: code, clearedBy: entry.clearedBy || null,
            clearedOn: entry.clearedOn || null}));
}
