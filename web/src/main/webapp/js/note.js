// A note as recorded: the session, each treated point's measurements and episodes, the deviations with their
// reasons, and the amendments; its author can append an amendment to a signed note.
import {api} from "./api.js";
import {h, dateTime, sideName, statusName, showErrors, clearErrors, sending} from "./dom.js";
import {clientHeader} from "./chart.js";
import {currentUser, flash, go, guardForm} from "./app.js";
import {handoutLink} from "./handout.js";
import {regionLabel, labels, word} from "./codes.js";


function episodeText(e, modalities) {
    if (e.kind === "COMPRESSION") {
        return `pressure ${e.pressureLevel ?? "–"}/10${e.pressure ? ` (${e.pressure.value} ${e.pressure.symbol})` : ""}, `
            + `${e.holdSeconds} s × ${e.repetitions}, discomfort ${e.discomfort ?? "–"}/10`;
    }
    if (e.kind === "STRETCH") {
        return `${e.stretch}, ${e.holdSeconds} s × ${e.repetitions}${e.breathingCoordinated ? ", with breathing" : ""}`
            + `${e.forced ? ", forced" : ""}`;
    }
    return `${(modalities[e.modality] ?? e.modality).toLowerCase()}, ${e.minutes} min${e.skinChecked ? ", skin checked" : ""}`;
}

const ppt = p => p ? `${p.value} ${p.symbol}` : "–";

/** The medical clearance recorded for a deviation that needs one, in words; none when there is none. */
function clearance(note, d) {
    const c = (note.clearances ?? []).find(x => x.contraindication === d.clearanceFor);
    return c ? `medical clearance by ${c.clearedBy}, ${c.clearedOn}` : null;
}

export async function notePage(noteId) {
    const note = await api.get(`notes/${noteId}`);
    const chart = await api.get(`clients/${note.clientId}/chart`);
    const region = note.complaintRegion ? await regionLabel(note.complaintRegion) : "–";
    const modalities = await labels("heatModalities");
    const mine = note.therapistId === currentUser().id;
    return h("div", {class: "page"},
        h("section", {class: "card"}, clientHeader(chart.client,
            handoutLink(note.id, note.status === "SIGNED" ? "Handout: preview, print" : "Handout preview"),
            mine && note.status === "DRAFT" ? h("a", {class: "button", href: `#/clients/${note.clientId}/session/${note.id}`},
                "Continue this draft") : null,
            h("a", {class: "button quiet", href: `#/clients/${note.clientId}`}, "Back to chart"))),
        h("section", {class: "card", "aria-labelledby": "note-heading"},
            h("div", {class: "title-row"},
                h("h2", {id: "note-heading"}, `Session of ${dateTime(note.sessionAt)}`),
                h("span", {class: `status ${note.status.toLowerCase()}`, id: "note-status"},
                    note.status === "SIGNED" ? `${word("noteStatuses", "SIGNED")} ${dateTime(note.signedAt)}`
                        : word("noteStatuses", note.status))),
            h("p", {class: "muted", id: "note-author"}, note.status === "SIGNED"
                ? `Signed by ${note.therapistName ?? "the therapist"} on ${dateTime(note.signedAt)}.`
                : `Draft by ${note.therapistName ?? "the therapist"}, not signed.`),
            h("dl", {class: "facts"},
                h("dt", {}, "Complaint"), h("dd", {}, note.complaint || "–"),
                h("dt", {}, "Where"), h("dd", {id: "note-region"}, region),
                h("dt", {}, "Pain"), h("dd", {}, `${note.painBefore ?? "–"} → ${note.painAfter ?? "–"} (0–10)`),
                h("dt", {}, "Assessment"), h("dd", {}, note.assessment || "–"),
                h("dt", {}, "Plan"), h("dd", {}, note.plan || "–"),
                h("dt", {}, "Note for the client"), h("dd", {}, note.homeCare?.note || "–"),
                h("dt", {}, "Next appointment"), h("dd", {}, dateTime(note.homeCare?.nextAppointment) || "–")),
            note.points.map(p => h("article", {class: "point-card"},
                h("h3", {}, `${p.muscleName} (${sideName(p.side)})`),
                h("p", {class: "muted"}, `Threshold ${ppt(p.pptBefore)} → ${ppt(p.pptAfter)}`,
                    p.statusAfter ? ` · left ${statusName(p.statusAfter).toLowerCase()}` : ""),
                h("ol", {class: "episode-list"}, p.episodes.map(e =>
                    h("li", {}, h("strong", {}, word("episodeKinds", e.kind)), ": ", episodeText(e, modalities)))))),
            note.deviations.length ? h("div", {class: "deviations"}, h("h3", {}, "Protocol deviations"),
                h("ul", {class: "deviation-list"}, note.deviations.map(d => h("li", {class: "deviation"},
                    h("p", {}, h("strong", {}, d.explanation.replace(/\.$/, ""), ".")),
                    h("p", {}, h("em", {}, "Reason: "), d.reason ?? clearance(note, d) ?? "none given")))))
                : null),
        amendments(note, mine));
}

function amendments(note, mine) {
    const list = note.amendments.length
        ? h("ol", {class: "amendments", id: "amendments"}, note.amendments.map(a => h("li", {},
            h("p", {}, h("strong", {}, `${dateTime(a.amendedAt)}, by ${a.authorName ?? "the author"}`),
                ` — ${a.reason}`), h("p", {}, a.text))))
        : h("p", {class: "muted"}, "No amendments.");
    const section = h("section", {class: "card", "aria-labelledby": "amend-heading"},
        h("h2", {id: "amend-heading"}, "Amendments"), list);
    if (note.status !== "SIGNED" || !mine) return section;
    const summary = h("p", {class: "errors", role: "alert"});
    const form = h("form", {id: "amend-form", novalidate: true},
        h("p", {class: "muted"}, "A signed note never changes; a correction is added below it with today's date."),
        h("div", {class: "field"}, h("label", {for: "f-reason"}, "Why the correction"),
            h("input", {id: "f-reason", name: "reason", "data-field": "reason", maxlength: 500})),
        h("div", {class: "field"}, h("label", {for: "f-text"}, "Correction"),
            h("textarea", {id: "f-text", name: "text", "data-field": "text", rows: 3, maxlength: 4000})),
        summary,
        h("button", {type: "submit", class: "primary", id: "amend"}, "Add amendment"));
    form.addEventListener("submit", sending(async () => {
        clearErrors(form);
        try {
            await api.post(`notes/${note.id}/amendments`, {reason: form.elements.reason.value, text: form.elements.text.value});
            flash("Amendment added.");
            go(`#/notes/${note.id}`);
        } catch (problem) {
            showErrors(form, problem, summary);
        }
    }));
    guardForm(form);
    section.append(h("h3", {}, "Amend this note"), form);
    return section;
}
