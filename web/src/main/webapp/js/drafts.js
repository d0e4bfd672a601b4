// The local copy of a session being typed: kept in this browser per user and per draft until the server has
// confirmed the same content, so a reload, a time-out or a lost connection never loses what was typed.
import {currentUser} from "./app.js";

const PREFIX = "knotwork.draft.";

function key(clientId, noteId) {
    return `${PREFIX}${currentUser().id}.${clientId}.${noteId ?? "new"}`;
}

export function keep(clientId, noteId, baseVersion, form) {
    try {
        localStorage.setItem(key(clientId, noteId), JSON.stringify({keptAt: new Date().toISOString(), baseVersion,
            form}));
    } catch {
        // A full or disabled storage leaves only the server's copy; the form says whether that is current.
    }
}

export function kept(clientId, noteId) {
    try {
        return JSON.parse(localStorage.getItem(key(clientId, noteId)) ?? "null");
    } catch {
        return null;
    }
}

export function forget(clientId, noteId) {
    localStorage.removeItem(key(clientId, noteId));
}

/** A new session got its id from the server: its local copy moves under that id. */
export function rename(clientId, noteId) {
    const copy = localStorage.getItem(key(clientId, null));
    if (copy !== null) localStorage.setItem(key(clientId, noteId), copy);
    forget(clientId, null);
}
