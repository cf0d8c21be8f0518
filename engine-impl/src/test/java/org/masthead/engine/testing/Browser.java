package org.masthead.engine.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real headless Chromium for browser tests, driven through ChromeDriver from Debian's {@code chromium} and
 * {@code chromium-driver} packages. Where they are missing a test is skipped, unless
 * {@code MASTHEAD_REQUIRE_BROWSER} is set (as {@code .ci/run} does), when it fails instead.
 */
public final class Browser implements AutoCloseable {
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("MASTHEAD_CHROMIUM", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getenv().getOrDefault("MASTHEAD_CHROMEDRIVER",
            "/usr/bin/chromedriver"));

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChromeDriver driver;
    private final Path profile;
    private final URI base;

    private Browser(ChromeDriver driver, Path profile, URI base) {
        this.driver = driver;
        this.profile = profile;
        this.base = base;
    }

    /** Opens a fresh browser (empty profile: no cookies) for the site at {@code base}. */
    public static Browser open(URI base) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!installed && System.getenv("MASTHEAD_REQUIRE_BROWSER") != null) {
            throw new IllegalStateException("browser tests need " + CHROMIUM + " and " + DRIVER
                    + " (Debian packages chromium and chromium-driver)");
        }
        Assumptions.assumeTrue(installed, "Chromium and ChromeDriver are not installed");
        try {
            Path profile = Files.createTempDirectory("masthead-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            // No background networking: this machine's network is closed, and tests must not need it anyway.
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--window-size=1280,900",
                    // Headless Chromium names itself in its user agent, and the reading beacon ignores bots.
                    "--user-agent=Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36",
                    "--user-data-dir=" + profile);
            // The DevTools network events, for tests that check which hosts a page contacts.
            options.setCapability("goog:loggingPrefs", Map.of("performance", "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(DRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            return new Browser(new ChromeDriver(service, options), profile, base);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Goes to {@code path} on the site. */
    public Browser go(String path) {
        driver.get(base.resolve(path.startsWith("/") ? path.substring(1) : path).toString());
        return this;
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** The first element matching {@code css}, waiting up to five seconds for it to appear. */
    public WebElement find(String css) {
        return await().until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.isEmpty() ? null : found.get(0);
        });
    }

    /** Every element matching {@code css} now. */
    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Waits up to five seconds for a condition on the page. */
    public WebDriverWait await() {
        return new WebDriverWait(driver, Duration.ofSeconds(5));
    }

    /** Runs a script in the page and returns its result. */
    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** The URLs the browser requested since the last call (or since it opened), from its network log. */
    public List<String> requestedUrls() {
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                JsonNode message = JSON.readTree(entry.getMessage()).get("message");
                if ("Network.requestWillBeSent".equals(message.get("method").asText())) {
                    urls.add(message.get("params").get("request").get("url").asText());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("unreadable network log entry: " + entry.getMessage(), e);
            }
        }
        return urls;
    }

    /**
     * The accessibility violations axe-core finds in the current page at impact "serious" or "critical", each as
     * "rule: help (selector)". Empty when the page passes.
     */
    public List<String> accessibilityViolations() {
        return accessibilityViolations(null);
    }

    /** The same for the first element matching {@code css} and what it holds; the whole page for {@code null}. */
    @SuppressWarnings("unchecked")
    public List<String> accessibilityViolations(String css) {
        try (var in = Browser.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core is not on the test class path");
            }
            script(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> violations = (List<String>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const context = arguments[0] ? document.querySelector(arguments[0]) : document;
                axe.run(context, { resultTypes: ['violations'] }).then(result => done(result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ': ' + v.help + ' (' + v.nodes.map(n => n.target.join(' ')).join(', ') + ')')));""",
                css);
        return violations;
    }

    /** Saves a PNG of the visible page under {@code target/screenshots/}. */
    public Path screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // A leftover temp profile is harmless.
        }
    }
}
