// The audit trail for owners and administrators: who did what to which record, when, from where and how it ended;
// filtered by client, user and period, a page at a time; an owner also takes a period's lines as CSV (the report
// covers the whole period, whoever and whatever the filters above it name).
import {api} from "./api.js";
import {h, dateTime, showErrors, clearErrors} from "./dom.js";
import {can} from "./app.js";

const PAGE = 50;

export async function auditPage() {
    const users = await api.get("users");
    const summary = h("p", {class: "errors", role: "alert"});
    const rows = h("tbody", {id: "audit-rows"});
    const count = h("p", {class: "muted", role: "status", id: "audit-count"});
    const pager = h("div", {class: "actions"});
    const clientField = can("OWNER") ? clientPicker() : h("div", {class: "field"},
        h("label", {for: "a-client"}, "Client (id)"), h("input", {id: "a-client", name: "client", "data-field": "client"}));
    const form = h("form", {novalidate: true, id: "audit-filter", class: "filters"},
        h("div", {class: "grid4"},
            h("div", {class: "field"}, h("label", {for: "a-from"}, "From (day)"),
                h("input", {id: "a-from", type: "date", name: "from", "data-field": "from"})),
            h("div", {class: "field"}, h("label", {for: "a-to"}, "To (day, included)"),
                h("input", {id: "a-to", type: "date", name: "to", "data-field": "to"})),
            h("div", {class: "field"}, h("label", {for: "a-actor"}, "User"),
                h("select", {id: "a-actor", name: "actor", "data-field": "actor"}, h("option", {value: ""}, "Anyone"),
                    users.map(u => h("option", {value: u.id}, `${u.displayName} (${u.username})`)))),
            clientField),
        summary, h("button", {type: "submit", class: "primary"}, "Show"));
    const report = can("OWNER") ? csvReport(form) : null;
    let page = 0;

    async function load() {
        clearErrors(form);
        const params = new URLSearchParams({page, size: PAGE});
        for (const [key, value] of new FormData(form).entries()) if (value) params.set(key, value);
        try {
            const found = await api.get(`audit?${params}`);
            rows.replaceChildren(...found.items.map(line));
            count.textContent = `${found.total} line${found.total === 1 ? "" : "s"}, newest first`
                + (found.total > PAGE ? ` (page ${page + 1} of ${Math.ceil(found.total / PAGE)})` : "");
            pager.replaceChildren(...[
                page > 0 ? h("button", {type: "button", onclick: () => { page--; load(); }}, "Newer") : null,
                (page + 1) * PAGE < found.total ? h("button", {type: "button", onclick: () => { page++; load(); }},
                    "Older") : null].filter(Boolean));
        } catch (problem) {
            showErrors(form, problem, summary);
        }
    }
    form.addEventListener("submit", event => {
        event.preventDefault();
        page = 0;
        load();
    });
    await load();
    return h("div", {class: "page"},
        h("section", {class: "card", "aria-labelledby": "audit-heading"},
            h("h1", {id: "audit-heading"}, "Audit trail"),
            h("p", {class: "muted"}, "Every read and change of a client's record, every sign-in and every change to "
                + "a user. Looking at this list is recorded too."),
            form, report),
        h("section", {class: "card", "aria-labelledby": "lines-heading"},
            h("h2", {id: "lines-heading"}, "Lines"), count,
            h("div", {class: "table-scroll", tabindex: "0", role: "region", "aria-label": "Audit lines, table"}, h("table", {class: "list audit"},
                h("thead", {}, h("tr", {}, ["When", "Who", "What", "Record", "Outcome", "From", "Detail"]
                    .map(t => h("th", {scope: "col"}, t)))), rows)),
            pager));
}

function line(l) {
    return h("tr", {}, h("td", {}, dateTime(l.occurredAt)), h("td", {}, l.actorName),
        h("td", {}, l.action.toLowerCase().replaceAll("_", " ")),
        h("td", {}, l.recordType ? `${l.recordType.toLowerCase()} ${String(l.recordId ?? "").slice(0, 8)}` : ""),
        h("td", {}, l.outcome.toLowerCase()), h("td", {}, l.address ?? ""), h("td", {class: "detail"}, l.detail ?? ""));
}

/**
 * The period's report as CSV: every line from the first day to the last, both included. The link exists only once
 * both days are chosen, since the server refuses a report without them.
 */
function csvReport(form) {
    const link = h("a", {class: "button", id: "audit-csv", download: ""}, "Download the period as CSV");
    const hint = h("p", {class: "muted small", id: "audit-csv-hint"});
    const holder = h("div", {class: "actions"}, hint);
    function follow() {
        const from = form.querySelector("#a-from").value;
        const to = form.querySelector("#a-to").value;
        if (from && to) {
            link.href = `api/audit/report?${new URLSearchParams({from, to})}`;
            hint.textContent = "Every line of the period, from everyone, about every client.";
            holder.replaceChildren(link, hint);
        } else {
            hint.textContent = "Choose both days to download the period's lines as CSV.";
            holder.replaceChildren(hint);
        }
    }
    form.addEventListener("input", follow);
    form.addEventListener("change", follow);
    follow();
    return holder;
}

/** Owners find the client by name; the filter takes the chosen client's id. */
function clientPicker() {
    const search = h("input", {id: "a-client-search", type: "search", autocomplete: "off", "aria-describedby": "a-client-hint"});
    const chosen = h("select", {id: "a-client", name: "client", "data-field": "client"},
        h("option", {value: ""}, "Any client"));
    let timer;
    search.addEventListener("input", () => {
        clearTimeout(timer);
        timer = setTimeout(async () => {
            const found = search.value.trim() ? await api.get(`clients?size=20&q=${encodeURIComponent(search.value.trim())}`)
                : {items: []};
            chosen.replaceChildren(h("option", {value: ""}, "Any client"), ...found.items.map(c =>
                h("option", {value: c.id}, `${c.familyName}, ${c.givenName}`)));
            if (found.items.length === 1) chosen.value = found.items[0].id;
        }, 200);
    });
    return h("div", {class: "field"}, h("label", {for: "a-client-search"}, "Client: search by name"), search,
        h("p", {class: "muted small", id: "a-client-hint"}, "Then choose the client:"),
        h("label", {for: "a-client", class: "visually-hidden"}, "Client"), chosen);
}
