// The client's home-care handout: previewed in the page, printed or downloaded from the one copy fetched, so a
// signed note's handout is issued (and recorded) once per look, not once per button.
import {api} from "./api.js";
import {h, dateTime, sending} from "./dom.js";
import {clientHeader} from "./chart.js";
import {flash} from "./app.js";
import {labels} from "./codes.js";

function choices(id, options, chosen) {
    return h("select", {id}, Object.entries(options)
        .map(([code, text]) => h("option", {value: code, selected: code === chosen}, text)));
}

export async function handoutPage(noteId) {
    const note = await api.get(`notes/${noteId}`);
    const [chart, usual] = await Promise.all([api.get(`clients/${note.clientId}/chart`),
        api.get(`clients/${note.clientId}/handout-preferences`)]);
    const [languages, printSizes, papers] = await Promise.all([labels("handoutLanguages"), labels("printSizes"),
        labels("paperSizes")]);
    const language = choices("handout-language",
        Object.fromEntries((usual.languages ?? Object.keys(languages)).map(code => [code, languages[code] ?? code])),
        usual.language);
    const printSize = choices("handout-print-size", printSizes, usual.printSize);
    const remember = h("button", {type: "button", class: "quiet", id: "handout-remember"},
        "Make these this client's usual");
    const email = note.status === "SIGNED" ? h("button", {type: "button", id: "handout-email"}, "Send by e-mail")
        : null;
    const frame = h("iframe", {id: "handout-frame", title: "Home-care handout preview", class: "handout-frame"});
    const status = h("p", {class: "muted", role: "status", id: "handout-status"}, "Preparing the handout…");
    const download = h("a", {class: "button", id: "handout-download", "aria-disabled": "true"}, "Download");
    const print = h("button", {type: "button", class: "primary", id: "handout-print", disabled: true}, "Print");
    const paper = h("select", {id: "handout-paper"},
        Object.entries(papers).map(([code, label]) => h("option", {value: code}, label)));
    let url = null;

    async function load() {
        print.disabled = true;
        status.textContent = "Preparing the handout…";
        try {
            const handout = await api.file(`notes/${noteId}/handout?${format()}`);
            if (url) URL.revokeObjectURL(url);
            url = URL.createObjectURL(handout.blob);
            frame.src = url;
            download.href = url;
            download.setAttribute("download", handout.name);
            download.removeAttribute("aria-disabled");
            print.disabled = false;
            status.textContent = handout.headers.get("X-Handout-Status") === "PREVIEW"
                ? "A preview: this note is a draft, so the handout is marked as such and not issued."
                : `Issued from the note signed ${dateTime(note.signedAt)}.`;
        } catch (problem) {
            status.textContent = problem.message;
        }
    }

    print.addEventListener("click", () => {
        try {
            frame.contentWindow.focus();
            frame.contentWindow.print();
            flash("The handout went to the print dialog.");
        } catch {
            // A browser that keeps its PDF viewer out of reach of the page: the PDF opens where it can be printed.
            window.open(url, "_blank");
            flash("The handout opened in a new tab: print it from there.");
        }
    });
    function format() {
        return `paper=${paper.value}&print=${printSize.value}&language=${language.value}`;
    }

    remember.addEventListener("click", sending(async () => {
        try {
            const saved = await api.put(`clients/${note.clientId}/handout-preferences`,
                {language: language.value, printSize: printSize.value}, usual.version);
            usual.version = saved.version;
            flash(`From now on ${chart.client.givenName}'s sheets are in ${languages[language.value]}, `
                + `${printSizes[printSize.value].toLowerCase()}.`);
        } catch (problem) {
            status.textContent = problem.message;
        }
    }));
    email?.addEventListener("click", sending(async () => {
        status.textContent = "Sending the sheet…";
        try {
            const sent = await api.post(`notes/${noteId}/handout/email?${format()}`);
            status.textContent = `Sent to ${sent.sentTo} on ${dateTime(sent.sentAt)}.`;
            flash(`The sheet was e-mailed to ${sent.sentTo}.`);
        } catch (problem) {
            status.textContent = problem.message;
        }
    }));
    for (const select of [paper, language, printSize]) select.addEventListener("change", load);
    load();
    return h("div", {class: "page"},
        h("section", {class: "card"}, clientHeader(chart.client,
            h("a", {class: "button quiet", href: `#/notes/${noteId}`}, "Back to the note"))),
        h("section", {class: "card", "aria-labelledby": "handout-heading"},
            h("div", {class: "title-row"},
                h("h2", {id: "handout-heading"}, `Home-care handout, session of ${dateTime(note.sessionAt)}`),
                h("div", {class: "actions"}, print, download, email)),
            h("div", {class: "row handout-format"},
                h("div", {class: "field inline-field"}, h("label", {for: "handout-paper"}, "Paper"), paper),
                h("div", {class: "field inline-field"}, h("label", {for: "handout-language"}, "Language"), language),
                h("div", {class: "field inline-field"}, h("label", {for: "handout-print-size"}, "Print"), printSize),
                remember),
            status, frame));
}

/** The link to a note's handout, where the chart and the note offer it. */
export function handoutLink(noteId, text = "Handout") {
    return h("a", {class: "button", href: `#/notes/${noteId}/handout`, "data-handout": noteId}, text);
}
