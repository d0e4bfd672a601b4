// Small helpers to build the page from data without innerHTML, so no record's text is ever read as markup.
import {word} from "./codes.js";

export function h(tag, attributes = {}, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
        if (value === false || value === null || value === undefined) continue;
        if (name.startsWith("on")) element.addEventListener(name.slice(2), value);
        else if (name === "dataset") Object.assign(element.dataset, value);
        else if (name === "maxlength") element.dataset.maxlength = value;
        else if (value === true) element.setAttribute(name, "");
        else element.setAttribute(name, value);
    }
    append(element, children);
    return element;
}

function append(element, children) {
    for (const child of children.flat(Infinity)) {
        if (child === null || child === undefined || child === false) continue;
        element.append(child instanceof Node ? child : String(child));
    }
}

// A field's length limit is told, never enforced by cutting: the browser's maxlength would silently drop the end of a
// paste. Past the limit the field says by how much, and saving is refused by the server's message naming the field.
document.addEventListener("input", event => {
    const input = event.target;
    if (input.dataset?.maxlength) showLength(input, Number(input.dataset.maxlength));
});

function showLength(input, max) {
    const id = `${input.id || input.name || "field"}-length`;
    let note = document.getElementById(id);
    const over = input.value.length - max;
    if (over <= 0) {
        note?.remove();
        return;
    }
    if (!note) {
        note = h("p", {class: "field-error length-note", id, role: "status"});
        const holder = input.closest(".field");
        if (holder) holder.append(note); else (input.closest("label") ?? input).after(note);
        input.setAttribute("aria-describedby", id);
    }
    note.textContent = `${thousands(input.value.length)} characters: ${thousands(over)} more than the `
        + `${thousands(max)} this field holds. Shorten it to save.`;
}

const thousands = n => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");

export const SVG = "http://www.w3.org/2000/svg";

export function s(tag, attributes = {}, ...children) {
    const element = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes)) {
        if (value === null || value === undefined) continue;
        if (name.startsWith("on")) element.addEventListener(name.slice(2), value);
        else element.setAttribute(name, value);
    }
    append(element, children);
    return element;
}

// Controls whose request is on its way. A double click, or Enter pressed twice, sends once: the second arrives while
// the first is in flight and is dropped, so it cannot add a second client or a second (permanent) amendment.
const sendingNow = new WeakSet();

/**
 * Runs {@code work} with {@code control} (a button, or a form and all its buttons) disabled until its request is
 * answered, then enables it again (the page usually moves on first). A second call meanwhile does nothing.
 */
export async function whileSending(control, work) {
    if (sendingNow.has(control)) return;
    sendingNow.add(control);
    const buttons = control.tagName === "FORM" ? [...control.querySelectorAll("button:not([disabled])")] : [control];
    const focused = buttons.find(b => b === document.activeElement);
    buttons.forEach(b => { b.disabled = true; });
    control.setAttribute("aria-busy", "true");
    try {
        return await work();
    } finally {
        sendingNow.delete(control);
        buttons.forEach(b => { b.disabled = false; });
        control.removeAttribute("aria-busy");
        // A button loses the focus while it is disabled; it gets it back, so the keyboard stays where it was.
        if (focused?.isConnected && document.activeElement === document.body) focused.focus();
    }
}

/** The listener every form's submit and every action button's click uses: {@link whileSending} around {@code work}. */
export function sending(work) {
    return event => {
        event.preventDefault();
        return whileSending(event.currentTarget, () => work(event));
    };
}

/** Shows each problem+json field error next to the input whose data-field names it; the rest in the summary. */
export function showErrors(form, problem, summary) {
    clearErrors(form);
    const unplaced = [];
    for (const error of problem.errors ?? []) {
        const input = form.querySelector(`[data-field="${CSS.escape(error.field)}"]`);
        if (input) {
            input.closest("details")?.setAttribute("open", "");
            input.setAttribute("aria-invalid", "true");
            const id = `${input.id || input.name || "field"}-error`;
            const message = h("p", {class: "field-error", id}, error.message);
            input.setAttribute("aria-describedby", id);
            const holder = input.closest(".field");
            if (holder) holder.append(message); else (input.closest("label") ?? input).after(message);
        } else {
            unplaced.push(error.message);
        }
    }
    summary.textContent = unplaced.length || !problem.errors?.length
        ? [problem.message, ...unplaced.filter(m => m !== problem.message)].join(" ")
        : "Please correct the fields marked in red.";
    const first = form.querySelector("[aria-invalid=true]");
    if (first) first.focus();
}

export function clearErrors(form) {
    form.querySelectorAll(".field-error").forEach(e => e.remove());
    form.querySelectorAll("[aria-invalid]").forEach(e => {
        e.removeAttribute("aria-invalid");
        e.removeAttribute("aria-describedby");
    });
}

// Dates are written out here, not by the browser's Intl: its first use in a page loads ICU's locale data, 60–130 ms
// of main thread in a desktop Chromium and four times that on Lighthouse's phone, the larger half of the chart
// page's longest task (docs/performance.md, Lighthouse). The pages speak English,
// so their dates do too, in the order that cannot be misread and as an en-GB browser writes them: "5 Sept 2026",
// "5 Sept 2026, 09:07" (local time).
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"];
const twoDigits = n => String(n).padStart(2, "0");

// A date alone ("1979-03-02": a birth date, a consent date) is that day wherever the reader is; `new Date` would read it
// as midnight UTC and show the day before west of Greenwich. A moment (with a time) is shown in the reader's zone.
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function date(iso) {
    if (!iso) return "";
    const day = DATE_ONLY.exec(iso);
    if (day) return `${Number(day[3])} ${MONTHS[Number(day[2]) - 1]} ${day[1]}`;
    const d = new Date(iso);
    return `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
}

export function dateTime(iso) {
    if (!iso) return "";
    const d = new Date(iso);
    return `${date(iso)}, ${twoDigits(d.getHours())}:${twoDigits(d.getMinutes())}`;
}

/** The side within a sentence, after the muscle's name. */
export function sideName(side) {
    return side ? word("sides", side, "words") : "";
}

export function statusName(status) {
    return word("pointStatuses", status);
}
