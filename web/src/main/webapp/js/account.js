// The signed-in user's own account: change the password, set up or remove an authenticator app (QR code drawn by
// the server), renew recovery codes, see and end their sessions. The forms here are also the steps of a sign-in
// that is not finished yet (signin-steps.js).
import {api} from "./api.js";
import {h, showErrors, clearErrors, dateTime, sending} from "./dom.js";
import {flash, go} from "./app.js";

/** A form to change the password; calls done(answer) with the step the session is at afterwards. */
export function passwordForm(done, {forced = false} = {}) {
    const summary = h("p", {class: "errors", role: "alert"});
    const field = (label, name, autocomplete, hint) => h("div", {class: "field"},
        h("label", {for: `p-${name}`}, label),
        hint ? h("p", {class: "hint", id: `p-${name}-hint`}, hint) : null,
        h("input", {id: `p-${name}`, name, type: "password", autocomplete, required: true, "data-field": name,
            "aria-describedby": hint ? `p-${name}-hint` : null}));
    const form = h("form", {id: "password-form", novalidate: true},
        field(forced ? "The password you signed in with" : "Current password", "currentPassword", "current-password"),
        field("New password", "newPassword", "new-password",
            "At least 12 characters. A few unrelated words are easy to remember and hard to guess; common passwords are refused."),
        summary,
        h("button", {type: "submit", class: "primary"}, "Change password"));
    form.addEventListener("submit", sending(async () => {
        clearErrors(form);
        try {
            done(await api.put("account/password", {currentPassword: form.elements.currentPassword.value,
                newPassword: form.elements.newPassword.value}));
        } catch (problem) {
            showErrors(form, problem, summary);
        }
    }));
    return form;
}

/** Setting up an authenticator app: the QR code, the secret to type instead, and the first code to confirm it. */
export async function enrolment(done) {
    const started = await api.post("account/second-factor");
    const summary = h("p", {class: "errors", role: "alert"});
    const form = h("form", {id: "enrol-form", novalidate: true},
        h("ol", {class: "steps"},
            h("li", {}, "Open an authenticator app on your phone (for example FreeOTP, Aegis, Google or Microsoft Authenticator)."),
            h("li", {}, "Scan this code with it:",
                h("img", {src: started.qrCode, id: "qr-code", class: "qr", width: 180, height: 180,
                    alt: "QR code for your authenticator app; the key below says the same."})),
            h("li", {}, "Or type this key into the app: ", h("code", {id: "totp-secret"}, started.secret.match(/.{1,4}/g).join(" "))),
            h("li", {}, h("label", {for: "enrol-code"}, "Enter the six-digit code the app shows now"))),
        h("input", {id: "enrol-code", name: "code", inputmode: "numeric", autocomplete: "one-time-code",
            maxlength: 8, required: true, "data-field": "code", class: "code"}),
        summary,
        h("button", {type: "submit", class: "primary"}, "Confirm"));
    form.addEventListener("submit", sending(async () => {
        clearErrors(form);
        try {
            const confirmed = await api.post("account/second-factor/confirmation", {code: form.elements.code.value});
            form.replaceWith(recoveryCodes(confirmed.recoveryCodes, () => done(confirmed)));
        } catch (problem) {
            showErrors(form, problem, summary);
        }
    }));
    return form;
}

/** Recovery codes, shown once: the user keeps them somewhere safe before going on. */
export function recoveryCodes(codes, onward) {
    const section = h("div", {id: "recovery-codes", class: "notice"},
        h("h2", {}, "Your recovery codes"),
        h("p", {}, "Each code signs you in once without your phone. Print them or keep them somewhere safe: "
            + "they are not shown again."),
        h("ul", {class: "codes"}, codes.map(code => h("li", {}, h("code", {}, code)))),
        h("button", {type: "button", class: "primary", onclick: onward}, "I have kept them"));
    setTimeout(() => section.querySelector("button").focus());
    return section;
}

export async function accountPage() {
    const [factor, sessions] = await Promise.all([api.get("account/second-factor"), api.get("account/sessions")]);
    return h("div", {class: "page"},
        h("section", {class: "card", "aria-labelledby": "account-heading"},
            h("h1", {id: "account-heading"}, "Your account"),
            h("h2", {}, "Password"),
            passwordForm(() => { flash("Password changed; your other sessions have ended."); go("#/account"); })),
        secondFactorSection(factor),
        sessionsSection(sessions));
}

function secondFactorSection(factor) {
    const holder = h("div", {});
    const section = h("section", {class: "card", "aria-labelledby": "factor-heading", id: "second-factor"},
        h("h2", {id: "factor-heading"}, "Second factor"), holder);
    const refresh = () => go("#/account");
    if (!factor.enrolled) {
        holder.append(h("p", {}, factor.required
                ? "The practice requires an authenticator app for your role."
                : "An authenticator app on your phone makes your account much harder to take over."),
            h("button", {type: "button", class: "primary", id: "start-enrolment", onclick: sending(async () =>
                holder.replaceChildren(await enrolment(refresh)))}, "Set up an authenticator app"));
        return section;
    }
    const summary = h("p", {class: "errors", role: "alert"});
    const removal = h("form", {id: "remove-factor", novalidate: true},
        h("div", {class: "field small"}, h("label", {for: "remove-code"}, "Code from the app, to remove it"),
            h("input", {id: "remove-code", name: "code", inputmode: "numeric", autocomplete: "one-time-code",
                "data-field": "code"})),
        summary, h("button", {type: "submit"}, "Remove the authenticator app"));
    removal.addEventListener("submit", sending(async () => {
        try {
            await api.post("account/second-factor/removal", {code: removal.elements.code.value});
            flash("Authenticator app removed.");
            refresh();
        } catch (problem) {
            showErrors(removal, problem, summary);
        }
    }));
    holder.append(
        h("p", {}, `An authenticator app is set up. Recovery codes left: ${factor.recoveryCodesLeft}.`),
        h("button", {type: "button", id: "renew-codes", onclick: sending(async () => {
            const renewed = await api.post("account/recovery-codes");
            holder.replaceChildren(recoveryCodes(renewed.recoveryCodes, refresh));
        })}, "New recovery codes"),
        factor.required ? null : removal);
    return section;
}

function sessionsSection(sessions) {
    const row = session => h("tr", {},
        h("td", {}, session.userAgent ? browserName(session.userAgent) : "Unknown",
            session.current ? h("strong", {}, " (this one)") : null),
        h("td", {}, session.address),
        h("td", {}, dateTime(session.createdAt)),
        h("td", {}, dateTime(session.lastSeenAt)),
        h("td", {}, session.current ? null : h("button", {type: "button", class: "end-session",
            "aria-label": `End the session signed in ${dateTime(session.createdAt)}`,
            onclick: sending(async () => {
                await api.del(`account/sessions/${session.id}`);
                flash("Session ended.");
                go("#/account");
            })}, "End")));
    return h("section", {class: "card", "aria-labelledby": "sessions-heading"},
        h("h2", {id: "sessions-heading"}, "Where you are signed in"),
        h("table", {class: "list", id: "own-sessions"},
            h("thead", {}, h("tr", {}, ["Browser", "Address", "Signed in", "Last used"].map(t =>
                h("th", {scope: "col"}, t)), h("th", {scope: "col"}, h("span", {class: "visually-hidden"}, "End")))),
            h("tbody", {}, sessions.map(row))));
}

function browserName(agent) {
    const found = ["Edg", "Firefox", "Chrome", "Safari"].find(name => agent.includes(name));
    const system = ["Windows", "Mac OS", "Android", "iPhone", "iPad", "Linux"].find(name => agent.includes(name));
    return [found === "Edg" ? "Edge" : found, system].filter(Boolean).join(" on ") || agent.slice(0, 40);
}
