import {api} from "./api.js";
import {h, sending} from "./dom.js";

export function signInPage(message, onSignedIn) {
    const error = h("p", {class: "errors", role: "alert", id: "sign-in-error"});
    const form = h("form", {id: "sign-in", class: "card narrow", "aria-labelledby": "sign-in-heading"},
        h("h1", {id: "sign-in-heading"}, "Sign in"),
        message ? h("p", {class: "notice", role: "status"}, message) : null,
        h("label", {}, "Username", h("input", {name: "username", autocomplete: "username", required: true})),
        h("label", {}, "Password",
            h("input", {name: "password", type: "password", autocomplete: "current-password", required: true})),
        error,
        h("button", {type: "submit", class: "primary"}, "Sign in"));
    form.addEventListener("submit", sending(async () => {
        const data = new FormData(form);
        try {
            const session = await api.post("session", {username: data.get("username"), password: data.get("password")});
            await onSignedIn(session);
        } catch (problem) {
            error.textContent = problem.message;
        }
    }));
    return h("div", {class: "centre"}, form);
}
