package dev.passkeyharness.conformance.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * One headless Chromium for a whole run, driven through chromedriver. Each journey gets a fresh context: a new tab
 * (virtual authenticators belong to a tab), no cookies, and a probe that records how each WebAuthn call ended.
 */
public final class ChromiumBrowser implements AutoCloseable {

    /** Headless, no GPU, and nothing that reaches the network on its own. */
    static final List<String> FLAGS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--window-size=1280,1024");

    private final ChromeDriver driver;
    private final Path userDataDir;

    private ChromiumBrowser(ChromeDriver driver, Path userDataDir) {
        this.driver = driver;
        this.userDataDir = userDataDir;
    }

    /**
     * Starts Chromium with a fresh profile directory.
     *
     * @throws BrowserException when it is missing or does not start
     */
    public static ChromiumBrowser start(ChromiumInstall install) {
        install.missing().ifPresent(problem -> {
            throw new BrowserException(problem, null);
        });
        Path userDataDir;
        try {
            userDataDir = Files.createTempDirectory("passkey-harness-chromium");
        } catch (IOException e) {
            throw new BrowserException("cannot create a profile directory for Chromium: " + e.getMessage(), e);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(install.driver().toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(install.browser().toFile());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + userDataDir);
        try {
            return new ChromiumBrowser(new ChromeDriver(service, options), userDataDir);
        } catch (WebDriverException e) {
            deleteTree(userDataDir);
            throw new BrowserException("Chromium did not start: " + firstLine(e.getMessage()), e);
        }
    }

    /**
     * A fresh context for one journey on {@code origin}: a new tab with no virtual authenticators, the other tabs
     * closed, no cookies, the origin's storage cleared, and the WebAuthn probe installed.
     */
    public ChromeDriver freshContext(String origin) {
        String old = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        String fresh = driver.getWindowHandle();
        for (String handle : driver.getWindowHandles()) {
            if (!handle.equals(fresh)) {
                driver.switchTo().window(handle).close();
            }
        }
        driver.switchTo().window(fresh);
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", CeremonyProbe.SCRIPT));
        if (old.equals(fresh)) {
            throw new IllegalStateException("Chromium did not open a new tab");
        }
        return driver;
    }

    /** The current page as PNG. */
    public byte[] screenshot() {
        return driver.getScreenshotAs(OutputType.BYTES);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteTree(userDataDir);
        }
    }

    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
