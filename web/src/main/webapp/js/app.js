// The single page: signs in, shows the navigation the user's roles allow, and routes #/... to a page module.
import {api, whenSignedOut} from "./api.js";
import {h} from "./dom.js";
import {signInPage} from "./signin.js";
import {clientListPage, clientFormPage} from "./clients.js";
import {chartPage} from "./chart.js";
import {sessionPage} from "./session.js";
import {notePage} from "./note.js";
import {adminPage} from "./admin.js";
import {accountPage} from "./account.js";
import {signInStepPage} from "./signin-steps.js";

const main = document.getElementById("main");
const nav = document.getElementById("nav");
let user = null;

export function currentUser() {
    return user;
}

export function flash(message) {
    const element = document.getElementById("flash");
    element.textContent = message;
    element.hidden = !message;
    if (message) setTimeout(() => { if (element.textContent === message) element.hidden = true; }, 6000);
}

function can(role) {
    return user?.roles.includes(role);
}

export function clinician() {
    return can("THERAPIST") || can("OWNER");
}

function showNavigation() {
    const links = [];
    if (clinician()) links.push(["#/clients", "Clients"]);
    if (can("OWNER")) links.push(["outcomes.html", "Outcomes"]);
    if (can("OWNER") || can("ADMIN")) links.push(["#/admin", can("ADMIN") ? "Users & settings" : "Users"]);
    if (user) links.push(["#/account", "Account"]);
    nav.replaceChildren(...links.map(([href, text]) => h("a", {href}, text)));
    nav.hidden = !user;
    document.getElementById("who").hidden = !user;
    document.getElementById("who-name").textContent = user ? `${user.displayName}` : "";
    markCurrent();
}

function markCurrent() {
    for (const link of nav.querySelectorAll("a")) {
        const hash = location.hash.startsWith("#/notes") ? "#/clients" : location.hash;
        const here = hash.startsWith(link.getAttribute("href"));
        if (here) link.setAttribute("aria-current", "page"); else link.removeAttribute("aria-current");
    }
}

const routes = [
    [/^#\/clients\/new$/, () => clientFormPage(null)],
    [/^#\/clients\/([\w-]+)\/edit$/, m => clientFormPage(m[1])],
    [/^#\/clients\/([\w-]+)\/session(?:\/([\w-]+))?$/, m => sessionPage(m[1], m[2])],
    [/^#\/clients\/([\w-]+)$/, m => chartPage(m[1])],
    [/^#\/notes\/([\w-]+)$/, m => notePage(m[1])],
    [/^#\/admin$/, () => adminPage()],
    [/^#\/account$/, () => accountPage()],
    [/^#\/clients$/, () => clientListPage()]
];

async function route() {
    if (!user) return;
    markCurrent();
    const hash = location.hash || "#/";
    const found = routes.map(([pattern, page]) => [hash.match(pattern), page]).find(([m]) => m);
    if (!found) {
        location.replace(clinician() ? "#/clients" : "#/admin");
        return;
    }
    main.replaceChildren(h("p", {class: "loading"}, "Loading…"));
    try {
        const page = await found[1](found[0]);
        main.replaceChildren(page);
        const heading = main.querySelector("h1");
        if (heading) document.title = `${heading.textContent} — Knotwork`;
    } catch (problem) {
        if (problem.status === 401) return;
        main.replaceChildren(h("section", {class: "card"}, h("h1", {}, "This page could not be shown"),
            h("p", {role: "alert"}, problem.message)));
    }
}

export function go(hash) {
    if (location.hash === hash) route(); else location.hash = hash;
}

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
    showNavigation();
    await route();
}

function signedOut(message) {
    user = null;
    showNavigation();
    document.title = "Sign in — Knotwork";
    main.replaceChildren(signInPage(message, signedIn));
    main.querySelector("input")?.focus();
}

whenSignedOut(signedOut);
window.addEventListener("hashchange", route);
document.getElementById("sign-out").addEventListener("click", async () => {
    await api.del("session").catch(() => {});
    history.replaceState(null, "", location.pathname);
    signedOut("You have signed out.");
});

try {
    await signedIn(await api.get("session"));
} catch {
    signedOut("");
}
