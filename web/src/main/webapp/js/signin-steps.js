// The steps of a sign-in after the password, each a page of its own: the code from the authenticator app (or a
// recovery code), a forced password change (first start, or reset by an administrator), and setting up the
// authenticator app the practice requires. Each calls done(session) once the server says the user is further on.
import {api} from "./api.js";
import {h, showErrors, clearErrors, sending} from "./dom.js";
import {passwordForm, enrolment} from "./account.js";

export async function signInStepPage(session, done) {
    const next = async () => done(await api.get("session"));
    if (session.step === "SECOND_FACTOR") return card("Enter your code", codeForm(done));
    if (session.step === "PASSWORD_CHANGE") {
        return card("Choose a new password",
            h("p", {class: "notice"}, "The password you signed in with was set by someone else. Choose your own to go on."),
            passwordForm(next, {forced: true}));
    }
    return card("Set up an authenticator app",
        h("p", {class: "notice"}, "The practice requires a second factor for your role. Set it up once; "
            + "from then on you sign in with your password and a code from your phone."),
        await enrolment(next));
}

function card(title, ...content) {
    return h("div", {class: "centre"}, h("section", {class: "card narrow", id: "sign-in-step", "aria-labelledby": "step-heading"},
        h("h1", {id: "step-heading"}, title), ...content));
}

function codeForm(done) {
    const summary = h("p", {class: "errors", role: "alert"});
    const form = h("form", {id: "second-factor-form", novalidate: true},
        h("div", {class: "field"}, h("label", {for: "sf-code"}, "Code from your authenticator app"),
            h("p", {class: "hint", id: "sf-code-hint"}, "Six digits. Lost your phone? Enter one of your recovery codes instead."),
            h("input", {id: "sf-code", name: "code", autocomplete: "one-time-code", required: true, "data-field": "code",
                "aria-describedby": "sf-code-hint", class: "code"})),
        summary,
        h("button", {type: "submit", class: "primary"}, "Sign in"));
    form.addEventListener("submit", sending(async () => {
        clearErrors(form);
        try {
            await done(await api.post("session/second-factor", {code: form.elements.code.value.trim()}));
        } catch (problem) {
            showErrors(form, problem, summary);
            form.elements.code.select();
        }
    }));
    return form;
}
