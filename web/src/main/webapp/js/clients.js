// Clients: search as you type, register and edit with each field's problem shown beside it.
import {api} from "./api.js";
import {h, showErrors, clearErrors, date, sending} from "./dom.js";
import {go, flash, currentUser, guardForm} from "./app.js";
import {isSiteField, sitesFieldset, saveSites} from "./sites.js";

export async function clientListPage() {
    const rows = h("tbody", {id: "client-rows"});
    const count = h("p", {id: "client-count", role: "status", class: "muted"});
    const search = h("input", {id: "search", type: "search", autocomplete: "off",
        placeholder: "Start of a given or family name", "aria-controls": "client-rows"});
    let timer;
    let asked = 0;
    async function load() {
        const mine = ++asked;
        const page = await api.get(`clients?size=50&q=${encodeURIComponent(search.value.trim())}`);
        if (mine !== asked) return;
        rows.replaceChildren(...page.items.map(row));
        count.textContent = page.total === 0 ? "No clients match." : `${page.total} client${page.total === 1 ? "" : "s"}`;
    }
    search.addEventListener("input", () => {
        clearTimeout(timer);
        timer = setTimeout(load, 150);
    });
    await load();
    const therapist = currentUser().roles.includes("THERAPIST");
    const page = h("section", {class: "card", "aria-labelledby": "clients-heading"},
        h("div", {class: "title-row"},
            h("h1", {id: "clients-heading"}, "Clients"),
            therapist ? h("a", {class: "button primary", href: "#/clients/new"}, "+ New client") : null),
        h("label", {for: "search"}, "Search by name"),
        search,
        h("table", {class: "list"},
            h("thead", {}, h("tr", {},
                h("th", {scope: "col"}, "Name"), h("th", {scope: "col"}, "Born"),
                h("th", {scope: "col", class: "wide"}, "Main complaint"), h("th", {scope: "col"}, "Precautions"))),
            rows),
        count);
    return page;
}

function row(client) {
    const link = h("a", {href: `#/clients/${client.id}`}, `${client.familyName}, ${client.givenName}`);
    const tr = h("tr", {class: "clickable"},
        h("td", {}, link),
        h("td", {}, date(client.dateOfBirth)),
        h("td", {class: "wide"}, client.mainComplaint ?? ""),
        h("td", {}, active(client).length
            ? h("span", {class: "tag warn"}, `⚠ ${active(client).map(precautionName).join("; ")}`) : "",
            old(client).map(c => h("span", {class: "muted small"}, ` ${precautionName(c)}`))));
    tr.addEventListener("click", event => {
        if (event.target.tagName !== "A") go(`#/clients/${client.id}`);
    });
    return tr;
}

let contraindications = null;

async function contraindicationList() {
    contraindications ??= await api.get("contraindications");
    return contraindications;
}

function field(label, name, attributes = {}) {
    const input = attributes.rows
        ? h("textarea", {name, "data-field": name, id: `f-${name}`, ...attributes})
        : h("input", {name, "data-field": name, id: `f-${name}`, ...attributes});
    return h("div", {class: "field"}, h("label", {for: `f-${name}`}, label), input);
}

export async function clientFormPage(clientId) {
    const [list, client, protocol] = await Promise.all([contraindicationList(),
        clientId ? api.get(`clients/${clientId}`) : null, api.get("protocol")]);
    const sites = await sitesFieldset(list, clientId);
    const summary = h("p", {class: "errors", role: "alert"});
    const form = h("form", {id: "client-form", novalidate: true},
        h("div", {class: "grid3"},
            field("Given name", "givenName", {required: true, maxlength: 100, autocomplete: "off"}),
            field("Family name", "familyName", {required: true, maxlength: 100, autocomplete: "off"}),
            field("Date of birth", "dateOfBirth", {type: "date"})),
        h("div", {class: "grid3"},
            field("Phone", "phone", {type: "tel"}),
            field("Email", "email", {type: "email"}),
            field("Consent to treatment given on", "consentDate", {type: "date"})),
        field("Main complaint", "mainComplaint", {rows: 2, maxlength: 2000}),
        field("Referred by", "referralSource", {maxlength: 200}),
        h("fieldset", {"data-field": "contraindications"},
            h("legend", {}, "Contraindications and precautions"),
            h("div", {class: "checks"}, list.map(c => h("label", {class: "check"},
                h("input", {type: "checkbox", name: "contraindications", value: c.code}),
                h("span", {}, c.label, h("small", {}, c.precaution)))))),
        h("div", {class: "grid3", id: "injury-when"},
            field("Recent trauma: date of injury", "injuryDate", {type: "date", "aria-describedby": "injury-hint"}),
            field("Time of injury (if known)", "injuryTime", {type: "time"}),
            h("p", {class: "muted small", id: "injury-hint"},
                `Charting and the home-care sheet treat the injury as recent for its first ${protocol.recentTraumaHours}`
                + " hours. Without a date it stays recent until you untick it.")),
        sites,
        field("Notes on the precautions", "contraindicationNotes", {rows: 2, maxlength: 2000}),
        field("Other notes", "notes", {rows: 2, maxlength: 4000}),
        summary,
        h("div", {class: "actions"},
            h("button", {type: "submit", class: "primary"}, client ? "Save changes" : "Add client"),
            h("a", {class: "button quiet", href: client ? `#/clients/${client.id}` : "#/clients"}, "Cancel")));
    if (client) fill(form, client);
    guardForm(form);
    form.addEventListener("submit", sending(async () => {
        clearErrors(form);
        const body = read(form);
        try {
            const saved = client
                ? await api.put(`clients/${client.id}`, body, client.version)
                : await api.post("clients", body);
            await saveSites(saved.id, saved.version, form, saved.contraindications.map(c => c.code));
            flash(client ? "Changes saved." : `${saved.givenName} ${saved.familyName} added.`);
            go(`#/clients/${saved.id}`);
        } catch (problem) {
            showErrors(form, problem, summary);
        }
    }));
    return h("section", {class: "card"},
        h("h1", {}, client ? `Edit ${client.givenName} ${client.familyName}` : "New client"), form);
}

function fill(form, client) {
    for (const [name, value] of Object.entries(client)) {
        const input = form.elements[name];
        if (input && input.tagName && value !== null) input.value = value;
    }
    const codes = client.contraindications.map(c => c.code);
    form.querySelectorAll("[name=contraindications]").forEach(box => { box.checked = codes.includes(box.value); });
}

function read(form) {
    const data = new FormData(form);
    const body = {contraindications: data.getAll("contraindications")};
    for (const [key, value] of data.entries()) {
        if (key !== "contraindications" && !isSiteField(key)) body[key] = value === "" ? null : value;
    }
    return body;
}

/** The contraindications charting still applies, as the server says (an injury past its first hours is not one). */
const active = client => client.contraindications.filter(c => c.active);
const old = client => client.contraindications.filter(c => !c.active);

/** A contraindication as a therapist reads it: a dated injury with its date, one past its first hours as old. */
export function precautionName(c) {
    if (c.code !== "RECENT_TRAUMA" || !c.injuryDate) return c.label;
    return c.active ? `${c.label}, injured ${date(c.injuryDate)}` : `Old trauma (${date(c.injuryDate)})`;
}

/**
 * The banner every page of a client shows when the client has contraindications or precautions. An old trauma is
 * shown beside it, not as a warning: charting no longer flags it, and a warning that is never acted on teaches
 * therapists to ignore the others.
 */
export function precautionsBanner(client, sticky = false) {
    const past = old(client).length
        ? h("span", {class: "banner-old", id: "old-trauma"}, old(client).map(precautionName).join(" · "),
            ": no longer flagged") : null;
    if (!active(client).length) {
        return past && h("p", {class: "muted", role: "note", id: "precautions"}, past,
            client.contraindicationNotes ? ` — ${client.contraindicationNotes}` : null);
    }
    return h("aside", {class: `banner${sticky ? " sticky-banner" : ""}`, role: "note", id: "precautions",
        "aria-label": "Contraindications and precautions"},
        h("strong", {}, "⚠ Precautions: "),
        active(client).flatMap((c, i) => [i ? " · " : "", h("span", {title: c.precaution}, precautionName(c))]),
        client.contraindicationNotes ? h("span", {class: "banner-notes"}, ` — ${client.contraindicationNotes}`) : null,
        past ? [" · ", past] : null);
}
