// The anatomical outline of the body map, in the catalogue's frame: x from the viewer's left (0) to right (1000),
// y from the top of the head (0) to the soles (1000). Outlines are smooth curves through landmarks that match the
// catalogue's positions (sql/V3); the front and back share one symmetric silhouette, the side views a profile.
import {s} from "./dom.js";

/** A closed smooth path through the points (Catmull-Rom turned into cubic Béziers). */
function smooth(points, closed = true) {
    const p = points;
    const n = p.length;
    const at = i => closed ? p[(i + n) % n] : p[Math.max(0, Math.min(n - 1, i))];
    let d = `M${p[0][0]},${p[0][1]}`;
    const last = closed ? n : n - 1;
    for (let i = 0; i < last; i++) {
        const [p0, p1, p2, p3] = [at(i - 1), at(i), at(i + 1), at(i + 2)];
        const c1 = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6];
        const c2 = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6];
        d += `C${c1[0].toFixed(1)},${c1[1].toFixed(1)} ${c2[0].toFixed(1)},${c2[1].toFixed(1)} ${p2[0]},${p2[1]}`;
    }
    return closed ? d + "Z" : d;
}

const mirror = points => points.map(([x, y]) => [1000 - x, y]);
/** The viewer's-left half from top centre to bottom centre, completed by its mirror image. */
const symmetric = half => [...half, ...mirror(half).reverse().slice(1, -1)];

const HEAD = symmetric([[500, 2], [468, 8], [448, 30], [443, 58], [447, 84], [458, 102], [478, 116], [500, 121]]);

// Neck, shoulders, trunk and legs down the outside, back up the inside of the leg to the crotch.
const TRUNK = [[466, 105], [465, 140], [452, 160], [418, 171], [392, 181], [378, 198], [383, 232], [401, 262],
    [404, 300], [414, 345], [418, 372], [406, 420], [396, 470], [395, 530], [400, 600], [412, 660], [418, 695],
    [414, 735], [410, 775], [421, 845], [434, 915], [433, 940], [424, 968], [428, 990], [452, 997], [474, 992],
    [478, 965], [474, 935], [472, 880], [478, 800], [476, 740], [477, 700], [482, 650], [490, 590], [497, 540],
    [500, 532]];
const BODY = [...TRUNK, ...mirror(TRUNK).reverse().slice(1)];

const ARM = [[392, 182], [370, 196], [360, 225], [356, 262], [350, 300], [344, 335], [336, 375], [327, 420],
    [320, 452], [308, 470], [302, 498], [310, 526], [324, 530], [333, 512], [335, 488], [343, 462], [353, 430],
    [364, 390], [374, 345], [382, 300], [391, 262], [398, 232]];

// The side view: the right side, facing x = 1000.
const PROFILE = [[492, 2], [525, 8], [548, 30], [556, 52], [566, 66], [559, 80], [561, 92], [553, 100], [551, 110],
    [530, 116], [524, 130], [528, 150], [546, 172], [564, 210], [566, 255], [553, 300], [554, 345], [562, 400],
    [556, 445], [546, 482], [552, 540], [550, 610], [540, 690], [530, 730], [528, 800], [524, 880], [522, 930],
    [546, 958], [584, 982], [585, 996], [500, 998], [464, 994], [460, 972], [468, 930], [472, 880], [462, 800],
    [456, 760], [470, 700], [466, 640], [456, 570], [440, 520], [428, 470], [440, 420], [446, 370], [434, 300],
    [428, 240], [440, 190], [462, 160], [470, 130], [458, 108], [446, 82], [446, 50], [462, 18]];
const PROFILE_ARM = [[480, 178], [512, 172], [530, 195], [528, 245], [520, 300], [518, 340], [522, 400],
    [524, 445], [528, 478], [524, 512], [508, 514], [500, 480], [498, 445], [492, 400], [486, 345], [478, 290],
    [470, 235], [468, 200]];

const FRONT_DETAIL = [
    "M470,168 C445,176 420,176 398,186", "M530,168 C555,176 580,176 602,186",
    "M420,250 C440,272 480,272 497,256", "M580,250 C560,272 520,272 503,256",
    "M500,262 L500,392", "M428,468 C450,490 475,512 492,528", "M572,468 C550,490 525,512 508,528",
    "M432,690 a14,10 0 1,0 28,0 a14,10 0 1,0 -28,0", "M540,690 a14,10 0 1,0 28,0 a14,10 0 1,0 -28,0"];
const BACK_DETAIL = [
    "M500,150 L500,470", "M520,200 C560,196 590,205 600,220 C592,250 575,275 548,285 C535,260 525,230 520,200",
    "M480,200 C440,196 410,205 400,220 C408,250 425,275 452,285 C465,260 475,230 480,200",
    "M448,528 C470,538 490,536 500,520", "M552,528 C530,538 510,536 500,520",
    "M430,700 C440,706 456,706 466,700", "M534,700 C544,706 560,706 570,700"];
const SIDE_DETAIL = ["M548,515 C545,560 540,600 536,640", "M520,690 a12,14 0 1,0 24,0 a12,14 0 1,0 -24,0",
    "M506,60 a8,12 0 1,0 16,0 a8,12 0 1,0 -16,0"];

/**
 * The drawing for one view, as an SVG group; the lateral-left view is the right one mirrored. Each view is drawn once
 * and copied afterwards: the outlines never change, and working out their curves is most of a map's cost, paid again
 * whenever a chart or session redraws its map (two views each time a point is selected).
 */
export function figure(view) {
    if (!drawn.has(view)) drawn.set(view, draw(view));
    return drawn.get(view).cloneNode(true);
}

const drawn = new Map();
let silhouette = null;

function draw(view) {
    const group = s("g", {class: "figure", "aria-hidden": "true"});
    if (view === "ANTERIOR" || view === "POSTERIOR") {
        // The front and the back share one silhouette.
        silhouette ??= [smooth(HEAD), smooth(BODY), smooth(ARM), smooth(mirror(ARM))];
        const shapes = silhouette;
        // Stroked shapes underneath, fills on top: one clean silhouette without seams where shapes overlap.
        shapes.forEach(d => group.append(s("path", {d, class: "outline"})));
        shapes.forEach(d => group.append(s("path", {d, class: "skin"})));
        (view === "ANTERIOR" ? FRONT_DETAIL : BACK_DETAIL).forEach(d => group.append(s("path", {d, class: "detail"})));
        if (view === "ANTERIOR") {
            group.append(s("circle", {cx: 500, cy: 405, r: 4, class: "detail"}));
        }
    } else {
        const inner = s("g", view === "LATERAL_LEFT" ? {transform: "translate(1000,0) scale(-1,1)"} : {});
        inner.append(s("path", {d: smooth(PROFILE), class: "outline"}), s("path", {d: smooth(PROFILE), class: "skin"}));
        SIDE_DETAIL.forEach(d => inner.append(s("path", {d, class: "detail"})));
        inner.append(s("path", {d: smooth(PROFILE_ARM), class: "skin arm"}));
        group.append(inner);
    }
    return group;
}
