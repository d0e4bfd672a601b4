// Lighthouse (mobile preset: a phone's screen, simulated slow 4G and a 4× slower CPU) on the pages a therapist and
// an owner use most: sign-in, a chart, a session and the outcomes, against a running Knotwork with the demo practice
// (the README's run command). Signs in through the page itself, so the signed-in pages open as a user opens them.
// Not part of CI. Needs the npm packages lighthouse and puppeteer-core and Debian's Chromium:
//   npm install lighthouse puppeteer-core
//   CHROME_PATH=/usr/bin/chromium node web/src/test/bench/lighthouse.mjs [base URL, default http://localhost:8080/]
//       [--json=<folder>]   also writes each page's full report there (<page>.json), with its total blocking time
//                           printed beside the scores, to read the main-thread audits (bootup-time, long-tasks, ...)
//       [--pages=chart,outcomes]   only these pages (sign-in, chart, session, outcomes), to compare two builds quickly
import {writeFileSync, mkdirSync} from "node:fs";
import lighthouse from "lighthouse";
import puppeteer from "puppeteer-core";

const args = process.argv.slice(2);
const base = args.find(a => !a.startsWith("--")) ?? "http://localhost:8080/";
const jsonFolder = args.find(a => a.startsWith("--json="))?.slice("--json=".length);
if (jsonFolder) mkdirSync(jsonFolder, {recursive: true});
const pages = args.find(a => a.startsWith("--pages="))?.slice("--pages=".length).split(",")
    ?? ["sign-in", "chart", "session", "outcomes"];
const options = {output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility", "best-practices"],
    disableStorageReset: true};

async function signedIn(browser, username) {
    const page = await browser.newPage();
    await page.goto(base);
    await page.waitForSelector("#sign-in");
    await page.type("input[name=username]", username);
    await page.type("input[name=password]", "knotwork-demo");
    await page.click("#sign-in button[type=submit]");
    await page.waitForSelector("main h1:not(#sign-in-heading)");
    return page;
}

async function score(name, page, url) {
    if (!pages.includes(name)) return;
    const result = await lighthouse(url, options, undefined, page);
    const c = result.lhr.categories;
    const a = result.lhr.audits;
    const pct = category => Math.round(category.score * 100);
    console.log(`| ${name} | ${pct(c.performance)} | ${pct(c.accessibility)} | ${pct(c["best-practices"])} | `
        + `${a["largest-contentful-paint"].displayValue} | ${a["cumulative-layout-shift"].displayValue} | `
        + `${a["total-blocking-time"].displayValue} |`);
    if (jsonFolder) writeFileSync(`${jsonFolder}/${name}.json`, JSON.stringify(result.lhr, null, 1));
    for (const [id, audit] of Object.entries(a)) {
        if (audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== "informative"
            && audit.scoreDisplayMode !== "manual" && audit.scoreDisplayMode !== "notApplicable") {
            console.error(`    ${name}: ${id} ${audit.score} ${audit.displayValue ?? ""}`);
        }
    }
}

const browser = await puppeteer.launch({executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--headless=new"]});
try {
    console.log("| page | Performance | Accessibility | Best Practices | LCP | CLS | total blocking time |");
    console.log("|---|---|---|---|---|---|---|");
    await score("sign-in", await browser.newPage(), base);
    const therapist = await signedIn(browser, "therapist");
    const client = await therapist.evaluate(async () => (await (await fetch("api/clients?size=1")).json()).items[0].id);
    await score("chart", therapist, `${base}#/clients/${client}`);
    await score("session", therapist, `${base}#/clients/${client}/session`);
    const owner = await signedIn(await browser.createBrowserContext(), "owner");
    await score("outcomes", owner, `${base}#/outcomes`);
} finally {
    await browser.close();
}
