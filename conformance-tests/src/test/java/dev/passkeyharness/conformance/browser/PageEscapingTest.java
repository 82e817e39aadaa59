package dev.passkeyharness.conformance.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.profile.Profiles;
import dev.passkeyharness.authenticator.user.SimulatedUser;
import dev.passkeyharness.conformance.target.EmbeddedTarget;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A display name and a passkey name carrying markup are shown on the account page as text in real Chromium: no
 * element is made from them and no script runs, even where the Content-Security-Policy would not have stopped it.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageEscapingTest {

    private static final String PASSWORD = "correct horse battery staple";

    private EmbeddedTarget rp;
    private ChromiumBrowser browser;

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

    @ParameterizedTest
    @ValueSource(strings = {
            "<img src=x onerror=\"window.__injected='img'\">",
            "<script>window.__injected='script'</script>",
            "\"><svg onload=\"window.__injected='svg'\"></svg>"})
    void markupInNamesIsShownAsText(String payload) {
        ChromeDriver page = browser.freshContext(rp.origin());
        page.addVirtualAuthenticator(VirtualDeviceOptions.of(Profiles.SECURITY_KEY, SimulatedUser.APPROVE));
        page.get(rp.origin() + "/signup");
        String email = "escape-" + Integer.toHexString(payload.hashCode()) + "@passkey-harness.test";
        // the page's own helpers, in the page's session: sign up with the payload as display name, make a passkey
        // and give it the payload as its name
        Object error = page.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                (async () => {
                  await api("POST", "/api/signup", {email: arguments[0], password: arguments[1], displayName: arguments[2]});
                  const created = await createPasskey();
                  await api("PATCH", "/api/passkeys/" + encodeURIComponent(created.passkey.id), {name: arguments[2]});
                })().then(() => done(null), e => done(String(e && e.message || e)));""", email, PASSWORD, payload);
        assertEquals(null, error);

        page.get(rp.origin() + "/account");
        WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(15));
        wait.ignoring(WebDriverException.class);
        wait.until(d -> d.findElements(By.cssSelector("[data-credential-id] strong")).size() == 1);

        assertEquals(payload, page.findElement(By.id("display-name")).getText());
        assertEquals(payload, page.findElement(By.cssSelector("[data-credential-id] strong")).getText());
        @SuppressWarnings("unchecked")
        Map<String, Object> seen = (Map<String, Object>) page.executeScript("""
                return {injected: window.__injected === undefined ? null : String(window.__injected),
                        elements: document.querySelectorAll("main img, main script, main svg").length};""");
        assertEquals(null, seen.get("injected"), "a script from a name ran");
        assertEquals(0L, seen.get("elements"), "a name became markup");
        List<String> names = page.findElements(By.cssSelector("[data-credential-id] strong")).stream()
                .map(e -> e.getAttribute("innerHTML")).toList();
        assertTrue(names.get(0).contains("&lt;"), "the name is escaped in the DOM: " + names);
    }
}
