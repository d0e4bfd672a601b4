// The single page: signs in, shows the navigation the user's roles allow, routes #/... to a page module, moves focus
// to the new page's heading, asks before leaving unsaved work, and watches the idle time-out.
import {api, whenSignedOut} from "./api.js";
import {h} from "./dom.js";
import {signInPage} from "./signin.js";
import {watchIdle, stopWatching} from "./idle.js";
import {routes} from "./routes.js";
import {signInStepPage} from "./signin-steps.js";
import {codes} from "./codes.js";

const main = document.getElementById("main");
const nav = document.getElementById("nav");
let user = null;
let guard = null;
let disposers = [];
let shownHash = null;
let returning = false;

export function currentUser() {
    return user;
}

export function flash(message) {
    const element = document.getElementById("flash");
    element.textContent = message;
    element.hidden = !message;
    if (message) setTimeout(() => { if (element.textContent === message) element.hidden = true; }, 6000);
}

export function can(role) {
    return !!user?.roles.includes(role);
}

export function clinician() {
    return can("THERAPIST") || can("OWNER");
}

/**
 * The page in view has work that is not on the server yet: {@code leave()} resolves true when the user may go
 * (saved, or the user chose to leave), {@code dirty()} says whether a reload would need the browser's own prompt.
 */
export function guardLeaving(pageGuard) {
    guard = pageGuard;
}

/**
 * A plain form (a client's intake, an amendment) whose typing is not saved until its button is pressed: leaving it
 * changed (a link, a reload, closing the tab) asks first, as the session form does. Its content now is the baseline.
 */
export function guardForm(form) {
    const content = () => JSON.stringify([...new FormData(form).entries()].map(([k, v]) => [k, String(v)]));
    const saved = content();
    const dirty = () => form.isConnected && content() !== saved;
    guardLeaving({dirty, leave: async () => !dirty() || confirm("What you typed in this form is not saved. "
        + "Leave the page anyway?")});
}

/** Runs when the page in view is replaced (a route, signing out): timers of the page stop there. */
export function whenLeft(dispose) {
    disposers.push(dispose);
}

function leavePage() {
    disposers.forEach(dispose => dispose());
    disposers = [];
    guard = null;
}

function showNavigation() {
    const links = [];
    if (clinician()) links.push(["#/clients", "Clients"]);
    if (can("OWNER")) links.push(["#/outcomes", "Outcomes"]);
    if (can("OWNER") || can("ADMIN")) links.push(["#/users", "Users"], ["#/audit", "Audit"], ["#/settings", "Settings"]);
    if (user) links.push(["#/account", "Account"]);
    nav.replaceChildren(...links.map(([href, text]) => h("a", {href}, text)));
    nav.hidden = !user;
    document.getElementById("who").hidden = !user;
    document.getElementById("who-name").textContent = user ? user.displayName : "";
    markCurrent();
}

function markCurrent() {
    for (const link of nav.querySelectorAll("a")) {
        const hash = location.hash.startsWith("#/notes") ? "#/clients" : location.hash;
        if (hash.startsWith(link.getAttribute("href"))) link.setAttribute("aria-current", "page");
        else link.removeAttribute("aria-current");
    }
}

function home() {
    return clinician() ? "#/clients" : "#/users";
}

async function route() {
    if (!user) return;
    leavePage();
    markCurrent();
    const hash = location.hash || "#/";
    shownHash = hash;
    const found = routes.map(([pattern, page]) => [hash.match(pattern), page]).find(([m]) => m);
    if (!found) {
        location.replace(home());
        return;
    }
    main.setAttribute("aria-busy", "true");
    try {
        const page = await found[1](found[0]);
        if (shownHash !== hash || !user) return;
        main.replaceChildren(page);
    } catch (problem) {
        if (problem.status === 401 || shownHash !== hash) return;
        main.replaceChildren(h("section", {class: "card"}, h("h1", {}, "This page could not be shown"),
            h("p", {role: "alert"}, problem.message)));
    } finally {
        main.removeAttribute("aria-busy");
    }
    const heading = main.querySelector("h1");
    if (heading) {
        document.title = `${heading.textContent} — Knotwork`;
        heading.setAttribute("tabindex", "-1");
        focusWhenDrawn(heading, hash);
    }
}

/**
 * Moves focus to the new page's heading once the browser has drawn the page: focusing at once would make it lay out
 * the whole new page inside the task that built it (a forced reflow, and one long task instead of two short ones).
 * Focus the user has meanwhile put inside the page stays where it is.
 */
function focusWhenDrawn(heading, hash) {
    requestAnimationFrame(() => setTimeout(() => {
        if (shownHash !== hash || !heading.isConnected) return;
        if (!main.contains(document.activeElement) || document.activeElement === main) heading.focus();
    }));
}

export function go(hash) {
    guard = null;
    if (location.hash === hash) route(); else location.hash = hash;
}

// Whether this browser was signed in when last seen: without it the page goes straight to signing in, and does not
// ask the server a question whose answer (401) every browser logs as an error.
const SIGNED_IN = "knotwork.signedIn";

async function signedIn(session) {
    if (session.step && session.step !== "SIGNED_IN") {
        user = null;
        showNavigation();
        document.title = "Sign in — Knotwork";
        main.replaceChildren(await signInStepPage(session, signedIn));
        main.querySelector("input")?.focus();
        return;
    }
    user = session;
    localStorage.setItem(SIGNED_IN, "1");
    showNavigation();
    const minutes = Math.max(1, Math.round((session.idleTimeoutSeconds ?? 900) / 60));
    watchIdle(session.idleTimeoutSeconds ?? 900, {
        onExpired: () => signedOut(`You were signed out after ${minutes} minute${minutes === 1 ? "" : "s"} without `
            + "activity, to protect your clients' records. Sign in again to carry on: what you were typing is kept."),
        signOut});
    // Asked for at once, so they are on their way while the first page asks for its own data: a page that names
    // codes while it is built awaits them with that data, and route() shows the problem if they cannot be had.
    codes().catch(() => {});
    // Only a user who lands on the start page may be sent to the settings instead: a page opened by its address is
    // shown while the phone is asked about, so its own requests do not wait for that answer.
    const landing = !location.hash || location.hash === "#/" || location.hash === home();
    const phone = askForThePhone(landing);
    if (landing) await phone;
    await route();
}

/**
 * First start: no handout is issued until the practice's contact phone is set (every sheet prints it in its safety
 * box), so whoever may set it is told so once per sign-in while it is missing, and taken to the settings when
 * {@code landing} on the start page.
 */
async function askForThePhone(landing) {
    if (!can("ADMIN") && !can("OWNER")) return;
    const settings = await api.get("practice-settings").catch(() => null);
    if (!settings || settings.contactPhone) return;
    flash("Set the practice's contact phone under Handout letterhead: every home-care sheet prints it, and no sheet"
        + " is given until it is set.");
    if (landing) history.replaceState(null, "", "#/settings");
}

function signedOut(message) {
    if (!user && main.querySelector("#sign-in")) return;
    leavePage();
    stopWatching();
    localStorage.removeItem(SIGNED_IN);
    user = null;
    showNavigation();
    document.title = "Sign in — Knotwork";
    main.replaceChildren(signInPage(message, signedIn));
    main.querySelector("input")?.focus();
}

async function signOut() {
    if (guard && !(await guard.leave())) return;
    await api.del("session").catch(() => {});
    history.replaceState(null, "", location.pathname);
    signedOut("You have signed out.");
}

whenSignedOut(signedOut);
window.addEventListener("hashchange", async () => {
    if (returning) {
        returning = false;
        return;
    }
    if (guard && !(await guard.leave())) {
        returning = true;
        location.hash = shownHash;
        return;
    }
    route();
});
// A page brought back from the browser's back-forward cache shows what it showed when left (a draft since signed, a
// list since changed): it asks the server again, as when first opened.
window.addEventListener("pageshow", event => {
    if (event.persisted && user) route();
});
window.addEventListener("beforeunload", event => {
    if (guard?.dirty()) event.preventDefault();
});
document.getElementById("sign-out").addEventListener("click", signOut);

try {
    if (!localStorage.getItem(SIGNED_IN)) throw new Error("Not signed in on this browser.");
    await signedIn(await api.get("session"));
} catch {
    signedOut("");
}
