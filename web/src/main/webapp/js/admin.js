// Users and practice settings, for owners and administrators; administrators do not chart.
import {api} from "./api.js";
import {h, showErrors, clearErrors} from "./dom.js";
import {currentUser, flash, go} from "./app.js";
import {letterheadForm} from "./letterhead.js";

const ROLES = {THERAPIST: "Therapist", OWNER: "Owner", ADMIN: "Administrator"};
const UNITS = {KPA: "kPa", KGF_CM2: "kgf/cm²", N_CM2: "N/cm²"};

export async function adminPage() {
    const [users, settings, protocol] = await Promise.all([api.get("users"), api.get("practice-settings"),
        api.get("protocol")]);
    const items = users.items ?? users;
    return h("div", {class: "page"},
        h("section", {class: "card", "aria-labelledby": "users-heading"},
            h("h1", {id: "users-heading"}, "Users"),
            h("table", {class: "list"}, h("thead", {}, h("tr", {}, h("th", {}, "Name"), h("th", {}, "Username"),
                h("th", {}, "Roles"), h("th", {}, "Active"))),
            h("tbody", {}, items.map(u => h("tr", {}, h("td", {}, u.displayName), h("td", {}, u.username),
                h("td", {}, u.roles.map(r => ROLES[r]).join(", ")), h("td", {}, u.active === false ? "No" : "Yes"))))),
            newUserForm()),
        settingsForm(settings, protocol.discomfortLimit),
        letterheadForm(settings, currentUser().roles.some(r => r === "ADMIN" || r === "OWNER")));
}

function newUserForm() {
    const summary = h("p", {class: "errors", role: "alert"});
    const field = (label, name, attributes = {}) => h("div", {class: "field"}, h("label", {for: `u-${name}`}, label),
        h("input", {id: `u-${name}`, name, "data-field": name, ...attributes}));
    const form = h("form", {novalidate: true, id: "user-form"},
        h("h2", {}, "Add a user"),
        h("div", {class: "grid3"}, field("Name", "displayName"), field("Username", "username", {autocomplete: "off"}),
            field("First password (12+ characters)", "password", {type: "password", autocomplete: "new-password"})),
        h("fieldset", {"data-field": "roles"}, h("legend", {}, "Roles"), h("div", {class: "checks"},
            Object.entries(ROLES).map(([code, label]) => h("label", {class: "check inline"},
                h("input", {type: "checkbox", name: "roles", value: code}), h("span", {}, label))))),
        summary, h("button", {type: "submit", class: "primary"}, "Add user"));
    form.addEventListener("submit", async event => {
        event.preventDefault();
        clearErrors(form);
        const data = new FormData(form);
        try {
            await api.post("users", {displayName: data.get("displayName"), username: data.get("username"),
                password: data.get("password"), roles: data.getAll("roles")});
            flash("User added.");
            go("#/admin");
        } catch (problem) {
            showErrors(form, problem, summary);
        }
    });
    return form;
}

function settingsForm(settings, limit) {
    const admin = currentUser().roles.includes("ADMIN") || currentUser().roles.includes("OWNER");
    const summary = h("p", {class: "errors", role: "alert"});
    const form = h("form", {novalidate: true, id: "settings-form"},
        h("label", {class: "check"}, h("input", {type: "checkbox", name: "ownClientsOnly", checked: settings.ownClientsOnly,
            "data-field": "ownClientsOnly"}), h("span", {}, "Therapists see only the notes of clients they treat")),
        h("div", {class: "grid2"},
            h("div", {class: "field"}, h("label", {for: "s-threshold"},
                `Highest discomfort allowed in compression (${limit.min}–${limit.max})`),
                h("input", {id: "s-threshold", type: "number", min: limit.min, max: limit.max,
                    name: "compressionDiscomfortThreshold",
                    "data-field": "compressionDiscomfortThreshold", value: settings.compressionDiscomfortThreshold})),
            h("div", {class: "field"}, h("label", {for: "s-unit"}, "Pressure unit"),
                h("select", {id: "s-unit", name: "pressureUnit", "data-field": "pressureUnit"},
                    Object.entries(UNITS).map(([code, label]) =>
                        h("option", {value: code, selected: code === settings.pressureUnit}, label))))),
        summary, admin ? h("button", {type: "submit", class: "primary"}, "Save settings") : null);
    form.addEventListener("submit", async event => {
        event.preventDefault();
        clearErrors(form);
        try {
            await api.put("practice-settings", {ownClientsOnly: form.elements.ownClientsOnly.checked,
                compressionDiscomfortThreshold: Number(form.elements.compressionDiscomfortThreshold.value),
                pressureUnit: form.elements.pressureUnit.value}, settings.version);
            flash("Settings saved.");
            go("#/admin");
        } catch (problem) {
            showErrors(form, problem, summary);
        }
    });
    return h("section", {class: "card", "aria-labelledby": "settings-heading"},
        h("h2", {id: "settings-heading"}, "Practice settings"), form);
}
