package org.knotwork.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system's headless Chromium driven through its chromedriver (Debian: chromium, chromium-driver); nothing is
 * downloaded. Counts the taps and keystrokes a test makes, so the guide's counts are measured, runs axe-core on the
 * page states it is asked to, and saves screenshots.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("knotwork.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("knotwork.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of(System.getProperty("knotwork.it.screenshots", "target/screenshots"));

    final ChromeDriver driver;
    final WebDriverWait wait;
    private int taps;
    private int keystrokes;

    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    }

    Browser(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--lang=en-GB",
                "--window-size=" + width + "," + height);
        // The console, to find what the Content-Security-Policy refused (an inline style or script).
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
    }

    /** A clean start for the next test: signed out, nothing kept in the browser, desktop width. */
    void reset(URL deployment) {
        driver.get(deployment.toString());
        script("localStorage.clear(); sessionStorage.clear();");
        driver.manage().deleteAllCookies();
        resize(1280, 900);
        driver.get("about:blank");
        driver.get(deployment.toString());
        taps = 0;
        keystrokes = 0;
    }

    void signIn(String username, String password) {
        find("#sign-in");
        type("input[name=username]", username);
        type("input[name=password]", password);
        find("#sign-in button[type=submit]").click();
        wait.until(d -> d.findElements(By.cssSelector("#sign-in")).isEmpty());
        find("main h1");
    }

    WebElement find(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** An element that is on the page, even if drawn by its label (as the segmented radio buttons are). */
    WebElement present(String css) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** A click that is not counted as a tap: for the parts of a test that are not the measured session. */
    void click(String css) {
        for (int attempt = 1; ; attempt++) {
            try {
                click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))));
                return;
            } catch (StaleElementReferenceException redrawn) {
                if (attempt == 3) {
                    throw redrawn;
                }
            }
        }
    }

    void click(WebElement element) {
        script("arguments[0].scrollIntoView({block:'center'})", element);
        element.click();
    }

    /** Opens a page of the app and waits until it is the one in view: its heading names {@code heading}. */
    void open(String url, String heading) {
        driver.get(url);
        wait.until(d -> {
            List<WebElement> h1 = all("main h1");
            return !h1.isEmpty()
                    && h1.get(0).getText().contains(heading)
                    && all("main[aria-busy]").isEmpty();
        });
    }

    /** A tap (click) on the element, counted. */
    void tap(String css) {
        for (int attempt = 1; ; attempt++) {
            try {
                tap(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))));
                return;
            } catch (StaleElementReferenceException redrawn) {
                if (attempt == 3) {
                    throw redrawn;
                }
            }
        }
    }

    void tap(WebElement element) {
        script("arguments[0].scrollIntoView({block:'center'})", element);
        element.click();
        taps++;
    }

    /** A tap on the body map at a point of the catalogue's frame (0–1), on the view named. */
    void tapMap(String view, double x, double y) {
        tapMap("", view, x, y);
    }

    /** A tap on the body map inside {@code within} (a CSS selector, or "" for the page's first map). */
    void tapMap(String within, String view, double x, double y) {
        WebElement svg = find((within.isEmpty() ? "" : within + " ") + "svg[data-view=" + view + "]");
        script("arguments[0].scrollIntoView({block:'center'})", svg);
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) script(
                "const p = new DOMPoint(arguments[1] * 1000, arguments[2] * 1000)"
                        + ".matrixTransform(arguments[0].getScreenCTM()); return [p.x, p.y];",
                svg,
                x,
                y);
        new Actions(driver)
                .moveToLocation(at.get(0).intValue(), at.get(1).intValue())
                .click()
                .perform();
        taps++;
    }

    /** Types into whatever has the focus (Tab moves on, as a soft keyboard's Next does), counting each key. */
    void keys(String text) {
        new Actions(driver).sendKeys(text).perform();
        keystrokes += text.length();
    }

    /** Fills a field without counting: for the parts of a test that are not the measured session. */
    void type(String css, String text) {
        WebElement input = find(css);
        input.clear();
        input.sendKeys(text);
    }

    /** Cuts the page off the network, as a dropped Wi-Fi does: every request fails until {@link #online()}. */
    void offline() {
        ChromiumNetworkConditions cut = new ChromiumNetworkConditions();
        cut.setOffline(true);
        driver.setNetworkConditions(cut);
    }

    void online() {
        driver.deleteNetworkConditions();
    }

    int taps() {
        return taps;
    }

    int keystrokes() {
        return keystrokes;
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** axe-core on the page as it is now: no violation of any rule, named with the state for the failure message. */
    void axe(String state) {
        Results results = new AxeBuilder().analyze(driver);
        assertThat(results.getViolations())
                .as(state + ": " + describe(results.getViolations()))
                .isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(v -> v.getId() + " (" + v.getHelp() + ") at "
                        + v.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }

    /** The page fits the window's width: nothing to scroll sideways. */
    void fits(String state) {
        Number overflow =
                (Number) script("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).as(state + " scrolls sideways").isLessThanOrEqualTo(0);
    }

    /** Saves the whole page (the window stretched to its height) as a PNG under target/screenshots. */
    void screenshot(String name) {
        Dimension before = driver.manage().window().getSize();
        long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
        if (((Number) script("return window.innerWidth")).intValue() <= 400) {
            driver.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of(
                            "width",
                            390,
                            "height",
                            (int) Math.min(4000, height),
                            "deviceScaleFactor",
                            2,
                            "mobile",
                            true));
            try {
                chartsDrawn();
                Files.createDirectories(SCREENSHOTS);
                Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                phone();
            }
            return;
        }
        driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(4000, height + 140)));
        try {
            chartsDrawn();
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /**
     * The page's charts are drawn when they near the view; the picture is of the whole page, so it waits for them. A
     * chart that never draws shows as an empty box: the tests that need one drawn assert it themselves.
     */
    private void chartsDrawn() {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(d -> (Boolean) script("return [...document.querySelectorAll('canvas')]"
                            + ".every(c => window.Chart && Chart.getChart(c))"));
        } catch (org.openqa.selenium.TimeoutException e) {
            // Pictured as it is.
        }
    }

    /** What the browser refused to run or apply because of the page's Content-Security-Policy, so far. */
    List<String> refusedByThePolicy() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }

    void resize(int width, int height) {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** The browser's clock in {@code zone} (an IANA name), or the machine's again when {@code zone} is empty. */
    void timeZone(String zone) {
        driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zone));
    }

    /** A phone: 390 px wide, touch, as the page's media queries and the map's reach see it. */
    void phone() {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
