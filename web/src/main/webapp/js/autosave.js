// Saves a draft on the server a moment after typing stops, one save at a time, and says where the work is:
// saved, being saved, kept on this device only (with why), or in conflict with a save from elsewhere. A save the
// network lost is tried again by itself — at once when the browser says it is back online, and meanwhile after
// growing waits, since a browser can believe it is online while the server is out of reach (a captive Wi-Fi).

export const AUTOSAVE_DELAY_MS = 1500;

/** The waits before trying a lost save again: doubling, so a long outage costs a request a minute, not a storm. */
export const RETRY_DELAYS_MS = [2000, 4000, 8000, 16000, 32000, 60000];

/** The server was not reached, or a proxy in front of it answered for it: the same save may go through later. */
export function unreachable(problem) {
    return problem.status === 0 || problem.status === 502 || problem.status === 503 || problem.status === 504;
}

export function autosaver({save, onConflict, onSaved, onKeptLocally, onSignedOut}) {
    let timer = null;
    let running = null;
    let lost = 0;

    function schedule(ms) {
        clearTimeout(timer);
        timer = setTimeout(run, ms);
    }

    // One save at a time: a save asked for while another is on its way waits for it, so two never carry the same
    // If-Match version (the second would look like a conflict with this very form).
    async function attempt() {
        while (running) await running.catch(() => {});
        running = save();
        try {
            return await running;
        } finally {
            running = null;
        }
    }

    function failed(problem) {
        if (problem.status === 409) onConflict(problem);
        else if (problem.status === 401) onSignedOut();
        else onKeptLocally(problem);
        if (!unreachable(problem)) {
            lost = 0;
            return;
        }
        lost += 1;
        // Offline for certain: the "online" event brings the save; no use knocking on a closed door until then.
        if (navigator.onLine !== false) schedule(RETRY_DELAYS_MS[Math.min(lost, RETRY_DELAYS_MS.length) - 1]);
    }

    async function run() {
        clearTimeout(timer);
        timer = null;
        try {
            const outcome = await attempt();
            lost = 0;
            if (outcome) onSaved(outcome);
            return true;
        } catch (problem) {
            failed(problem);
            return false;
        }
    }

    function backOnline() {
        if (lost > 0) run();
    }

    window.addEventListener("online", backOnline);

    return {
        /** Something changed: save a moment after the typing stops. */
        changed() {
            schedule(AUTOSAVE_DELAY_MS);
        },
        /** Save now (leaving the page); resolves whether the server has it. */
        now: run,
        /** Save now for a button (Save, Sign): resolves with the save's outcome, or fails with its problem. */
        async saveNow() {
            clearTimeout(timer);
            timer = null;
            try {
                const outcome = await attempt();
                lost = 0;
                return outcome;
            } catch (problem) {
                if (unreachable(problem)) failed(problem);
                throw problem;
            }
        },
        /** No save of this draft any more (it is being discarded, or the page is left). */
        stop() {
            clearTimeout(timer);
            timer = null;
            lost = 0;
        },
        /** The page is gone: nothing is saved from it again. */
        close() {
            this.stop();
            window.removeEventListener("online", backOnline);
        },
        pending: () => timer !== null || running !== null || lost > 0
    };
}
