// The body map: two views side by side (front and back, or the two sides), the client's trigger points as pins
// whose shape as well as colour tells their status, and taps turned into a suggested muscle and side.
import {h, s, sideName, statusName} from "./dom.js";
import {figure} from "./figure.js";
import {valueNow, word} from "./codes.js";

const viewName = view => word("views", view);
const PAIRS = {"Front and back": ["ANTERIOR", "POSTERIOR"], "Sides": ["LATERAL_RIGHT", "LATERAL_LEFT"]};

/** Where a muscle's points lie on a view for the given side: the catalogue holds the client's right side. */
export function locate(location, side) {
    const mirrored = side === "LEFT";
    if (location.view.startsWith("LATERAL")) {
        const view = mirrored ? "LATERAL_LEFT" : "LATERAL_RIGHT";
        return {view, x: mirrored ? 1 - location.x : location.x, y: location.y};
    }
    return {view: location.view, x: mirrored ? 1 - location.x : location.x, y: location.y};
}

/**
 * The side a tap is on: front view, the client's right is the viewer's left; back view, the viewer's right. Within
 * the centre line's band the server judges a point's side by (GET /api/codes, loaded with the chart), the midline.
 */
export function sideOf(view, x) {
    if (view === "LATERAL_RIGHT") return "RIGHT";
    if (view === "LATERAL_LEFT") return "LEFT";
    if (Math.abs(x - 0.5) <= valueNow("midlineHalfWidth")) return "MIDLINE";
    const viewersLeft = x < 0.5;
    return view === "ANTERIOR" ? (viewersLeft ? "RIGHT" : "LEFT") : (viewersLeft ? "LEFT" : "RIGHT");
}

/** Catalogue muscles nearest to a tap on a view, nearest first, each with the side it would be on. */
export function nearestMuscles(catalogue, view, x, y, count = 6) {
    const tapSide = sideOf(view, x);
    const candidates = [];
    for (const muscle of catalogue) {
        for (const location of muscle.locations) {
            for (const side of location.midline ? ["MIDLINE"] : ["RIGHT", "LEFT"]) {
                const placed = locate(location, side === "MIDLINE" ? "RIGHT" : side);
                if (placed.view !== view) continue;
                const distance = Math.hypot(placed.x - x, (placed.y - y) * 0.8);
                candidates.push({muscle, side: side === "MIDLINE" && tapSide !== "MIDLINE" ? tapSide : side, distance});
            }
        }
    }
    candidates.sort((a, b) => a.distance - b.distance);
    const seen = new Set();
    return candidates.filter(c => !seen.has(c.muscle.code) && seen.add(c.muscle.code)).slice(0, count);
}

/** Draws the outlines of a pair of views ahead of its first map, while the page waits for its data. */
export function prepareFigures(pair = "Front and back") {
    PAIRS[pair].forEach(figure);
}

/** A pin: drawn only; it is chosen by a tap within reach on the map, or from the list beside it. */
function pin(point, selected) {
    const x = point.x * 1000;
    const y = point.y * 1000;
    return s("g", {class: `pin ${point.status.toLowerCase()}${selected ? " selected" : ""}`, "data-point": point.id},
        s("circle", {cx: x, cy: y, r: 30, class: "halo"}), marker(point.status, x, y));
}

/** Half of a 44 px target: a tap this close to a pin (in screen pixels) reaches it. */
const REACH_PX = 22;

function within(svg, points, event) {
    const matrix = svg.getScreenCTM();
    return points.map(p => {
        const at = new DOMPoint(p.x * 1000, p.y * 1000).matrixTransform(matrix);
        return {point: p, distance: Math.hypot(at.x - event.clientX, at.y - event.clientY)};
    }).filter(c => c.distance <= REACH_PX).sort((a, b) => a.distance - b.distance).map(c => c.point);
}

const pointName = p => `${p.muscleName}, ${sideName(p.side)}: ${statusName(p.status)}`;

/** Active: a filled circle; latent: a diamond; resolved: an open circle with a tick. */
export function marker(status, x, y, r = 16) {
    if (status === "LATENT") {
        return s("path", {d: `M${x},${y - r * 1.25} L${x + r * 1.25},${y} L${x},${y + r * 1.25} L${x - r * 1.25},${y}Z`,
            class: "mark"});
    }
    if (status === "RESOLVED") {
        return s("g", {}, s("circle", {cx: x, cy: y, r, class: "mark"}),
            s("path", {d: `M${x - 6},${y} l4,5 l8,-10`, class: "tick"}));
    }
    return s("circle", {cx: x, cy: y, r, class: "mark"});
}

export function legend() {
    const item = (status, text) => h("li", {}, s("svg", {viewBox: "-20 -20 40 40", width: 22, height: 22,
        "aria-hidden": "true", class: `pin ${status.toLowerCase()}`}, marker(status, 0, 0, 11)), text);
    return h("ul", {class: "legend", "aria-label": "Legend"},
        item("ACTIVE", `${statusName("ACTIVE")} (filled circle)`), item("LATENT", `${statusName("LATENT")} (diamond)`),
        item("RESOLVED", `${statusName("RESOLVED")} (open circle, tick)`));
}

/**
 * A body map. {@code onTap(view, x, y)} is called with a tap on free space, normalised to the catalogue's frame,
 * when given; {@code onSelect(point)} when a point is chosen: by a tap within reach of its pin (a picker when
 * several are), or from the list of points under the map, which keyboards and screen readers use.
 */
export function bodyMap({points, selectedId, onSelect, onTap, pair = "Front and back"}) {
    const container = h("div", {class: "bodymap"});
    const picker = h("div", {class: "picker", "aria-live": "polite"});
    let current = pair;

    function pick(candidates, tap) {
        const close = () => picker.replaceChildren();
        picker.replaceChildren(h("div", {class: "card inset", id: "point-picker"},
            h("p", {class: "label", id: "picker-heading"}, "Which point did you mean?"),
            h("div", {class: "actions", role: "group", "aria-labelledby": "picker-heading"},
                candidates.map(p => h("button", {type: "button", "data-pick": p.id,
                    onclick: () => { close(); onSelect?.(p); }}, pointName(p))),
                tap ? h("button", {type: "button", id: "pick-new", onclick: () => { close(); onTap(...tap); }},
                    "A new point here") : null,
                h("button", {type: "button", class: "quiet", onclick: close}, "Cancel"))));
        picker.querySelector("button").focus();
    }

    function render() {
        const tabs = h("div", {class: "segmented", role: "group", "aria-label": "Views"},
            Object.keys(PAIRS).map(name => h("button", {type: "button", "aria-pressed": String(name === current),
                onclick: () => { current = name; render(); }}, name)));
        const views = PAIRS[current].map(view => {
            const here = points.filter(p => p.view === view);
            const svg = s("svg", {viewBox: "250 -10 500 1020", class: `view${onTap || onSelect ? " tappable" : ""}`,
                role: "img", "data-view": view, "aria-label": `${viewName(view)} of the body, ${here.length} `
                    + `point${here.length === 1 ? "" : "s"}${here.length ? " (listed below)" : ""}`});
            svg.append(figure(view));
            here.forEach(p => svg.append(pin(p, p.id === selectedId)));
            svg.addEventListener("click", event => {
                const near = within(svg, here, event);
                const at = new DOMPoint(event.clientX, event.clientY).matrixTransform(svg.getScreenCTM().inverse());
                const tap = [view, Math.round(Math.min(1, Math.max(0, at.x / 1000)) * 1000) / 1000,
                    Math.round(Math.min(1, Math.max(0, at.y / 1000)) * 1000) / 1000];
                if (near.length === 1 && !onTap) onSelect?.(near[0]);
                else if (near.length) pick(near, onTap ? tap : null);
                else if (onTap) onTap(...tap);
            });
            return h("figure", {}, svg, h("figcaption", {}, viewName(view)));
        });
        const list = points.length ? h("ul", {class: "point-list", "aria-label": "Points on the map"},
            points.map(p => h("li", {}, h("button", {type: "button", class: "quiet", "data-point": p.id,
                "aria-pressed": String(p.id === selectedId), onclick: () => onSelect?.(p)},
            s("svg", {viewBox: "-20 -20 40 40", width: 18, height: 18, "aria-hidden": "true",
                class: `pin ${p.status.toLowerCase()}`}, marker(p.status, 0, 0, 11)),
            `${pointName(p)} (${viewName(p.view).toLowerCase()})`)))) : null;
        container.replaceChildren(...[tabs, h("div", {class: "views"}, views), picker, legend(), list].filter(Boolean));
    }
    render();
    container.show = (name) => { current = name; render(); };
    return container;
}
