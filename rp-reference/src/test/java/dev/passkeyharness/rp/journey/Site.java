package dev.passkeyharness.rp.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.passkeyharness.authenticator.client.WebAuthnClientException;
import dev.passkeyharness.rp.ReferenceRp;
import dev.passkeyharness.rp.RpSettings;
import dev.passkeyharness.rp.model.Passkey;
import dev.passkeyharness.rp.store.AccountRepository;
import dev.passkeyharness.rp.store.Database;
import dev.passkeyharness.rp.store.PasskeyRepository;
import java.util.Optional;
import java.util.UUID;

/** A running reference RP on loopback with the onboarding API's steps as one-liners, and a look into its store. */
final class Site implements AutoCloseable {

    static final String PASSWORD = "correct horse battery staple";

    private final ReferenceRp rp;

    private Site(ReferenceRp rp) {
        this.rp = rp;
    }

    /** Default settings on a fresh in-memory database. */
    static Site start() {
        return start(RpSettings.defaults());
    }

    /** {@code settings} on a fresh in-memory database unless they name one of their own. */
    static Site start(RpSettings settings) {
        RpSettings effective = settings.jdbcUrl().equals(Database.DEFAULT_URL)
                ? settings.withDatabase("jdbc:h2:mem:journey-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                : settings;
        return new Site(ReferenceRp.start(effective));
    }

    String url() {
        return rp.url();
    }

    int port() {
        return rp.port();
    }

    Browser browser() {
        return new Browser(rp.url());
    }

    @Override
    public void close() {
        rp.close();
    }

    int accountCount() {
        return rp.database().inTransaction(c -> new AccountRepository().countAll(c));
    }

    /** Signs {@code email} up and returns the password hash (PHC string) its account stored. */
    String passwordHashOf(String email) {
        signUp(email);
        return passwordHash(email);
    }

    /** The stored password hash (PHC string) of {@code email}'s account. */
    String passwordHash(String email) {
        return rp.database().inTransaction(c -> {
            try (var statement = c.prepareStatement("SELECT password_hash FROM account WHERE username = ?")) {
                statement.setString(1, email);
                try (var rows = statement.executeQuery()) {
                    return rows.next() ? rows.getString(1) : null;
                }
            }
        });
    }

    int passkeyCount() {
        return rp.database().inTransaction(c -> new PasskeyRepository().countAll(c));
    }

    Passkey passkey(String credentialId) {
        Optional<Passkey> found = rp.database().inTransaction(c -> new PasskeyRepository().find(c, credentialId));
        return found.orElseThrow(() -> new AssertionError("no passkey " + credentialId));
    }

    /** A new browser signed up (and signed in) as {@code email}. */
    Browser signUp(String email) {
        Browser browser = browser();
        Browser.Answer answer = browser.post("/api/signup",
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"displayName\":\"" + email + "\"}");
        assertEquals(201, answer.status(), answer::toString);
        return browser;
    }

    /** Registration options for the signed-in account, answered by {@code device}: the RegistrationResponseJSON. */
    String registrationResponse(Browser browser, Device device, String... tamperings) throws WebAuthnClientException {
        Browser.Answer options = browser.post("/api/passkeys/registration/options", "{}");
        assertEquals(200, options.status(), options::toString);
        return device.create(browser.origin(), options.body(), tamperings);
    }

    /** Options, create() and verify: the verify answer. */
    Browser.Answer register(Browser browser, Device device, String... tamperings) throws WebAuthnClientException {
        return browser.post("/api/passkeys/registration/verify", registrationResponse(browser, device, tamperings));
    }

    /** Registers and returns the new passkey's credential ID, failing unless the RP stored it. */
    String registered(Browser browser, Device device) throws WebAuthnClientException {
        Browser.Answer answer = register(browser, device);
        assertEquals(201, answer.status(), answer::toString);
        return answer.json().path("passkey").path("id").asString();
    }

    /** Authentication options for {@code requestJson} ({} or {"email":…}), answered by {@code device}. */
    String authenticationResponse(Browser browser, Device device, String requestJson, String... tamperings)
            throws WebAuthnClientException {
        Browser.Answer options = browser.post("/api/passkeys/authentication/options", requestJson);
        assertEquals(200, options.status(), options::toString);
        return device.get(browser.origin(), options.body(), tamperings);
    }

    /** Discoverable sign-in: the verify answer. */
    Browser.Answer signIn(Browser browser, Device device, String... tamperings) throws WebAuthnClientException {
        return browser.post("/api/passkeys/authentication/verify",
                authenticationResponse(browser, device, "{}", tamperings));
    }
}
