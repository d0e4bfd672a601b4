"use strict";

const rows = document.getElementById("client-rows");
const count = document.getElementById("client-count");
const search = document.getElementById("search");
const form = document.getElementById("new-client");
const formErrors = document.getElementById("form-errors");

function cell(text) {
    const td = document.createElement("td");
    td.textContent = text ?? "";
    return td;
}

async function loadClients() {
    const q = encodeURIComponent(search.value.trim());
    const response = await fetch(`api/clients?size=50&q=${q}`, {headers: {Accept: "application/json"}});
    const page = await response.json();
    rows.replaceChildren(...page.items.map(client => {
        const tr = document.createElement("tr");
        tr.append(
            cell(`${client.familyName}, ${client.givenName}`),
            cell(client.dateOfBirth),
            cell(client.mainComplaint),
            cell(client.contraindications.map(c => c.label).join("; ")));
        return tr;
    }));
    count.textContent = `${page.total} client${page.total === 1 ? "" : "s"}`;
}

async function loadContraindications() {
    const list = await (await fetch("api/contraindications")).json();
    document.getElementById("contraindications").replaceChildren(...list.map(c => {
        const label = document.createElement("label");
        const box = document.createElement("input");
        box.type = "checkbox";
        box.name = "contraindications";
        box.value = c.code;
        label.append(box, " " + c.label);
        label.title = c.precaution;
        return label;
    }));
}

form.addEventListener("submit", async event => {
    event.preventDefault();
    const data = new FormData(form);
    const body = {contraindications: data.getAll("contraindications")};
    for (const [key, value] of data.entries()) {
        if (key !== "contraindications" && value !== "") body[key] = value;
    }
    const response = await fetch("api/clients", {
        method: "POST",
        headers: {"Content-Type": "application/json", Accept: "application/json"},
        body: JSON.stringify(body)
    });
    if (response.ok) {
        form.reset();
        formErrors.textContent = "";
        await loadClients();
    } else {
        const problem = await response.json();
        formErrors.textContent = (problem.errors ?? []).map(e => `${e.field}: ${e.message}`).join(" ") || problem.detail;
    }
});

let timer;
search.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(loadClients, 150);
});

const signInSection = document.getElementById("sign-in-section");
const practice = document.getElementById("practice");
const signOut = document.getElementById("sign-out");

async function showSession() {
    const response = await fetch("api/session", {headers: {Accept: "application/json"}});
    const signedIn = response.ok;
    signInSection.hidden = signedIn;
    practice.hidden = !signedIn;
    signOut.hidden = !signedIn;
    document.getElementById("who").textContent = signedIn ? (await response.json()).displayName : "";
    if (signedIn) {
        await loadContraindications();
        await loadClients();
    }
}

document.getElementById("sign-in").addEventListener("submit", async event => {
    event.preventDefault();
    const data = new FormData(event.target);
    const response = await fetch("api/session", {
        method: "POST",
        headers: {"Content-Type": "application/json", Accept: "application/json"},
        body: JSON.stringify({username: data.get("username"), password: data.get("password")})
    });
    document.getElementById("sign-in-error").textContent = response.ok ? "" : (await response.json()).detail;
    if (response.ok) {
        event.target.reset();
        await showSession();
    }
});

signOut.addEventListener("click", async () => {
    await fetch("api/session", {method: "DELETE"});
    await showSession();
});

showSession();
