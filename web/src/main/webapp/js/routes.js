// Which page each #/... address shows.
import {clientListPage, clientFormPage} from "./clients.js";
import {chartPage} from "./chart.js";
import {sessionPage} from "./session.js";
import {notePage} from "./note.js";
import {handoutPage} from "./handout.js";
import {usersPage} from "./users.js";
import {settingsPage} from "./settings.js";
import {auditPage} from "./audit.js";
import {outcomesPage} from "./outcomes.js";
import {accountPage} from "./account.js";

export const routes = [
    [/^#\/clients\/new$/, () => clientFormPage(null)],
    [/^#\/clients\/([\w-]+)\/edit$/, m => clientFormPage(m[1])],
    [/^#\/clients\/([\w-]+)\/session(?:\/([\w-]+))?$/, m => sessionPage(m[1], m[2])],
    [/^#\/clients\/([\w-]+)$/, m => chartPage(m[1])],
    [/^#\/notes\/([\w-]+)\/handout$/, m => handoutPage(m[1])],
    [/^#\/notes\/([\w-]+)$/, m => notePage(m[1])],
    [/^#\/users$/, () => usersPage()],
    [/^#\/settings$/, () => settingsPage()],
    [/^#\/audit$/, () => auditPage()],
    [/^#\/outcomes$/, () => outcomesPage()],
    [/^#\/account$/, () => accountPage()],
    [/^#\/clients$/, () => clientListPage()]
];
