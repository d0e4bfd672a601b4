// The owner's outcomes page: per questionnaire, the share of clients who reached its clinically important change,
// for the same period and filters as the other figures (the server defines and computes it; docs/outcomes.md).
const form = document.getElementById("filter");
const body = document.getElementById("questionnaire-figures");
const share = value => value == null ? "—" : `${Math.round(value * 100)} %`;

function cell(tag, text, scope) {
    const element = document.createElement(tag);
    element.textContent = text;
    if (scope) element.scope = scope;
    return element;
}

async function show() {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form).entries()) if (value !== "") params.set(key, value);
    const response = await fetch(`api/outcomes/questionnaires?${params}`, {headers: {Accept: "application/json"}});
    if (!response.ok) return;
    const figures = await response.json();
    body.replaceChildren(...figures.map(f => {
        const row = document.createElement("tr");
        row.dataset.measure = f.code;
        row.append(cell("th", f.title, "row"), cell("td", f.importantChange),
            cell("td", `${f.reached} of ${f.evaluated}`), cell("td", share(f.reachedShare)),
            cell("td", String(f.clients)));
        return row;
    }));
}

form.addEventListener("submit", () => show());
window.addEventListener("load", () => show());
