package org.faultline.server.dashboard;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver, for the dashboard tests: console
 * entries are recorded (so a test can fail on SEVERE ones), screenshots land in
 * target/screenshots/. {@link #assumeInstalled()} skips a test class on a machine without them.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium"), CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of(System.getProperty("basedir", "."), "target", "screenshots");
    final ChromeDriver driver;
    final WebDriverWait wait;

    static void assumeInstalled() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests skipped: /usr/bin/chromium or /usr/bin/chromedriver is missing (apt-get install chromium chromium-driver)");
    }

    Browser(Path profileDir) throws IOException {
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1440,1000", "--user-data-dir=" + Files.createDirectories(profileDir));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        o.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, o);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        Files.createDirectories(SHOTS);
    }

    /** Opens the dashboard and waits until its first load is done. */
    void openDashboard(String url) {
        driver.get(url);
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    /** Console entries at SEVERE or above since the last call. */
    List<LogEntry> severeConsoleEntries() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    }

    void scrollTo(String id) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).scrollIntoView({block: 'start'})", id);
    }

    void shot(String name) {
        save(driver.getScreenshotAs(OutputType.FILE), name);
    }

    void shot(WebElement element, String name) {
        save(element.getScreenshotAs(OutputType.FILE), name);
    }

    private static void save(File png, String name) {
        try {
            Files.copy(png.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException("cannot save screenshot " + name, e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
