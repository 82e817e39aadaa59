package dev.passkeyharness.conformance.browser;

import dev.passkeyharness.authenticator.profile.Profiles;
import dev.passkeyharness.authenticator.user.SimulatedUser;
import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.catalogue.Scenario;
import dev.passkeyharness.conformance.catalogue.Step;
import dev.passkeyharness.conformance.runner.CatalogueRunner;
import dev.passkeyharness.conformance.runner.judge.CheckResult;
import dev.passkeyharness.conformance.runner.judge.Verdict;
import dev.passkeyharness.conformance.scenario.ScenarioRunner;
import dev.passkeyharness.conformance.target.RpTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;

/**
 * Runs BROWSER checks in one headless Chromium, started at the first one and shared by the run; each journey in a
 * fresh context. Every journey leaves a screenshot of its last page ({@code <id>.png}, or {@code <id>.failure.png}
 * when it failed) in the screenshot directory, and one of the page confirming each passkey it created
 * ({@code <id>.confirmation-N.png}).
 */
public final class BrowserJourneys implements CatalogueRunner.BrowserChecks, AutoCloseable {

    /** How long a page may take to show the outcome of one step. */
    public static final Duration STEP_TIMEOUT = Duration.ofSeconds(30);

    private final ChromiumInstall install;
    private final PageSelectors selectors;
    private final Path screenshots;
    private final Duration stepTimeout;
    private ChromiumBrowser browser;
    private Boolean conditionalMediation;

    public BrowserJourneys(ChromiumInstall install, PageSelectors selectors, Path screenshots) {
        this.install = Objects.requireNonNull(install, "install");
        this.selectors = Objects.requireNonNull(selectors, "selectors");
        this.screenshots = Objects.requireNonNull(screenshots, "screenshots");
        this.stepTimeout = STEP_TIMEOUT;
    }

    /** Journeys in a browser someone else started (and closes), with their own step timeout. */
    BrowserJourneys(ChromiumBrowser browser, PageSelectors selectors, Path screenshots, Duration stepTimeout) {
        this(ChromiumInstall.DEBIAN, selectors, screenshots, stepTimeout, browser);
    }

    private BrowserJourneys(ChromiumInstall install, PageSelectors selectors, Path screenshots, Duration stepTimeout,
            ChromiumBrowser browser) {
        this.install = install;
        this.selectors = selectors;
        this.screenshots = screenshots;
        this.stepTimeout = stepTimeout;
        this.browser = browser;
    }

    /** One journey at a time: the run has one browser, and checks may run on several workers. */
    @Override
    public synchronized CheckResult run(Check.Browser check, RpTarget target, long seed) {
        long start = System.nanoTime();
        Scenario scenario = check.scenario();
        Optional<String> missing = install.missing();
        if (missing.isPresent()) {
            return result(check, Verdict.SKIP, missing.get(), start, List.of());
        }
        ChromeDriver page;
        try {
            page = browser().freshContext(target.origin());
        } catch (BrowserException | WebDriverException e) {
            // Chromium failed before the journey reached the RP: the harness's instrument, not the RP
            return result(check, Verdict.ERROR, "the browser broke: " + ChromiumBrowser.firstLine(e.getMessage()),
                    start, List.of());
        }
        if (usesAutofill(scenario) && !conditionalMediation(page, target.origin())) {
            return result(check, Verdict.SKIP, "this Chromium answers "
                    + "PublicKeyCredential.isConditionalMediationAvailable() with false even with a virtual "
                    + "authenticator attached, so mediation \"conditional\" cannot be exercised", start, List.of());
        }
        PageJourney journey = new PageJourney(page, selectors, target.origin(), scenario, seed, stepTimeout,
                name -> snapshot(check.id() + "." + name));
        Optional<String> failure;
        try {
            failure = ScenarioRunner.walk(scenario.steps(), journey);
        } catch (WebDriverException e) {
            failure = Optional.of("the browser broke: " + ChromiumBrowser.firstLine(e.getMessage()));
        }
        List<String> warnings = new ArrayList<>();
        Path png = screenshot(check, failure.isPresent(), warnings);
        CheckResult result = failure.map(f -> result(check, Verdict.FAIL, f, start, warnings))
                .orElseGet(() -> result(check, Verdict.PASS, scenario.steps().size() + " steps through the pages",
                        start, warnings));
        return png == null ? result : result.withScreenshot(png);
    }

    @Override
    public synchronized void close() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** The file name a check's screenshot gets: its id with anything but letters, digits, '.', '-', '_' as '_'. */
    public static String screenshotName(String checkId, boolean failed) {
        return checkId.replaceAll("[^A-Za-z0-9._-]", "_") + (failed ? ".failure.png" : ".png");
    }

    private ChromiumBrowser browser() {
        if (browser == null) {
            browser = ChromiumBrowser.start(install);
        }
        return browser;
    }

    /**
     * Whether this browser offers conditional mediation (WebAuthn L3 §5.1.4), asked once on the target's login page
     * with a virtual authenticator attached (without one Chromium always says no).
     */
    private boolean conditionalMediation(ChromeDriver page, String origin) {
        if (conditionalMediation == null) {
            VirtualAuthenticator probe = page.addVirtualAuthenticator(VirtualDeviceOptions.of(Profiles.PLATFORM_SYNCED,
                    SimulatedUser.APPROVE));
            page.get(origin + selectors.get("loginPage"));
            Object answer = page.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + " if (!window.PublicKeyCredential || !PublicKeyCredential.isConditionalMediationAvailable)"
                    + " { done(false); return; }"
                    + " PublicKeyCredential.isConditionalMediationAvailable().then(done, () => done(false));");
            conditionalMediation = Boolean.TRUE.equals(answer);
            page.removeVirtualAuthenticator(probe);
        }
        return conditionalMediation;
    }

    private static boolean usesAutofill(Scenario scenario) {
        return scenario.steps().stream().anyMatch(step -> step instanceof Step.SignInWithAutofill);
    }

    /** A screenshot in the middle of a journey (e.g. a confirmation); none when it cannot be taken. */
    private void snapshot(String name) {
        try {
            Files.createDirectories(screenshots);
            Files.write(screenshots.resolve(screenshotName(name, false)), browser.screenshot());
        } catch (IOException | WebDriverException e) {
            // the journey's last-page screenshot reports trouble with screenshots
        }
    }

    private Path screenshot(Check check, boolean failed, List<String> warnings) {
        try {
            Files.createDirectories(screenshots);
            Path png = screenshots.resolve(screenshotName(check.id(), failed));
            Files.write(png, browser.screenshot());
            return png;
        } catch (IOException | WebDriverException e) {
            warnings.add("no screenshot: " + ChromiumBrowser.firstLine(e.getMessage()));
            return null;
        }
    }

    private static CheckResult result(Check check, Verdict verdict, String message, long start, List<String> warnings) {
        return new CheckResult(check, verdict, message, (System.nanoTime() - start) / 1_000_000, List.of(), warnings);
    }
}
