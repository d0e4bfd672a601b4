// Users, for owners and administrators: who has access with which roles, a new user, a change of roles, the end of
// someone's access, and (security-admin.js) resetting a password and who needs a second factor.
import {api} from "./api.js";
import {h, showErrors, clearErrors, date, sending} from "./dom.js";
import {flash, go} from "./app.js";
import {secondFactorPolicySection, resetPasswordAction} from "./security-admin.js";
import {codes, wordsNow} from "./codes.js";

export async function usersPage() {
    const [users, policy] = await Promise.all([api.get("users"), secondFactorPolicySection(), codes()]);
    return h("div", {class: "page"},
        h("section", {class: "card", "aria-labelledby": "users-heading"},
            h("h1", {id: "users-heading"}, "Users"),
            h("p", {class: "muted"}, "Roles decide what each person may do: therapists chart, owners also read "
                + "outcomes and manage users, administrators manage users and settings and read no health records."),
            h("div", {class: "table-scroll", tabindex: "0", role: "region", "aria-label": "Users and roles, table"}, h("table", {class: "list users"},
                h("thead", {}, h("tr", {}, h("th", {scope: "col"}, "Name"), h("th", {scope: "col"}, "Username"),
                    h("th", {scope: "col"}, "Roles"), h("th", {scope: "col"}, "Access"))),
                h("tbody", {}, users.map(userRow))))),
        h("section", {class: "card", "aria-labelledby": "new-user-heading"}, newUserForm()),
        policy);
}

function userRow(user) {
    const error = h("p", {class: "errors", role: "alert"});
    const boxes = Object.entries(wordsNow("roles")).map(([code, label]) => h("label", {class: "check inline"},
        h("input", {type: "checkbox", value: code, checked: user.roles.includes(code), disabled: !user.active,
            "data-role-of": user.username}), h("span", {}, label)));
    const save = h("button", {type: "button", "data-save-roles": user.username, disabled: !user.active,
        "aria-label": `Save roles of ${user.displayName}`}, "Save roles");
    save.addEventListener("click", sending(async () => {
        error.textContent = "";
        try {
            const roles = boxes.map(b => b.querySelector("input")).filter(i => i.checked).map(i => i.value);
            // The version this page read: roles given or taken since are refused (409), not silently put back.
            await api.put(`users/${user.id}/roles`, {roles}, user.version);
            flash(`Roles of ${user.displayName} saved.`);
            go("#/users");
        } catch (problem) {
            error.textContent = problem.status === 409
                ? `${problem.message} What you ticked is still shown here, not saved.` : problem.message;
        }
    }));
    const deactivate = h("button", {type: "button", class: "danger", "data-deactivate": user.username,
        "aria-label": `End access of ${user.displayName}`}, "End access");
    deactivate.addEventListener("click", sending(async () => {
        if (!confirm(`End ${user.displayName}'s access? They can no longer sign in; their records stay.`)) return;
        try {
            await api.post(`users/${user.id}/deactivate`);
            flash(`${user.displayName} can no longer sign in.`);
            go("#/users");
        } catch (problem) {
            error.textContent = problem.message;
        }
    }));
    return h("tr", {"data-user": user.username},
        h("th", {scope: "row"}, user.displayName),
        h("td", {}, user.username),
        h("td", {}, h("fieldset", {class: "roles"}, h("legend", {class: "visually-hidden"},
            `Roles of ${user.displayName}`), boxes, save, error)),
        h("td", {}, user.active ? h("div", {}, h("p", {}, `Since ${date(user.createdAt)}`), deactivate,
            resetPasswordAction(user))
            : h("span", {class: "muted"}, "No access")));
}

function newUserForm() {
    const summary = h("p", {class: "errors", role: "alert"});
    const field = (label, name, attributes = {}) => h("div", {class: "field"}, h("label", {for: `u-${name}`}, label),
        h("input", {id: `u-${name}`, name, "data-field": name, ...attributes}));
    const form = h("form", {novalidate: true, id: "user-form"},
        h("h2", {id: "new-user-heading"}, "Add a user"),
        h("div", {class: "grid3"}, field("Name", "displayName"), field("Username", "username", {autocomplete: "off"}),
            field("First password (12+ characters)", "password", {type: "password", autocomplete: "new-password"})),
        h("fieldset", {"data-field": "roles"}, h("legend", {}, "Roles"), h("div", {class: "checks"},
            Object.entries(wordsNow("roles")).map(([code, label]) => h("label", {class: "check inline"},
                h("input", {type: "checkbox", name: "roles", value: code}), h("span", {}, label))))),
        summary, h("button", {type: "submit", class: "primary"}, "Add user"));
    form.addEventListener("submit", sending(async () => {
        clearErrors(form);
        const data = new FormData(form);
        try {
            await api.post("users", {displayName: data.get("displayName"), username: data.get("username"),
                password: data.get("password"), roles: data.getAll("roles")});
            flash("User added.");
            go("#/users");
        } catch (problem) {
            showErrors(form, problem, summary);
        }
    }));
    return form;
}
