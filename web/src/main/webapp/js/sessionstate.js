// What the session form holds, and how it turns into the note the API takes. A point starts from this client's own
// last signed session on that point, marked as copied; a point new to the client starts from the point charted just
// before it in this session (also marked), or empty. Nothing comes from another client.
import {episodes} from "./pointform.js";
import {newPointCare, pointCareFromNote, pointCareBody, clearanceBody} from "./pointcare.js";

const EMPTY = () => ({
    compression: {pressureLevel: null, holdSeconds: null, repetitions: null, discomfort: null, releaseReason: null},
    stretch: {stretch: "", holdSeconds: null, repetitions: null, breathingCoordinated: false, forced: false},
    heat: {modality: null, minutes: null, skinChecked: false}
});

/**
 * The dosage carried from an earlier treatment: what the therapist did, not what the client reported or what was
 * checked today (discomfort, a forced stretch, the skin check are recorded afresh each time).
 */
function carried(episodeList) {
    const dose = EMPTY();
    for (const e of episodeList) {
        if (e.kind === "COMPRESSION") {
            Object.assign(dose.compression, {pressureLevel: e.pressureLevel, holdSeconds: e.holdSeconds,
                repetitions: e.repetitions, releaseReason: e.releaseReason});
        } else if (e.kind === "STRETCH") {
            Object.assign(dose.stretch, {stretch: e.stretch, holdSeconds: e.holdSeconds, repetitions: e.repetitions,
                breathingCoordinated: e.breathingCoordinated});
        } else {
            Object.assign(dose.heat, {modality: e.modality, minutes: e.minutes});
        }
    }
    return {...dose, stretchDone: episodeList.some(e => e.kind === "STRETCH"),
        heatDone: episodeList.some(e => e.kind === "HEAT")};
}

export function fromPoint(point, last, treated) {
    const dose = last ? carried(last.episodes) : {...EMPTY(), stretchDone: true, heatDone: true};
    return {...point, treated, pptBefore: null, pptAfter: null, statusAfter: null, ...dose,
        copiedFrom: last ? {sessionAt: last.sessionAt} : null, care: newPointCare()};
}

/** A point charted in this session takes the dosage of the point charted just before it, marked as copied. */
export function newPoint(point, previous) {
    const fresh = fromPoint(point, null, true);
    if (!previous) return fresh;
    const copy = structuredClone(carried(episodes(previous)));
    return {...fresh, ...copy, copiedFrom: {pointName: previous.muscleName}, care: newPointCare()};
}

export function newState(chart, lastTreatments, note) {
    const last = new Map(lastTreatments.map(t => [t.triggerPointId, t]));
    return {
        note: note ? {id: note.id, version: note.version} : null,
        sessionAt: new Date().toISOString(),
        fields: {complaint: chart.client.mainComplaint ?? "", complaintRegion: null, painBefore: null,
            painAfter: null, assessment: "", plan: "", homeNote: "", nextAppointment: null},
        points: chart.points.filter(p => p.status !== "RESOLVED")
            .map(p => fromPoint(p, last.get(p.id), !note && p.status === "ACTIVE")),
        reasons: {},
        clearances: {}
    };
}

/** Lays a saved note over the state: the note is what was recorded, so nothing on its points is "copied". */
export function applyNote(state, note) {
    state.note = {id: note.id, version: note.version};
    state.sessionAt = note.sessionAt;
    Object.assign(state.fields, {complaint: note.complaint ?? "", complaintRegion: note.complaintRegion,
        painBefore: note.painBefore, painAfter: note.painAfter, assessment: note.assessment ?? "",
        plan: note.plan ?? "", homeNote: note.homeCare?.note ?? "", nextAppointment: note.homeCare?.nextAppointment});
    state.reasons = {};
    note.deviations.forEach(d => { if (d.reason) state.reasons[d.key] = d.reason; });
    state.clearances = {};
    (note.clearances ?? []).forEach(c => {
        state.clearances[c.contraindication] = {clearedBy: c.clearedBy ?? "", clearedOn: c.clearedOn ?? ""};
    });
    state.points.forEach(p => { p.treated = false; });
    for (const p of note.points) {
        const point = state.points.find(x => x.id === p.triggerPointId);
        if (!point) continue;
        const kinds = Object.fromEntries(p.episodes.map(e => [e.kind, e]));
        const dose = carried(p.episodes);
        Object.assign(point, dose, {treated: true, copiedFrom: null, pptBefore: p.pptBefore?.value ?? null,
            pptAfter: p.pptAfter?.value ?? null, statusAfter: p.statusAfter, care: pointCareFromNote(p)});
        point.compression.discomfort = kinds.COMPRESSION?.discomfort ?? null;
        point.stretch.forced = !!kinds.STRETCH?.forced;
        point.heat.skinChecked = !!kinds.HEAT?.skinChecked;
    }
}

/**
 * The note as the API takes it: only the reasons of the deviations still found are sent, and only the medical
 * clearances those deviations ask for.
 */
export function body(state, deviations) {
    const deviationKeys = deviations && new Set(deviations.map(d => d.key));
    const reasons = {};
    for (const [k, v] of Object.entries(state.reasons)) if (v && (!deviationKeys || deviationKeys.has(k))) reasons[k] = v;
    const f = state.fields;
    return {sessionAt: state.sessionAt, complaint: f.complaint, complaintRegion: f.complaintRegion || null,
        painBefore: f.painBefore, painAfter: f.painAfter, assessment: f.assessment, plan: f.plan, reasons,
        homeCare: {note: f.homeNote || null, nextAppointment: f.nextAppointment || null},
        clearances: clearanceBody(state.clearances, deviations),
        points: state.points.filter(p => p.treated).map(p => ({triggerPointId: p.id,
            pptBefore: p.pptBefore === null ? null : {value: p.pptBefore},
            pptAfter: p.pptAfter === null ? null : {value: p.pptAfter},
            statusAfter: p.statusAfter, episodes: episodes(p), ...pointCareBody(p.care)}))};
}

/** What the local copy keeps: the form's state as typed, enough to rebuild the form. */
export function snapshot(state) {
    return {sessionAt: state.sessionAt, fields: state.fields, reasons: state.reasons, clearances: state.clearances,
        points: state.points.map(p => ({id: p.id, treated: p.treated, pptBefore: p.pptBefore, pptAfter: p.pptAfter,
            statusAfter: p.statusAfter, compression: p.compression, stretch: p.stretch, heat: p.heat,
            stretchDone: p.stretchDone, heatDone: p.heatDone, copiedFrom: p.copiedFrom, care: p.care}))};
}

export function restore(state, saved) {
    state.sessionAt = saved.sessionAt;
    Object.assign(state.fields, saved.fields);
    state.reasons = saved.reasons;
    state.clearances = saved.clearances ?? {};
    for (const p of saved.points) {
        const point = state.points.find(x => x.id === p.id);
        if (point) Object.assign(point, p);
    }
}
