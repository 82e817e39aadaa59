package dev.passkeyharness.conformance.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.client.WebAuthnClient;
import dev.passkeyharness.authenticator.ctap.Ctap2Authenticator;
import dev.passkeyharness.authenticator.profile.Profiles;
import dev.passkeyharness.authenticator.state.CredentialStateFile;
import dev.passkeyharness.authenticator.store.StoredCredential;
import dev.passkeyharness.authenticator.user.SimulatedUser;
import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.runner.judge.CheckResult;
import dev.passkeyharness.conformance.runner.judge.Verdict;
import dev.passkeyharness.conformance.scenario.BuiltInScenarios;
import dev.passkeyharness.conformance.target.Answer;
import dev.passkeyharness.conformance.target.EmbeddedTarget;
import dev.passkeyharness.conformance.target.ProfileSession;
import dev.passkeyharness.conformance.target.OptionsRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.Credential;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The browser journeys and the credential bridge in real headless Chromium against the embedded reference RP. */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserJourneysTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final String PASSWORD = "correct horse battery staple";

    private EmbeddedTarget rp;
    private ChromiumBrowser browser;
    @TempDir
    Path dir;

    private ChromiumAndRp pages;

    @BeforeAll
    void start() {
        pages = ChromiumAndRp.startOrSkip();
        rp = pages.rp;
        browser = pages.browser;
    }

    @AfterAll
    void stop() {
        if (pages != null) {
            pages.close();
        }
    }

    @Test
    void theBuiltInJourneysPassThroughTheReferencePagesAndLeaveScreenshots() throws IOException {
        BrowserJourneys journeys = new BrowserJourneys(browser, PageSelectors.REFERENCE_RP, dir, Duration.ofSeconds(15));
        for (String id : List.of("browser.first-passkey", "browser.not-now", "browser.second-device",
                "browser.autofill")) {
            CheckResult result = journeys.run(check(id), rp, 11);
            assertEquals(Verdict.PASS, result.verdict(), id + ": " + result.message());
            assertEquals(dir.resolve(id + ".png"), result.screenshot());
            byte[] png = Files.readAllBytes(result.screenshot());
            assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(png, 8), id + " screenshot is a PNG");
        }
    }

    @Test
    void aPageThatNeverConfirmsTheNewPasskeyFailsTheJourneyWithAFailureScreenshot() {
        PageSelectors noConfirmation = PageSelectors.withOverrides(Map.of("successMessage", "#no-such-confirmation"));
        BrowserJourneys journeys = new BrowserJourneys(browser, noConfirmation, dir, Duration.ofSeconds(3));
        CheckResult result = journeys.run(check("browser.first-passkey"), rp, 12);
        assertEquals(Verdict.FAIL, result.verdict());
        assertTrue(result.message().startsWith("step 3 (createPasskey phone)"), result.message());
        assertTrue(result.message().contains("create() succeeded"), result.message());
        assertEquals(dir.resolve("browser.first-passkey.failure.png"), result.screenshot());
        assertTrue(Files.isRegularFile(result.screenshot()));
    }

    /** Consent off: NotAllowedError once the options' timeout runs out, explained by the page, nothing stored. */
    @Test
    void aPersonWhoDeclinesSeesAnErrorAndKeepsTheAccountWithoutAPasskey() {
        BrowserJourneys journeys = new BrowserJourneys(browser, PageSelectors.REFERENCE_RP, dir,
                BrowserJourneys.STEP_TIMEOUT);
        CheckResult result = journeys.run(check("browser.user-declines"), rp, 13);
        assertEquals(Verdict.PASS, result.verdict(), result.message());
        assertTrue(Files.isRegularFile(dir.resolve("browser.user-declines.refusal.png")));
    }

    /** Ours → Chrome: a passkey our authenticator registered over the HTTP API signs in through the login page. */
    @Test
    void aPasskeyFromOurAuthenticatorSignsInThroughThePageInChrome() throws Exception {
        String email = "bridge-in@passkey-harness.test";
        ProfileSession api = rp.newOnboardingSession();
        assertTrue(api.signUp(email, "Bridge In", PASSWORD).accepted());
        // attesting through the run's CA, which the embedded RP's metadata lists
        Ctap2Authenticator ours = Ctap2Authenticator.builder().profile(Profiles.SECURITY_KEY)
                .attestationCa(rp.attestationCa().orElseThrow()).user(SimulatedUser.APPROVE).seed(21).build();
        Answer options = api.registrationOptions(new OptionsRequest(email, "Bridge In", "required", null, null));
        String registration = WebAuthnClient.builder(ours, rp.origin()).build().create(options.body().toString())
                .toJson();
        assertTrue(api.registrationResult(registration).accepted());
        StoredCredential credential = ours.state().store().all().get(0);

        ChromeDriver page = browser.freshContext(rp.origin());
        VirtualAuthenticator chrome = page.addVirtualAuthenticator(
                VirtualDeviceOptions.of(Profiles.SECURITY_KEY, SimulatedUser.APPROVE));
        chrome.addCredential(CredentialBridge.toChrome(credential));
        page.get(rp.origin() + "/login");
        try {
            page.findElement(By.id("passkey-signin")).click();
        } catch (WebDriverException signedInAlready) {
            // the login page's conditional request took the injected passkey before the button was pressed
            if (!(signedInAlready instanceof NoSuchElementException) && !PageReads.replaced(signedInAlready)) {
                throw signedInAlready;
            }
        }
        new WebDriverWait(page, Duration.ofSeconds(15)).until(d -> email.equals(PageReads.text(d, By.id("email"))));
        assertEquals(credential.signCount() + 1, chrome.getCredentials().get(0).getSignCount());
        page.removeVirtualAuthenticator(chrome);
    }

    /** Chrome → ours: a passkey Chrome created on the page goes into a state file and signs in with the CLI. */
    @Test
    void aPasskeyFromChromeSignsInWithTheCliLoginCommand() throws Exception {
        String email = "bridge-out@passkey-harness.test";
        ChromeDriver page = browser.freshContext(rp.origin());
        VirtualAuthenticator chrome = page.addVirtualAuthenticator(
                VirtualDeviceOptions.of(Profiles.SECURITY_KEY, SimulatedUser.APPROVE));
        WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(15));
        // the page navigates while it is read; chromedriver reports that in more than one way (PageReads.replaced)
        wait.ignoring(WebDriverException.class);
        page.get(rp.origin() + "/signup");
        page.findElement(By.cssSelector("#signup-form [name=email]")).sendKeys(email);
        page.findElement(By.cssSelector("#signup-form [name=password]")).sendKeys(PASSWORD);
        page.findElement(By.cssSelector("#signup-form [type=submit]")).click();
        wait.until(d -> d.findElement(By.id("create-passkey")).isDisplayed()).booleanValue();
        page.findElement(By.id("create-passkey")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#message.ok")).isEmpty());
        List<Credential> made = chrome.getCredentials();
        page.removeVirtualAuthenticator(chrome);
        assertEquals(1, made.size());

        Path state = dir.resolve("from-chrome.json");
        CredentialBridge.saveInto(state, List.of(CredentialBridge.fromChrome(made.get(0), false, false)));
        assertEquals(1, CredentialStateFile.read(state).orElseThrow().state().store().all().size());

        ProfileSession api = rp.newOnboardingSession();
        Answer options = api.authenticationOptions(null, null);
        ObjectNode request = (ObjectNode) options.body();
        Path optionsFile = dir.resolve("request.json");
        Files.writeString(optionsFile, request.toString());
        Process cli = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "dev.passkeyharness.conformance.cli.PasskeyHarnessCli", "authenticator", "login",
                "--options", optionsFile.toString(), "--origin", rp.origin(), "--state", state.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String assertion = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(cli.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, cli.exitValue(), assertion);
        assertTrue(api.authenticationResult(assertion.trim()).accepted(), "the RP accepts the CLI's assertion");
        JsonNode me = api.me().body();
        assertEquals(email, me.path("email").asString());
        assertEquals(Integer.toUnsignedLong(made.get(0).getSignCount()) + 1,
                CredentialStateFile.read(state).orElseThrow().state().store().all().get(0).signCount());
    }

    private static Check.Browser check(String id) {
        return BuiltInScenarios.browserChecks().stream().filter(c -> c.id().equals(id)).map(Check.Browser.class::cast)
                .findFirst().orElseThrow();
    }
}
