// Correcting a charted point: its muscle (until a signed note treated it), side, findings and place; or taking it
// off the map as charted in error, with the reason. The place is corrected by tapping the map in the panel.
import {api} from "./api.js";
import {h, showErrors, clearErrors, sending} from "./dom.js";
import {flash} from "./app.js";
import {choice, muscleSelect, sideChoices} from "./addpoint.js";
import {criteriaFields, readCriteria} from "./criteria.js";
import {bodyMap} from "./bodymap.js";

let catalogue = null;

export function pointEditor({point, onDone}) {
    const holder = h("div", {class: "card inset", id: "point-editor"}, h("p", {}, "Loading…"));
    (async () => {
        catalogue ??= await api.get("muscles");
        const place = {view: point.view, x: point.x, y: point.y};
        const mapHolder = h("div");
        const drawPlace = () => mapHolder.replaceChildren(bodyMap({points: [{...point, ...place}], selectedId: point.id,
            onTap: (view, x, y) => { Object.assign(place, {view, x, y}); drawPlace(); },
            pair: place.view.startsWith("LATERAL") ? "Sides" : "Front and back"}));
        drawPlace();
        const summary = h("p", {class: "errors", role: "alert"});
        const form = h("form", {novalidate: true, id: "point-form"},
            h("h3", {tabindex: "-1"}, `Correct ${point.muscleName}`),
            h("div", {class: "field"}, h("label", {for: "edit-muscle"}, "Muscle"),
                muscleSelect("edit-muscle", catalogue, [], point.muscle)),
            h("p", {class: "label"}, "Side"), choice("edit-side", "Side", sideChoices(), point.side),
            criteriaFields("edit", point.criteria, point.referredPain),
            h("p", {class: "label"}, "Place: tap the map to move the point"), mapHolder,
            summary,
            h("div", {class: "actions"}, h("button", {type: "submit", class: "primary", id: "save-point"},
                "Save correction"), h("button", {type: "button", class: "quiet", onclick: onDone}, "Cancel")));
        form.addEventListener("submit", sending(async () => {
            clearErrors(form);
            try {
                await api.put(`trigger-points/${point.id}`, {muscle: form.querySelector("#edit-muscle").value,
                    side: form.querySelector("[name=edit-side]:checked").value, ...place,
                    ...readCriteria(form, "edit"), version: point.version}, point.version);
                flash("Point corrected.");
                onDone();
            } catch (problem) {
                showErrors(form, problem, summary);
            }
        }));
        const reason = h("input", {id: "error-reason", maxlength: 500, "data-field": "reason"});
        const errorSummary = h("p", {class: "errors", role: "alert"});
        const inError = h("form", {novalidate: true, id: "error-form"},
            h("h3", {}, "Charted in error?"),
            h("p", {class: "muted small"}, "Takes the point off the map (a mis-tap, the wrong client). It stays on "
                + "record; signed notes that treated it keep it."),
            h("div", {class: "field"}, h("label", {for: "error-reason"}, "Why"), reason), errorSummary,
            h("button", {type: "submit", class: "danger", id: "mark-in-error"}, "Take off the map"));
        inError.addEventListener("submit", sending(async () => {
            clearErrors(inError);
            try {
                await api.postIfMatch(`trigger-points/${point.id}/entered-in-error`, point.version,
                    {reason: reason.value});
                flash("Point taken off the map as charted in error.");
                onDone();
            } catch (problem) {
                showErrors(inError, problem, errorSummary);
            }
        }));
        holder.replaceChildren(form, inError);
        form.querySelector("h3").focus();
    })();
    return holder;
}
