// The REST API as the UI uses it: JSON in and out, the header the server's cross-site check asks for on every
// request that changes data, one place that turns a 401 (signed out, or the idle time-out) into the sign-in page,
// and the moment of the last call, which is when the server's idle clock last started again.

export class Problem extends Error {
    constructor(status, body) {
        super(body?.detail || body?.title || (status ? `The server answered ${status}.`
            : "The server could not be reached. Check the connection and try again."));
        this.status = status;
        this.errors = body?.errors ?? [];
        // The records a conflict (409) is with, e.g. the open draft a new session would stand beside.
        this.records = body?.records ?? [];
    }
}

const LAST_CALL = "knotwork.lastCall";
let onSignedOut = () => {};

export function whenSignedOut(handler) {
    onSignedOut = handler;
}

/** When this browser (any tab) last reached the server: every call restarts the session's idle clock. */
export function lastCall() {
    return Number(localStorage.getItem(LAST_CALL) ?? 0);
}

function reached() {
    localStorage.setItem(LAST_CALL, String(Date.now()));
}

async function send(method, path, body, headers, accept) {
    const init = {method, headers: {Accept: accept, ...headers}};
    if (method !== "GET") init.headers["X-Knotwork-Request"] = "1";
    if (body !== undefined) {
        init.headers["Content-Type"] = "application/json";
        init.body = JSON.stringify(body);
    }
    let response;
    try {
        response = await fetch(`api/${path}`, init);
    } catch {
        throw new Problem(0, null);
    }
    reached();
    if (response.status === 401 && !path.startsWith("session")) {
        onSignedOut("Your session has ended (time without activity, or you signed out elsewhere). "
            + "Sign in again to carry on: what you were typing is kept.");
    }
    return response;
}

async function call(method, path, body, headers = {}) {
    const response = await send(method, path, body, headers, "application/json");
    const text = await response.text();
    const json = text ? JSON.parse(text) : null;
    if (!response.ok) throw new Problem(response.status, json);
    return {json, etag: response.headers.get("ETag")};
}

/** A file from the API (a handout PDF): its bytes, the name the server gives it and its headers. */
async function file(path) {
    const response = await send("GET", path, undefined, {}, "application/pdf, application/problem+json");
    if (!response.ok) {
        const text = await response.text();
        throw new Problem(response.status, text ? JSON.parse(text) : null);
    }
    const disposition = response.headers.get("Content-Disposition") ?? "";
    return {blob: await response.blob(), name: disposition.match(/filename="([^"]+)"/)?.[1] ?? "handout.pdf",
        headers: response.headers};
}

/** Sends a file's bytes as they are (the practice's logo), with its type and the version it was chosen on. */
async function putBytes(path, blob, version) {
    let response;
    try {
        response = await fetch(`api/${path}`, {method: "PUT", body: blob, headers: {Accept: "application/json",
            "Content-Type": blob.type, "X-Knotwork-Request": "1", "If-Match": `"${version}"`}});
    } catch {
        throw new Problem(0, null);
    }
    reached();
    if (!response.ok) {
        const text = await response.text();
        throw new Problem(response.status, text ? JSON.parse(text) : null);
    }
}

export const api = {
    get: async path => (await call("GET", path)).json,
    post: async (path, body) => (await call("POST", path, body ?? {})).json,
    put: async (path, body, version) => (await call("PUT", path, body, {"If-Match": `"${version}"`})).json,
    postIfMatch: async (path, version, body) =>
        (await call("POST", path, body, {"If-Match": `"${version}"`})).json,
    del: async (path, version) =>
        (await call("DELETE", path, undefined, version === undefined ? {} : {"If-Match": `"${version}"`})).json,
    file,
    putBytes,
    raw: call
};
