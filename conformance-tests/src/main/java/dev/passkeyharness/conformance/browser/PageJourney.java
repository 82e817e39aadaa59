package dev.passkeyharness.conformance.browser;

import dev.passkeyharness.conformance.catalogue.Scenario;
import dev.passkeyharness.conformance.catalogue.Step;
import dev.passkeyharness.conformance.scenario.ActionOutcome;
import dev.passkeyharness.conformance.scenario.JourneyAccount;
import dev.passkeyharness.conformance.scenario.JourneyActions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person walking a browser scenario through the RP's pages: typing, clicking, and reading what the pages show.
 * A WebAuthn call the browser refused is named by its DOMException (from {@link CeremonyProbe}); one the RP refused
 * by the page's error message. A refusal the page does not explain to the person breaks the step.
 */
final class PageJourney implements JourneyActions {

    private final ChromeDriver page;
    private final PageSelectors selectors;
    private final String origin;
    private final Scenario scenario;
    private final long seed;
    private final VirtualDevices devices;
    private final Duration timeout;
    private final WebDriverWait wait;
    /** Which device made each passkey still listed, and its credential ID (base64url), in creation order. */
    private final List<String> listed = new ArrayList<>();
    private final List<String> listedIds = new ArrayList<>();
    private final java.util.function.Consumer<String> snapshot;
    private String email;

    /** {@code snapshot} keeps a screenshot of the page as it is now, under the name given. */
    PageJourney(ChromeDriver page, PageSelectors selectors, String origin, Scenario scenario, long seed,
            Duration timeout, java.util.function.Consumer<String> snapshot) {
        this.snapshot = snapshot;
        this.page = page;
        this.selectors = selectors;
        this.origin = origin;
        this.scenario = scenario;
        this.seed = seed;
        this.devices = new VirtualDevices(page, scenario.authenticators());
        this.timeout = timeout;
        // a page that re-renders while it is read (navigation, a list refreshed) is simply read again
        this.wait = new WebDriverWait(page, timeout);
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    @Override
    public ActionOutcome act(int index, Step step) {
        if (step instanceof Step.SignUp s) {
            email = s.email() != null ? s.email() : JourneyAccount.email(scenario, seed);
            open("signupPage");
            type("signupEmail", email);
            type("signupPassword", JourneyAccount.password(seed));
            return submit("signupSubmit", "accountReady");
        }
        if (step instanceof Step.LogIn) {
            open("loginPage");
            type("loginEmail", account());
            type("loginPassword", JourneyAccount.password(seed));
            return submit("loginSubmit", "accountReady");
        }
        if (step instanceof Step.LogOut) {
            click("signOut");
            return until("passkeySignIn", "signing out");
        }
        if (step instanceof Step.DismissPrompt) {
            click("notNow");
            wait.until(d -> !visible("passkeyPrompt"));
            return new ActionOutcome.Accepted();
        }
        if (step instanceof Step.CreatePasskey c) {
            return withDevice(c.authenticator(), () -> createPasskey(c.authenticator()));
        }
        if (step instanceof Step.SignInWithPasskey s) {
            return withDevice(s.authenticator(), () -> signIn(s));
        }
        if (step instanceof Step.SignInWithAutofill s) {
            // the login page's conditional request is answered by the device as soon as it is there to answer
            return withDevice(s.authenticator(), () -> {
                open("loginPage");
                return ceremony("accountReady");
            });
        }
        if (step instanceof Step.RemovePasskey r) {
            return remove(r.authenticator());
        }
        throw new IllegalArgumentException("not an action: " + step.name());
    }

    @Override
    public Optional<String> check(Step.Expectation what, ActionOutcome last) {
        if (what instanceof Step.Expectation.PromptShown || what instanceof Step.Expectation.PromptHidden) {
            boolean wanted = what instanceof Step.Expectation.PromptShown;
            if (!openAccount()) {
                return Optional.of("not signed in: " + page.getCurrentUrl() + " shows no account");
            }
            boolean shown = visible("passkeyPrompt");
            return shown == wanted ? Optional.empty()
                    : Optional.of("the account page " + (shown ? "shows" : "does not show") + " the passkey prompt");
        }
        if (what instanceof Step.Expectation.PasskeyCount c) {
            if (!openAccount()) {
                return Optional.of("not signed in: " + page.getCurrentUrl() + " shows no account");
            }
            int count = passkeys().size();
            return count == c.count() ? Optional.empty()
                    : Optional.of("the account page lists " + count + " passkeys");
        }
        if (what instanceof Step.Expectation.SignedIn) {
            return openAccount() ? Optional.empty()
                    : Optional.of("not signed in: the account page led to " + page.getCurrentUrl());
        }
        if (what instanceof Step.Expectation.SignedOut) {
            return openAccount() ? Optional.of("still signed in: the account page shows the account " + page.getCurrentUrl() + " " + page.findElement(By.tagName("main")).getText())
                    : Optional.empty();
        }
        return JourneyActions.lastStep(what, last);
    }

    /**
     * Runs {@code action} with {@code device} as the tab's only authenticator, and none afterwards: a device left
     * attached would answer the login page's conditional request at once and sign the person back in.
     */
    private ActionOutcome withDevice(String device, java.util.function.Supplier<ActionOutcome> action) {
        devices.attach(device);
        try {
            return action.get();
        } finally {
            devices.detach();
        }
    }

    private ActionOutcome createPasskey(String device) {
        if (!openAccount()) {
            throw new IllegalStateException("not signed in: cannot reach the account page");
        }
        java.util.Set<String> before = devices.attachedCredentialIds();
        CeremonyProbe.clear(page);
        click(visible("passkeyPrompt") ? "createPasskey" : "addPasskey");
        ActionOutcome outcome = ceremony("successMessage");
        if (outcome instanceof ActionOutcome.Accepted) {
            java.util.Set<String> made = devices.attachedCredentialIds();
            made.removeAll(before);
            listed.add(device);
            listedIds.add(made.size() == 1 ? made.iterator().next() : null);
            snapshot.accept("confirmation-" + listed.size());
        }
        return outcome;
    }

    /**
     * The login page's own conditional request may be answered by the device before the button is pressed (Chromium
     * answers it at once from a virtual authenticator): then that request is the sign-in, and a press that meets the
     * page leaving is not needed.
     */
    private ActionOutcome signIn(Step.SignInWithPasskey step) {
        open("loginPage");
        wait.until(d -> visible("passkeySignIn") || visible("accountReady"));
        try {
            if (visible("accountReady")) {
                return ceremony("accountReady");
            }
            if (step.email() == null) {
                click("passkeySignIn");
            } else {
                type("loginEmail", Step.SignInWithPasskey.ACCOUNT.equals(step.email()) ? account() : step.email());
                click("passkeyForEmail");
            }
        } catch (WebDriverException leftForTheAccount) {
            if (!visible("accountReady")) {
                throw leftForTheAccount;
            }
        }
        return ceremony("accountReady");
    }

    private ActionOutcome remove(String device) {
        int index = listed.lastIndexOf(device);
        if (index < 0) {
            throw new IllegalStateException("authenticator '" + device + "' has no passkey listed in this scenario");
        }
        if (!openAccount()) {
            throw new IllegalStateException("not signed in: cannot reach the account page");
        }
        List<WebElement> items = passkeys();
        if (items.size() != listed.size()) {
            throw new IllegalStateException("the account page lists " + items.size() + " passkeys, the journey made "
                    + listed.size());
        }
        itemOf(items, index).findElement(By.cssSelector(selectors.get("deletePasskey"))).click();
        wait.until(d -> {
            try {
                d.switchTo().alert().accept();
                return true;
            } catch (org.openqa.selenium.NoAlertPresentException e) {
                return false;
            }
        });
        ActionOutcome outcome = until("successMessage", "deleting the passkey");
        if (outcome instanceof ActionOutcome.Accepted) {
            listed.remove(index);
            listedIds.remove(index);
        }
        return outcome;
    }

    /** The item carrying the passkey's credential ID where the page marks items with it; else the index-th. */
    private WebElement itemOf(List<WebElement> items, int index) {
        String id = listedIds.get(index);
        String attribute = selectors.get("passkeyIdAttribute");
        if (id != null) {
            for (WebElement item : items) {
                if (id.equals(item.getDomAttribute(attribute))) {
                    return item;
                }
            }
        }
        return items.get(index);
    }

    /** After a click that starts a WebAuthn call: accepted when {@code success} shows, else who refused and why. */
    private ActionOutcome ceremony(String success) {
        try {
            wait.until(d -> visible(success) || visible("errorMessage"));
        } catch (TimeoutException e) {
            String call = CeremonyProbe.last(page).map(c -> c.ok() ? "the browser's " + c.op() + "() succeeded"
                    : "the browser refused with " + c.name()).orElse("no WebAuthn call ended");
            throw new IllegalStateException(call + ", but the page showed neither " + success
                    + " nor an error message within " + timeoutSeconds() + " s");
        }
        if (visible(success)) {
            return new ActionOutcome.Accepted();
        }
        String shown = text("errorMessage");
        Optional<CeremonyProbe.Call> call = CeremonyProbe.last(page);
        if (call.isPresent() && !call.get().ok()) {
            snapshot.accept("refusal");
            return new ActionOutcome.Refused("the browser", call.get().name(), "the page said: " + shown);
        }
        return new ActionOutcome.Refused("the RP", "refused", "the page said: " + shown);
    }

    /** Submits a form: accepted when {@code success} shows, refused with the page's message. */
    private ActionOutcome submit(String button, String success) {
        click(button);
        return until(success, "submitting " + button);
    }

    private ActionOutcome until(String success, String doing) {
        try {
            wait.until(d -> visible(success) || visible("errorMessage"));
        } catch (TimeoutException e) {
            throw new IllegalStateException(doing + ": neither " + success + " nor an error message showed within "
                    + timeoutSeconds() + " s (at " + page.getCurrentUrl() + ")");
        }
        return visible(success) ? new ActionOutcome.Accepted()
                : new ActionOutcome.Refused("the RP", "refused", "the page said: " + text("errorMessage"));
    }

    /** Opens the account page; true when it shows a signed-in account, false when it led elsewhere (sign-in). */
    private boolean openAccount() {
        open("accountPage");
        try {
            wait.until(d -> visible("accountReady") || visible("passkeySignIn"));
        } catch (TimeoutException e) {
            throw new IllegalStateException("the account page showed neither an account nor the sign-in page within "
                    + timeoutSeconds() + " s");
        }
        if (!visible("accountReady")) {
            return false;
        }
        wait.until(listSettled());
        return true;
    }

    /** The passkey list is drawn once it shows items or says there are none. */
    private ExpectedCondition<Boolean> listSettled() {
        return d -> visible("noPasskeys") || !passkeys().isEmpty();
    }

    private List<WebElement> passkeys() {
        return page.findElements(By.cssSelector(selectors.get("passkeyItem")));
    }

    private void open(String pageKey) {
        page.get(origin + selectors.get(pageKey));
    }

    private void type(String key, String text) {
        WebElement field = wait.until(d -> displayed(key));
        field.clear();
        field.sendKeys(text);
    }

    private void click(String key) {
        wait.until(d -> displayed(key)).click();
    }

    /** The first visible element {@code key} selects, or null; an element replaced while looking counts as gone. */
    private WebElement displayed(String key) {
        try {
            return page.findElements(By.cssSelector(selectors.get(key))).stream().filter(WebElement::isDisplayed)
                    .findFirst().orElse(null);
        } catch (WebDriverException e) {
            if (PageReads.replaced(e)) {
                return null;
            }
            throw e;
        }
    }

    private boolean visible(String key) {
        return displayed(key) != null;
    }

    private String text(String key) {
        WebElement element = displayed(key);
        if (element == null) {
            return "";
        }
        try {
            return element.getText();
        } catch (WebDriverException e) {
            if (PageReads.replaced(e)) {
                return "";
            }
            throw e;
        }
    }

    private String account() {
        if (email == null) {
            throw new IllegalStateException("no account yet: sign up first");
        }
        return email;
    }

    private long timeoutSeconds() {
        return timeout.toSeconds();
    }
}
