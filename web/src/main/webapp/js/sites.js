// Where a client's recent injury, skin lesion or cancer is, by body region, beside those contraindications on the
// client form. The server's charting rules flag treatment there and the handout keeps pressure and heat off it; none
// recorded means anywhere. Saved after the client (PUT /api/clients/{id}/contraindication-sites).
import {api} from "./api.js";
import {h} from "./dom.js";

/** Whether a form field is one of the sites' boxes: they are saved on their own, never in the client's body. */
export const isSiteField = name => name.startsWith("site-");

export async function sitesFieldset(contraindications, clientId) {
    const [protocol, recorded] = await Promise.all([api.get("protocol"),
        clientId ? api.get(`clients/${clientId}/contraindication-sites`) : {sites: {}}]);
    const bound = contraindications.filter(c => protocol.contraindications.find(p => p.code === c.code)?.atASite);
    return h("fieldset", {"data-field": "sites", id: "contraindication-sites"},
        h("legend", {}, "Where is it? (recent injury, skin lesion, cancer)"),
        h("p", {class: "muted small"}, "Leave empty when you do not know: every treated point then counts as near it."),
        bound.map(c => h("div", {class: "field", "data-site-for": c.code}, h("p", {class: "label"}, c.label),
            h("div", {class: "checks"}, protocol.regions.map(r => h("label", {class: "check inline"},
                h("input", {type: "checkbox", name: `site-${c.code}`, value: r.code,
                    checked: (recorded.sites[c.code] ?? []).includes(r.code)}),
                h("span", {}, r.words)))))));
}

/**
 * Saves the sites of the contraindications the client now has; the others are dropped by the server. {@code version}
 * is the client's as just saved: the sites are part of the client's record.
 */
export async function saveSites(clientId, version, form, contraindications) {
    if (!contraindications.some(code => form.querySelector(`[name=site-${code}]`))) return null;
    const sites = {};
    for (const code of contraindications) {
        const regions = [...form.querySelectorAll(`[name=site-${code}]:checked`)].map(box => box.value);
        if (regions.length) sites[code] = regions;
    }
    return api.put(`clients/${clientId}/contraindication-sites`, {sites}, version);
}
