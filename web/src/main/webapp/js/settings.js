// The practice's settings for owners and administrators: charting rules, the country of the handouts' dates, the
// handouts' letterhead and logo, and (administrators) the self-care texts and referred-pain descriptions of the muscle
// catalogue.
import {api} from "./api.js";
import {h, showErrors, clearErrors, sending} from "./dom.js";
import {can, flash, go} from "./app.js";
import {selfCareSection} from "./selfcare.js";
import {codes, wordsNow} from "./codes.js";
import {letterheadForm} from "./letterhead.js";

function saving(form, summary, work, message) {
    form.addEventListener("submit", sending(async () => {
        clearErrors(form);
        try {
            await work();
            flash(message);
            go("#/settings");
        } catch (problem) {
            showErrors(form, problem, summary);
        }
    }));
}

function field(label, id, input) {
    return h("div", {class: "field"}, h("label", {for: id}, label), input);
}

function practiceForm(settings, units, limit) {
    const summary = h("p", {class: "errors", role: "alert"});
    const form = h("form", {novalidate: true, id: "settings-form"},
        h("label", {class: "check"}, h("input", {type: "checkbox", name: "ownClientsOnly", checked: settings.ownClientsOnly,
            "data-field": "ownClientsOnly"}), h("span", {}, "Therapists see only the notes of clients they treat")),
        h("div", {class: "grid2"},
            field(`Highest discomfort allowed in compression (${limit.min}–${limit.max})`, "s-threshold",
                h("input", {id: "s-threshold", type: "number", min: limit.min, max: limit.max,
                    name: "compressionDiscomfortThreshold",
                "data-field": "compressionDiscomfortThreshold", value: settings.compressionDiscomfortThreshold})),
            field("Pressure unit", "s-unit", h("select", {id: "s-unit", name: "pressureUnit", "data-field": "pressureUnit"},
                units.map(unit =>
                    h("option", {value: unit.code, selected: unit.code === settings.pressureUnit}, unit.symbol))))),
        summary, h("button", {type: "submit", class: "primary"}, "Save settings"));
    saving(form, summary, () => api.put("practice-settings", {ownClientsOnly: form.elements.ownClientsOnly.checked,
        compressionDiscomfortThreshold: Number(form.elements.compressionDiscomfortThreshold.value),
        pressureUnit: form.elements.pressureUnit.value}, settings.version), "Settings saved.");
    return h("section", {class: "card", "aria-labelledby": "settings-heading"},
        h("h2", {id: "settings-heading"}, "Charting"), form);
}

// The country whose way of writing dates the handouts follow. The countries and their example dates are the server's
// (GET /api/codes: dateRegions), written by the sheet's own code; the first, with no code, is each language's own way.
function datesForm(settings, regions) {
    const summary = h("p", {class: "errors", role: "alert"});
    const example = h("p", {class: "muted", id: "date-region-example", "aria-live": "polite"});
    const select = h("select", {id: "s-date-region", name: "dateRegion", "data-field": "dateRegion"},
        regions.map(region => h("option", {value: region.code ?? "", selected: (region.code ?? null) === (settings.dateRegion ?? null)},
            `${region.label} — ${region.examples[0].label}`)));
    const showExample = () => {
        const region = regions.find(r => (r.code ?? "") === select.value) ?? regions[0];
        example.textContent = "Sheets then write a day and time like this: " + region.examples
            .map(e => `${wordsNow("handoutLanguages")[e.code] ?? e.code}: ${e.label}`).join("; ") + ".";
    };
    select.addEventListener("change", showExample);
    showExample();
    const form = h("form", {novalidate: true, id: "dates-form"},
        field("Dates on handouts are written as in", "s-date-region", select), example,
        summary, h("button", {type: "submit", class: "primary"}, "Save date style"));
    saving(form, summary, () => api.put("practice-settings", {dateRegion: select.value || null}, settings.version),
        "Date style saved.");
    return h("section", {class: "card", "aria-labelledby": "dates-heading"},
        h("h2", {id: "dates-heading"}, "Dates on handouts"), form);
}

async function logoSection(settings) {
    const summary = h("p", {class: "errors", role: "alert"});
    const file = h("input", {type: "file", id: "logo-file", accept: "image/png,image/jpeg", "data-field": "logo"});
    // A GET, not a HEAD: the API refuses HEAD (405), which would run a GET that may record a delivery.
    const present = (await fetch("api/practice-settings/logo").catch(() => null))?.ok ?? false;
    const form = h("form", {novalidate: true, id: "logo-form"},
        present ? h("img", {src: `api/practice-settings/logo?v=${Date.now()}`, alt: "The practice's logo", class: "logo",
            width: 160, height: 80}) : h("p", {class: "muted"}, "No logo yet."),
        field("A PNG or JPEG, at most 256 KiB and 2000 × 2000 pixels", "logo-file", file), summary,
        h("div", {class: "actions"}, h("button", {type: "submit", class: "primary"}, "Upload logo"),
            present ? h("button", {type: "button", class: "quiet danger", id: "remove-logo", onclick: sending(async () => {
                clearErrors(form);
                try {
                    await api.del("practice-settings/logo", settings.version);
                    flash("Logo removed.");
                    go("#/settings");
                } catch (problem) {
                    showErrors(form, problem, summary);
                }
            })}, "Remove logo") : null));
    saving(form, summary, () => {
        if (!file.files[0]) throw {message: "Choose a PNG or JPEG file first.", errors: []};
        return api.putBytes("practice-settings/logo", file.files[0], settings.version);
    }, "Logo saved.");
    return h("section", {class: "card", "aria-labelledby": "logo-heading"},
        h("h2", {id: "logo-heading"}, "Logo on handouts"), form);
}

export async function settingsPage() {
    const [settings, {pressureUnits, dateRegions}, protocol] = await Promise.all([api.get("practice-settings"),
        codes(), api.get("protocol")]);
    return h("div", {class: "page"},
        h("section", {class: "card"}, h("h1", {}, "Practice settings")),
        practiceForm(settings, pressureUnits, protocol.discomfortLimit), datesForm(settings, dateRegions),
        letterheadForm(settings, true),
        await logoSection(settings),
        can("ADMIN") ? await selfCareSection() : h("section", {class: "card"}, h("h2", {}, "Self-care texts"),
            h("p", {class: "muted"}, "An administrator edits the stretches and self-pressure texts of handouts.")));
}
