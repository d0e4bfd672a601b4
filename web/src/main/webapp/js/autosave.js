// Saves a draft on the server a moment after typing stops, one save at a time, and says where the work is:
// saved, being saved, kept on this device only (with why), or in conflict with a save from elsewhere.

export const AUTOSAVE_DELAY_MS = 1500;

export function autosaver({save, onConflict, onSaved, onKeptLocally, onSignedOut}) {
    let timer = null;
    let running = null;
    let again = false;

    async function run() {
        clearTimeout(timer);
        timer = null;
        if (running) {
            again = true;
            return running;
        }
        running = (async () => {
            try {
                const outcome = await save();
                if (outcome) onSaved(outcome);
                return true;
            } catch (problem) {
                if (problem.status === 409) onConflict(problem);
                else if (problem.status === 401) onSignedOut();
                else onKeptLocally(problem);
                return false;
            } finally {
                running = null;
            }
        })();
        const ok = await running;
        if (again) {
            again = false;
            return run();
        }
        return ok;
    }

    return {
        /** Something changed: save a moment after the typing stops. */
        changed() {
            clearTimeout(timer);
            timer = setTimeout(run, AUTOSAVE_DELAY_MS);
        },
        /** Save now (Save, Sign, leaving the page); resolves whether the server has it. */
        now: run,
        stop() {
            clearTimeout(timer);
            timer = null;
        },
        pending: () => timer !== null || running !== null
    };
}
