// The REST API as the UI uses it: JSON in and out, the header the server's cross-site check asks for on every
// request that changes data, and one place that turns a 401 (signed out, or the idle time-out) into the sign-in page.

export class Problem extends Error {
    constructor(status, body) {
        super(body?.detail || body?.title || `The server answered ${status}.`);
        this.status = status;
        this.errors = body?.errors ?? [];
    }
}

let onSignedOut = () => {};

export function whenSignedOut(handler) {
    onSignedOut = handler;
}

async function call(method, path, body, headers = {}) {
    const init = {method, headers: {Accept: "application/json", ...headers}};
    if (method !== "GET") init.headers["X-Knotwork-Request"] = "1";
    if (body !== undefined) {
        init.headers["Content-Type"] = "application/json";
        init.body = JSON.stringify(body);
    }
    const response = await fetch(`api/${path}`, init);
    const text = await response.text();
    const json = text ? JSON.parse(text) : null;
    if (response.status === 401 && !path.startsWith("session")) {
        onSignedOut("Your session has ended (a while without activity, or it was ended elsewhere). "
            + "Sign in again to carry on.");
    }
    if (!response.ok) throw new Problem(response.status, json);
    return {json, etag: response.headers.get("ETag")};
}

export const api = {
    get: async path => (await call("GET", path)).json,
    post: async (path, body) => (await call("POST", path, body ?? {})).json,
    put: async (path, body, version) => (await call("PUT", path, body, {"If-Match": `"${version}"`})).json,
    postIfMatch: async (path, version) => (await call("POST", path, undefined, {"If-Match": `"${version}"`})).json,
    del: async path => (await call("DELETE", path)).json,
    raw: call
};
