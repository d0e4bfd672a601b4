package org.knotwork.web.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system's headless Chromium driven through its chromedriver (Debian: chromium, chromium-driver); nothing is
 * downloaded. Counts the taps a test makes, so the guide's tap count is measured, and saves screenshots.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("knotwork.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("knotwork.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of(System.getProperty("knotwork.it.screenshots", "target/screenshots"));

    final ChromeDriver driver;
    final WebDriverWait wait;
    private int taps;

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

    /** A tap (click) on the element, counted. */
    void tap(String css) {
        tap(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))));
    }

    void tap(WebElement element) {
        script("arguments[0].scrollIntoView({block:'center'})", element);
        element.click();
        taps++;
    }

    /** A tap on the body map at a point of the catalogue's frame (0–1), on the view named. */
    void tapMap(String view, double x, double y) {
        WebElement svg = find("svg[data-view=" + view + "]");
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

    void type(String css, String text) {
        WebElement input = find(css);
        input.clear();
        input.sendKeys(text);
    }

    int taps() {
        return taps;
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** Saves the whole page (the window stretched to its height) as a PNG under target/screenshots. */
    void screenshot(String name) {
        Dimension before = driver.manage().window().getSize();
        long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
        driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(4000, height + 140)));
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
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
        driver.manage().window().setSize(new Dimension(width, height));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
