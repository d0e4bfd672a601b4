// The security parts of the users and settings screen: who needs a second factor (the owner decides), and, per
// user, resetting a forgotten password or a lost authenticator app. Kept apart so that admin.js only hooks them in.
import {api} from "./api.js";
import {h, showErrors, clearErrors, sending} from "./dom.js";
import {currentUser, flash, go} from "./app.js";
import {codes, wordsNow} from "./codes.js";

export async function secondFactorPolicySection() {
    const [policy] = await Promise.all([api.get("second-factor-policy"), codes()]);
    const owner = currentUser().roles.includes("OWNER");
    const summary = h("p", {class: "errors", role: "alert"});
    const form = h("form", {id: "second-factor-policy", novalidate: true},
        h("fieldset", {"data-field": "requiredFor"}, h("legend", {}, "Who must sign in with an authenticator app"),
            h("div", {class: "checks"}, Object.entries(wordsNow("roles", "plural")).map(([code, label]) => h("label", {class: "check inline"},
                h("input", {type: "checkbox", name: "requiredFor", value: code, disabled: !owner,
                    checked: policy.requiredFor.includes(code)}), h("span", {}, label))))),
        h("p", {class: "hint"}, owner ? "Counts from each person's next sign-in; they set up the app then."
            : "Only the practice owner changes this."),
        summary, owner ? h("button", {type: "submit", class: "primary"}, "Save") : null);
    form.addEventListener("submit", sending(async () => {
        clearErrors(form);
        try {
            // The version this page read: another owner's change since is refused (409), not undone.
            Object.assign(policy, await api.put("second-factor-policy",
                {requiredFor: new FormData(form).getAll("requiredFor")}, policy.version));
            flash("Second-factor rule saved.");
        } catch (problem) {
            showErrors(form, problem, summary);
        }
    }));
    return h("section", {class: "card", "aria-labelledby": "policy-heading"},
        h("h2", {id: "policy-heading"}, "Second factor"), form);
}

/** A user's row action: set a new password they must change at their next sign-in. */
export function resetPasswordAction(user) {
    const button = h("button", {type: "button", class: "reset-password", "aria-expanded": "false",
        "aria-label": `Reset the password of ${user.displayName}`}, "Reset password");
    button.addEventListener("click", () => {
        button.setAttribute("aria-expanded", "true");
        button.replaceWith(resetForm(user));
    });
    return button;
}

function resetForm(user) {
    const summary = h("p", {class: "errors", role: "alert"});
    const id = `reset-${user.id}`;
    const form = h("form", {class: "reset-form", novalidate: true},
        h("label", {for: id}, `New password for ${user.displayName} (they change it at sign-in)`),
        h("input", {id, name: "password", type: "password", autocomplete: "new-password", "data-field": "password"}),
        summary, h("button", {type: "submit", class: "primary"}, "Set password"));
    form.addEventListener("submit", sending(async () => {
        clearErrors(form);
        try {
            await api.post(`users/${user.id}/password`, {password: form.elements.password.value});
            flash(`${user.displayName} must choose a new password at their next sign-in; their sessions have ended.`);
            go("#/admin");
        } catch (problem) {
            showErrors(form, problem, summary);
        }
    }));
    setTimeout(() => form.elements.password.focus());
    return form;
}
