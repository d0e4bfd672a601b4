// The idle time-out, seen coming: the server ends a session unused for idleTimeoutSeconds; shortly before, a dialog
// counts down and offers to stay signed in (a call restarts the server's clock). The clock is the last call from any
// tab of this browser, so a tab left open does not sign out a colleague working in another.
import {api, lastCall} from "./api.js";
import {h} from "./dom.js";

let timer = null;
let dialog = null;

/** How long before the end the warning shows: two minutes, or a quarter of a short time-out (at least 15 s). */
export function warningLead(seconds) {
    return Math.min(120, Math.max(15, Math.floor(seconds / 4)));
}

function countdown(ms) {
    const total = Math.max(0, Math.ceil(ms / 1000));
    return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, "0")}`;
}

function close() {
    if (!dialog) return;
    dialog.close();
    dialog.remove();
    dialog = null;
}

function warn(remaining, signOut) {
    if (!dialog) {
        const stay = h("button", {type: "button", class: "primary", id: "stay-signed-in"}, "Stay signed in");
        stay.addEventListener("click", async () => {
            stay.disabled = true;
            try {
                await api.get("session");
            } finally {
                close();
            }
        });
        dialog = h("dialog", {id: "idle-warning", "aria-labelledby": "idle-heading", "aria-describedby": "idle-text"},
            h("h2", {id: "idle-heading"}, "Still there?"),
            h("p", {id: "idle-text"}, "To protect your clients' records you will be signed out in ",
                h("strong", {id: "idle-countdown"}, countdown(remaining)),
                ". Anything you are typing is kept on this device and comes back when you sign in again."),
            h("div", {class: "actions"}, stay,
                h("button", {type: "button", class: "quiet", onclick: () => { close(); signOut(); }}, "Sign out now")));
        document.body.append(dialog);
        dialog.showModal();
        stay.focus();
    }
    dialog.querySelector("#idle-countdown").textContent = countdown(remaining);
}

/**
 * Watches the idle clock: {@code onExpired} runs when the session has ended without a call, {@code signOut} when the
 * user chooses to sign out from the warning.
 */
export function watchIdle(seconds, {onExpired, signOut}) {
    stopWatching();
    const lead = warningLead(seconds) * 1000;
    timer = setInterval(() => {
        const remaining = lastCall() + seconds * 1000 - Date.now();
        if (remaining <= 0) {
            stopWatching();
            onExpired();
        } else if (remaining <= lead) {
            warn(remaining, signOut);
        } else {
            close();
        }
    }, 1000);
}

export function stopWatching() {
    clearInterval(timer);
    timer = null;
    close();
}
