package org.knotwork.web.ui;

import java.io.File;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A therapist's, an owner's and an administrator's day in a real headless Chromium, against the built WAR on Payara
 * Micro: one deployment (with a one-minute idle time-out, see arquillian.xml) and one browser for all of it. Each
 * test is a journey of its own class; axe-core checks every page state they reach. Without Chromium these tests are
 * skipped with a banner in the log, never passed silently.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserIT {

    @Deployment(testable = false)
    @TargetsContainer("payara-micro-ui")
    static WebArchive knotwork() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("knotwork.it.war")));
    }

    @ArquillianResource
    URL deployment;

    static Browser browser;

    @BeforeEach
    void chromium() {
        if (!Browser.available()) {
            String banner = "\n" + "!".repeat(78) + "\n!! BROWSER TESTS SKIPPED: no Chromium at " + Browser.CHROMIUM
                    + " or no chromedriver at " + Browser.DRIVER + "\n!! Install them (Debian: apt-get install"
                    + " chromium chromium-driver; .ci/run does) to test the UI.\n" + "!".repeat(78) + "\n";
            System.err.println(banner);
            Assumptions.abort(banner);
        }
        if (browser == null) {
            browser = new Browser(1280, 900);
        }
        browser.reset(deployment);
    }

    /** What the page showed at the end, in the log and as a screenshot, so a failure can be seen. */
    @AfterEach
    void show(TestInfo test) {
        if (browser != null) {
            browser.screenshot("last-" + test.getTestMethod().orElseThrow().getName());
            System.out.println("Page at the end of " + test.getDisplayName() + ": "
                    + browser.script("return location.href + '\\n' + document.body.innerText.slice(0, 1500)"));
            // The pages run under a strict Content-Security-Policy: an inline style or script would be refused.
            org.assertj.core.api.Assertions.assertThat(browser.refusedByThePolicy())
                    .as("nothing the Content-Security-Policy had to refuse")
                    .isEmpty();
        }
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    Practice practice() {
        return new Practice(deployment);
    }

    @Test
    @Order(1)
    void aTwoPointSessionWithRealValuesIsSignedAndItsHandoutPrintedInAtMost25Taps() {
        new ChartingJourney(browser, practice()).twoPointSessionSignedAndPrinted();
    }

    @Test
    @Order(2)
    void everyFieldOfTheSessionRoundTripsAndSurvivesAReloadMidCharting() {
        new TypedWorkJourney(browser, practice()).everyFieldRoundTripsThroughAReload();
    }

    @Test
    @Order(3)
    void aSecondTabsTextIsKeptWhenTheDraftConflictsAndADraftCanBeDiscarded() {
        new TypedWorkJourney(browser, practice()).conflictKeepsBothVersionsAndDraftsAreDiscarded();
    }

    @Test
    @Order(4)
    void pointsStartFromThisClientsLastSessionAndPrecautionsShapeTheForm() {
        new CarryForwardJourney(browser, practice()).carriedFromThisClientOnlyWithHeatOffForImpairedSensation();
    }

    @Test
    @Order(5)
    void pointsAreChartedWithTheirFindingsCorrectedAndTakenOffTheMapAsChartedInError() {
        new BodyMapJourney(browser, practice()).findingsCorrectionAndChartedInError();
    }

    @Test
    @Order(6)
    void closePinsOfferAPickerAndTheListServesTheKeyboard() {
        new BodyMapJourney(browser, practice()).pickerAndKeyboardList();
    }

    @Test
    @Order(7)
    void anOwnerReadsOutcomesManagesUsersAndReadsTheAuditTrail() {
        new OwnerJourney(browser, practice()).outcomesUsersAndAudit();
    }

    @Test
    @Order(8)
    void anAdministratorKeepsTheLetterheadLogoAndSelfCareTexts() throws Exception {
        new OwnerJourney(browser, practice()).settingsLetterheadLogoAndSelfCare();
    }

    @Test
    @Order(9)
    void onAPhoneAndATabletNothingScrollsSidewaysAndFocusFollowsThePage() {
        new LayoutJourney(browser, practice()).phoneAndTablet();
    }

    @Test
    @Order(10)
    void theIdleTimeOutIsAnnouncedCanBePostponedAndTheFormComesBackAfterSigningIn() {
        new IdleJourney(browser, practice()).warnedStayedThenSignedOutAndRestored();
    }

    @Test
    @Order(11)
    void theHandoutIsGivenInTheClientsLanguageAndPrintKeptAsTheirUsualAndSentByEmail() {
        new HandoutJourney(browser, practice()).languagePrintAndEmailFromTheHandoutPage();
    }

    @Test
    @Order(12)
    void anOwnerAssignsTherapistsToAClientOnTheChart() {
        new OwnerJourney(browser, practice()).assignsTherapistsOnTheChart();
    }

    @Test
    @Order(13)
    void aDoubleClickAddsOneClientOneAmendmentAndOneUser() {
        new SendOnceJourney(browser, practice()).doubleClicksAddOneClientOneAmendmentAndOneUser();
    }

    @Test
    @Order(14)
    void aSignedNoteOpensSignedAfterBackAndFromItsSessionLink() {
        new SendOnceJourney(browser, practice()).aSignedNoteOpensSignedAfterBackAndFromTheSessionsLink();
    }

    @Test
    @Order(15)
    void aHalfTypedIntakeAsksBeforeLeavingAndALongPasteIsKeptWholeAndRefusedInWords() {
        new SendOnceJourney(browser, practice()).aHalfTypedIntakeAsksBeforeLeavingAndALongPasteIsKeptWhole();
    }

    @Test
    @Order(16)
    void saveDraftPressedWhileTheAutomaticSaveIsOnItsWayMakesOneSession() {
        new SendOnceJourney(browser, practice()).saveDraftPressedWhileTheAutomaticSaveIsOnItsWay();
    }

    @Test
    @Order(17)
    void aNewSessionBesideAnOpenDraftOffersTheDraftFirst() {
        new DraftJourney(browser, practice()).aNewSessionOffersTheOpenDraftFirst();
    }

    @Test
    @Order(18)
    void aFollowUpSessionIsSavedOnTheServerBeforeEveryDiscomfortIsTyped() {
        new DraftJourney(browser, practice()).aFollowUpSessionIsOnTheServerBeforeEveryDiscomfortIsTyped();
    }

    @Test
    @Order(19)
    void anotherPointOnAMuscleStillTreatedIsChartedOnlyOnceConfirmed() {
        new DraftJourney(browser, practice()).anotherPointOnAMuscleStillTreatedIsChartedOnlyOnceConfirmed();
    }

    @Test
    @Order(20)
    void aDraftOrAPointMadeElsewhereMeanwhileIsOfferedNotLost() {
        new DraftJourney(browser, practice()).aDraftOrAPointMadeElsewhereMeanwhileIsOfferedNotLost();
    }

    @Test
    @Order(21)
    void anOwnerChoosesTheCountryWhoseDatesTheHandoutsFollowSeeingAnExampleDay() {
        new OwnerJourney(browser, practice()).datesOnHandouts();
    }
}
