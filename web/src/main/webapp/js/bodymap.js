// The body map: two views side by side (front and back, or the two sides), the client's trigger points as pins
// whose shape as well as colour tells their status, and taps turned into a suggested muscle and side.
import {h, s, sideName, statusName} from "./dom.js";
import {figure} from "./figure.js";

export const VIEW_NAMES = {ANTERIOR: "Front", POSTERIOR: "Back", LATERAL_RIGHT: "Right side", LATERAL_LEFT: "Left side"};
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

/** The side a tap is on: front view, the client's right is the viewer's left; back view, the viewer's right. */
export function sideOf(view, x) {
    if (view === "LATERAL_RIGHT") return "RIGHT";
    if (view === "LATERAL_LEFT") return "LEFT";
    if (Math.abs(x - 0.5) < 0.012) return "MIDLINE";
    const viewersLeft = x < 0.5;
    return view === "ANTERIOR" ? (viewersLeft ? "RIGHT" : "LEFT") : (viewersLeft ? "LEFT" : "RIGHT");
}

/** Catalogue muscles nearest to a tap on a view, nearest first, each with the side it would be on. */
export function nearestMuscles(catalogue, view, x, y, count = 6) {
    const tapSide = sideOf(view, x);
    const candidates = [];
    for (const muscle of catalogue) {
        for (const location of muscle.locations) {
            for (const side of location.x === 0.5 ? ["MIDLINE"] : ["RIGHT", "LEFT"]) {
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

function pin(point, selected, onSelect) {
    const x = point.x * 1000;
    const y = point.y * 1000;
    const label = `${point.muscleName}, ${sideName(point.side)}: ${statusName(point.status)}`;
    const shape = marker(point.status, x, y);
    const group = s("g", {class: `pin ${point.status.toLowerCase()}${selected ? " selected" : ""}`, tabindex: 0,
        role: "button", "aria-label": label, "aria-pressed": String(selected), "data-point": point.id},
    s("title", {}, label), s("circle", {cx: x, cy: y, r: 30, class: "halo"}), shape);
    const choose = event => {
        event.stopPropagation();
        onSelect(point);
    };
    group.addEventListener("click", choose);
    group.addEventListener("keydown", event => {
        if (event.key === "Enter" || event.key === " ") {
            event.preventDefault();
            choose(event);
        }
    });
    return group;
}

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
        item("ACTIVE", "Active (filled circle)"), item("LATENT", "Latent (diamond)"),
        item("RESOLVED", "Resolved (open circle, tick)"));
}

/**
 * A body map. {@code onTap(view, x, y)} is called with the tap normalised to the catalogue's frame, when given;
 * {@code onSelect(point)} when a pin is chosen.
 */
export function bodyMap({points, selectedId, onSelect, onTap, pair = "Front and back"}) {
    const container = h("div", {class: "bodymap"});
    let current = pair;
    function render() {
        const tabs = h("div", {class: "segmented", role: "group", "aria-label": "Views"},
            Object.keys(PAIRS).map(name => h("button", {type: "button", "aria-pressed": String(name === current),
                onclick: () => { current = name; render(); }}, name)));
        const views = PAIRS[current].map(view => {
            const svg = s("svg", {viewBox: "250 -10 500 1020", class: `view${onTap ? " tappable" : ""}`,
                role: onTap ? "img" : "img", "aria-label": `${VIEW_NAMES[view]} of the body`, "data-view": view});
            svg.append(figure(view));
            points.filter(p => p.view === view)
                .forEach(p => svg.append(pin(p, p.id === selectedId, onSelect)));
            if (onTap) {
                svg.addEventListener("click", event => {
                    const matrix = svg.getScreenCTM().inverse();
                    const at = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix);
                    const x = Math.min(1, Math.max(0, at.x / 1000));
                    const y = Math.min(1, Math.max(0, at.y / 1000));
                    onTap(view, Math.round(x * 1000) / 1000, Math.round(y * 1000) / 1000);
                });
            }
            return h("figure", {}, svg, h("figcaption", {}, VIEW_NAMES[view]));
        });
        container.replaceChildren(tabs, h("div", {class: "views"}, views), legend());
    }
    render();
    container.show = (name) => { current = name; render(); };
    return container;
}
