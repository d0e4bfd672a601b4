// A session: starts from the client's current points with this client's own last dosages, adds points by tapping
// the map, shows protocol deviations as they are typed, saves the draft by itself a moment after typing stops (and
// keeps a copy on this device until the server has it), signs it, or discards it.
import {api} from "./api.js";
import {h, showErrors, clearErrors, whileSending, dateTime} from "./dom.js";
import {go, flash, guardLeaving, whenLeft} from "./app.js";
import {precautionsBanner} from "./clients.js";
import {clientTitle} from "./chart.js";
import {newState, applyNote, body, snapshot, restore} from "./sessionstate.js";
import {aboutSection, endSection, homeCareSection} from "./sessionparts.js";
import {regionChoices, wordsFor} from "./codes.js";
import {heatPrecautions} from "./precautions.js";
import {autosaver} from "./autosave.js";
import {keep, kept, forget, rename} from "./drafts.js";
import {conflictPanel, myTexts} from "./conflict.js";
import {treatedPoints} from "./sessionpoints.js";
import {sessionPromPanel} from "./proms.js";
import {notePage} from "./note.js";

let catalogue = null;

/**
 * {@code requested}: the draft to go on with; none for a new session, which first offers this therapist's open draft of
 * the client (the server says whether there is one); "new" for a new session chosen beside that draft.
 */
export async function sessionPage(clientId, requested) {
    const beside = requested === "new";
    const noteId = beside ? undefined : requested;
    const [chart, settings, note, last, protocol, openDraft] = await Promise.all([api.get(`clients/${clientId}/chart`),
        api.get("practice-settings"), noteId ? api.get(`notes/${noteId}`) : null,
        api.get(`clients/${clientId}/last-treatments`), api.get("protocol"),
        noteId || beside ? null : api.get(`clients/${clientId}/notes/open-draft`)]);
    // A signed note is never a form: its address (a link, Back after signing) shows it as signed, to be amended.
    if (note && note.status !== "DRAFT") return signedInstead(note);
    if (openDraft) return draftOrNew(chart.client, openDraft);
    catalogue ??= await api.get("muscles");
    const [regions, words] = await Promise.all([regionChoices(),
        wordsFor("positions", "releaseReasons", "heatModalities")]);
    const client = chart.client;
    const state = newState(chart, last, note);
    const heat = await heatPrecautions(clientId, state.points).catch(() => new Map());
    state.points.forEach(p => { p.heatBlocked = heat.get(p.id) ?? null; });
    if (note) applyNote(state, note);
    else state.points.filter(p => p.heatBlocked).forEach(p => { p.heatDone = false; });
    let confirmed = note ? JSON.stringify(body(state)) : null;
    const notice = h("div", {id: "session-notice"});
    const status = h("p", {id: "save-status", class: "save-status muted", role: "status"},
        note ? "Saved on the server." : "Nothing typed yet.");
    const summary = h("p", {class: "errors", role: "alert", id: "session-errors"});
    const form = h("form", {id: "session-form", novalidate: true, onsubmit: e => e.preventDefault()});
    const points = treatedPoints({state, catalogue, clientId, unitSymbol: settings.pressureUnitSymbol, protocol,
        words, body: () => body(state, null), changed});

    const local = kept(clientId, noteId);
    if (local && (!note || local.baseVersion === note.version)) {
        restore(state, local.form);
        notice.replaceChildren(h("p", {class: "notice", role: "status"},
            "What you typed on this device and had not yet saved is back in the form."));
    } else if (local) {
        const mine = structuredClone(state);
        restore(mine, local.form);
        await showConflict(mine, note);
    }

    const saver = autosaver({
        save: saveDraft,
        onSaved: () => {},
        onConflict: conflictNow,
        onKeptLocally: problem => {
            status.textContent = problem.status === 0
                ? "Kept on this device: the server cannot be reached. It goes to the server with your next change,"
                    + " or with Save draft, once the connection is back."
                : `Kept on this device, not yet on the server: ${firstProblem(problem)}`;
        },
        onSignedOut: () => {}
    });
    whenLeft(() => saver.stop());

    async function conflictNow(problem) {
        if (state.note) await showConflict(structuredClone(state));
        else await draftElsewhere(problem);
    }

    // Set once the therapist chose to keep this page's session beside a draft they opened elsewhere meanwhile; a new
    // session chosen beside the open draft ("Start a new session") says so from its first save.
    let besideOpenDraft = beside;
    // While the page asks which to keep, typing is kept on this device but not sent: each send would be refused again.
    let awaitingChoice = false;

    /**
     * The server refused to start this session: a draft of this client was opened meanwhile (another tab, another
     * device). The page offers that draft, or to keep this one as another session; what was typed stays on this device.
     */
    async function draftElsewhere(problem) {
        saver.stop();
        const draft = await api.get(`clients/${clientId}/notes/open-draft`).catch(() => null);
        if (!draft) {
            status.textContent = `Not saved: ${problem?.message ?? "the server refused the session."}`;
            return;
        }
        const keepBoth = h("button", {type: "button", id: "save-beside"}, "Save this as another session");
        keepBoth.addEventListener("click", () => act(keepBoth, async () => {
            besideOpenDraft = true;
            awaitingChoice = false;
            notice.replaceChildren();
            await saver.now();
        }));
        awaitingChoice = true;
        const openIt = h("button", {type: "button", class: "primary", id: "open-other-draft"}, "Open that draft");
        openIt.addEventListener("click", () => go(`#/clients/${clientId}/session/${draft.id}`));
        notice.replaceChildren(h("section", {class: "card notice", id: "draft-elsewhere",
            "aria-labelledby": "draft-elsewhere-heading"},
            h("h2", {id: "draft-elsewhere-heading"}, `You opened a draft from ${dateTime(draft.sessionAt)} meanwhile`),
            h("p", {}, "This session is not saved: a draft of a session with this client was started elsewhere (another"
                + " tab or device) while you typed. What you typed here is kept on this device. Open that draft, or "
                + "save this one as another session beside it?"),
            h("div", {class: "actions"}, openIt, keepBoth)));
        status.textContent = "Not saved: you have another draft of this client open. Choose below.";
        openIt.focus();
    }

    function firstProblem(problem) {
        return problem.errors?.length ? `${problem.errors.length} field${problem.errors.length === 1 ? "" : "s"} `
            + `to complete (${problem.errors[0].message})` : problem.message;
    }

    function changed() {
        keep(clientId, state.note?.id, state.note?.version ?? null, snapshot(state));
        status.textContent = "Not saved yet…";
        points.refreshDeviations();
        if (!awaitingChoice) saver.changed();
    }

    let saving = null;

    /**
     * One save at a time: Save or Sign pressed while the automatic save is on its way waits for it, so that a new
     * session is created once. Two at once each created a note, and the one not signed stayed behind as a draft.
     */
    function saveDraft() {
        const next = (saving ?? Promise.resolve()).catch(() => {}).then(saveDraftNow);
        saving = next;
        return next;
    }

    async function saveDraftNow() {
        const sent = body(state, points.deviations());
        const json = JSON.stringify(sent);
        if (json === confirmed) {
            if (state.note) forget(clientId, state.note.id);
            status.textContent = "Saved on the server.";
            return null;
        }
        status.textContent = "Saving…";
        const saved = state.note ? await api.put(`notes/${state.note.id}`, sent, state.note.version)
            : await api.post(`clients/${clientId}/notes`, besideOpenDraft ? {...sent, besideOpenDraft} : sent);
        if (!state.note) {
            rename(clientId, saved.id);
            history.replaceState(null, "", `#/clients/${clientId}/session/${saved.id}`);
        }
        state.note = {id: saved.id, version: saved.version};
        confirmed = json;
        if (JSON.stringify(body(state, points.deviations())) === json) forget(clientId, saved.id);
        else keep(clientId, saved.id, saved.version, snapshot(state));
        points.showServerDeviations(saved.deviations);
        status.textContent = `Saved on the server at ${new Date().toLocaleTimeString([], {hour: "2-digit",
            minute: "2-digit"})}.`;
        return saved;
    }

    /** {@code mine}: this form's version; {@code latest}: the note as saved elsewhere (read when not given). */
    async function showConflict(mine, latest) {
        const current = latest ?? await api.get(`notes/${state.note.id}`);
        if (current.status !== "DRAFT") {
            saver.stop();
            flash("This note has been signed meanwhile: it no longer changes. Add an amendment to correct it.");
            go(`#/notes/${current.id}`);
            return;
        }
        const theirs = structuredClone(state);
        applyNote(theirs, current);
        notice.replaceChildren(conflictPanel({mine, theirs, savedAt: null,
            keepMine: async () => {
                restore(state, snapshot(mine));
                state.note = {id: current.id, version: current.version};
                confirmed = null;
                notice.replaceChildren();
                render();
                await saver.now();
            },
            takeTheirs: () => {
                applyNote(state, current);
                confirmed = JSON.stringify(body(state));
                forget(clientId, state.note.id);
                notice.replaceChildren(myTexts(mine) ?? "");
                render();
            }}));
        status.textContent = "Not saved: this draft was changed elsewhere. Choose which version to keep.";
        document.getElementById("keep-mine")?.focus();
    }

    function act(button, work) {
        return whileSending(button, async () => {
            clearErrors(form);
            summary.textContent = "";
            try {
                await work();
            } catch (problem) {
                if (problem.status === 409) await conflictNow(problem);
                else if (problem.status !== 401) showErrors(form, problem, summary);
            }
        });
    }

    async function saveOrShow() {
        saver.stop();
        const sent = await saveDraft();
        return sent ?? true;
    }

    const saveButton = h("button", {type: "button", id: "save-draft"}, "Save draft");
    const signButton = h("button", {type: "button", class: "primary", id: "sign"}, "Sign note");
    const discardButton = h("button", {type: "button", class: "quiet danger", id: "discard"}, "Discard draft");
    saveButton.addEventListener("click", () => act(saveButton, async () => {
        await saveOrShow();
        flash("Draft saved.");
    }));
    signButton.addEventListener("click", () => act(signButton, async () => {
        await saveOrShow();
        await api.postIfMatch(`notes/${state.note.id}/signature`, state.note.version);
        forget(clientId, state.note.id);
        flash("Note signed.");
        go(`#/notes/${state.note.id}`);
    }));
    discardButton.addEventListener("click", () => act(discardButton, async () => {
        if (!confirm("Discard this draft? What it holds is deleted. (Signed notes are never deleted.)")) return;
        const waiting = saver.pending();
        saver.stop();
        // The version this page last saved: a draft saved since elsewhere is kept (409), not thrown away unseen.
        if (state.note) {
            try {
                await api.del(`notes/${state.note.id}`, state.note.version);
            } catch (problem) {
                if (waiting) saver.changed();
                // Refused for what the draft holds (questionnaire answers recorded at it), not for a newer save:
                // the server's version is still the one this page has, so the refusal itself is what to show.
                if (problem.status === 409 && (await api.get(`notes/${state.note.id}`)).version === state.note.version) {
                    summary.textContent = problem.message;
                    return;
                }
                throw problem;
            }
        }
        forget(clientId, state.note?.id);
        forget(clientId, null);
        flash("Draft discarded.");
        go(`#/clients/${clientId}`);
    }));

    guardLeaving({
        dirty: () => saver.pending() || kept(clientId, state.note?.id) !== null,
        leave: async () => {
            if (!saver.pending() && kept(clientId, state.note?.id) === null) return true;
            if (await saver.now()) return true;
            return confirm("This session is not saved on the server yet (it is kept on this device). "
                + "Leave the page anyway?");
        }
    });

    // Made once: re-drawing the form must not lose answers being typed into it. Beside the session's form, not in it:
    // its answers are a record of their own, saved with their own button, and a form cannot hold another form.
    const proms = sessionPromPanel(clientId, () => state.note);

    function render() {
        form.replaceChildren(aboutSection(state, regions, changed), points.section(), points.deviationPanel(),
            endSection(state, changed), homeCareSection(state, changed),
            h("section", {class: "card actions-card"}, summary, status,
                h("div", {class: "actions"}, saveButton, signButton, discardButton,
                    h("a", {class: "button quiet", href: `#/clients/${clientId}`}, "Back to chart"))));
        points.render();
    }
    render();

    return h("div", {class: "page session-page"},
        h("section", {class: "card"}, clientTitle(client)),
        precautionsBanner(client, true),
        notice,
        h("div", {class: "session-layout"}, points.mapCard(note), h("div", {class: "session-column"}, form, proms)));
}

/** A session already drafted is continued, not started again beside it unseen; another session is the user's choice. */
function draftOrNew(client, draft) {
    return h("div", {class: "page session-page"},
        h("section", {class: "card"}, clientTitle(client)),
        h("section", {class: "card", id: "open-draft", "aria-labelledby": "open-draft-heading"},
            h("h2", {id: "open-draft-heading"}, `You have a draft from ${dateTime(draft.sessionAt)}`),
            h("p", {}, "Continue it, or start a new one? Start a new one only for another session: the draft stays as "
                + `it is (last saved ${dateTime(draft.updatedAt)}).`),
            h("div", {class: "actions"},
                h("a", {class: "button primary", id: "continue-draft",
                    href: `#/clients/${client.id}/session/${draft.id}`}, "Continue the draft"),
                h("a", {class: "button", id: "start-new", href: `#/clients/${client.id}/session/new`},
                    "Start a new session"),
                h("a", {class: "button quiet", href: `#/clients/${client.id}`}, "Back to chart"))));
}

function signedInstead(note) {
    history.replaceState(null, "", `#/notes/${note.id}`);
    return notePage(note.id);
}
