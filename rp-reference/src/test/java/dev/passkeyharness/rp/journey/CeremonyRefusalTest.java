package dev.passkeyharness.rp.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.passkeyharness.authenticator.profile.Profiles;
import dev.passkeyharness.rp.MutableClock;
import dev.passkeyharness.rp.RpSettings;
import dev.passkeyharness.rp.model.Passkey;
import dev.passkeyharness.rp.webauthn.Rule;
import dev.passkeyharness.rp.webauthn.UserVerification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One refused ceremony per rule, over HTTP: each breaks only its rule, is answered 400 naming that rule, and leaves
 * the store and the session as they were. Not here: Rule.EXTENSIONS, as no tampering yields extension outputs that decode yet break a rule. clientData.origin.http is
 * no tampering here: the loopback RP's own origin is http.
 */
class CeremonyRefusalTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Site site = Site.start();
    private final Device key = Device.of(Profiles.SECURITY_KEY, 41);

    @AfterEach
    void stop() {
        site.close();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "clientData.challenge.wrong, CHALLENGE",
            "clientData.origin.wrong, ORIGIN",
            "clientData.type.swapped, TYPE",
            "clientData.crossOrigin.true, CROSS_ORIGIN",
            "clientData.topOrigin.foreign, CROSS_ORIGIN",
            "clientData.tokenBinding.present, TOKEN_BINDING",
            "authData.rpIdHash.wrong, RP_ID_HASH",
            "authData.flags.up.cleared, USER_PRESENT",
            "authData.flags.bs-without-be, BACKUP_FLAGS",
            "authData.extensions.garbage, MALFORMED",
            "authData.credentialId.oversize, CREDENTIAL_ID_TOO_LONG",
            "attStmt.fmt.unknown, ATTESTATION_FORMAT",
            "attStmt.sig.missing, ATTESTATION_STATEMENT",
            "encoding.credentialId.mismatch, CREDENTIAL_ID_MISMATCH",
            "authData.flags.ed.set, MALFORMED",
            "attStmt.x5c.aaguid.critical, ATTESTATION_STATEMENT",
            "attStmt.x5c.expired, ATTESTATION_STATEMENT",
            "attStmt.x5c.not-yet-valid, ATTESTATION_STATEMENT",
    })
    void registrationBreakingOneRuleStoresNothing(String tampering, Rule rule) throws Exception {
        Browser browser = site.signUp("lou@example.com");
        refused(rule, site.register(browser, key, tampering));
        assertEquals(0, site.passkeyCount());
        assertEquals(0, browser.get("/api/me").json().path("passkeyCount").asInt());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "clientData.challenge.wrong, CHALLENGE",
            "clientData.origin.wrong, ORIGIN",
            "clientData.type.swapped, TYPE",
            "clientData.crossOrigin.true, CROSS_ORIGIN",
            "authData.rpIdHash.wrong, RP_ID_HASH",
            "authData.flags.up.cleared, USER_PRESENT",
            "authData.flags.bs-without-be, BACKUP_FLAGS",
            "authData.flags.be.flipped, BACKUP_FLAGS",
            "signature.bitflip, SIGNATURE",
            "signature.zeroed, SIGNATURE",
            "encoding.userHandle.wrong, USER_HANDLE",
            "encoding.authData.truncated, MALFORMED",
            "authData.flags.at.set, MALFORMED",
            "authData.flags.ed.set, MALFORMED",
    })
    void signInBreakingOneRuleChangesNothing(String tampering, Rule rule) throws Exception {
        String credentialId = registeredAndSignedOut(site, key, "max@example.com");
        Passkey before = site.passkey(credentialId);
        Browser browser = site.browser();
        refused(rule, site.signIn(browser, key, tampering));
        unchangedAndSignedOut(site, before, browser);
    }

    @ParameterizedTest(name = "type {0}")
    @CsvSource({"public-key-ish", "''"})
    void aCredentialWhoseTypeIsNotPublicKeyIsRefusedInBothCeremonies(String type) throws Exception {
        Browser browser = site.signUp("ty@example.com");
        ObjectNode registration = (ObjectNode) JSON.readTree(site.registrationResponse(browser, key));
        registration.put("type", type);
        refused(Rule.CREDENTIAL_TYPE, browser.post("/api/passkeys/registration/verify", registration.toString()));
        assertEquals(0, site.passkeyCount());

        String credentialId = site.registered(browser, key);
        Passkey before = site.passkey(credentialId);
        browser.post("/api/logout", "{}");
        ObjectNode assertion = (ObjectNode) JSON.readTree(site.authenticationResponse(browser, key, "{}"));
        assertion.remove("type");
        refused(Rule.CREDENTIAL_TYPE, browser.post("/api/passkeys/authentication/verify", assertion.toString()));
        unchangedAndSignedOut(site, before, browser);
    }

    @Test
    void userVerificationRequiredRefusesUvClearedInBothCeremonies() throws Exception {
        try (Site strict = Site.start(RpSettings.defaults().withUserVerification(UserVerification.REQUIRED))) {
            Browser browser = strict.signUp("ned@example.com");
            refused(Rule.USER_VERIFIED, strict.register(browser, key, "authData.flags.uv.cleared"));
            assertEquals(0, strict.passkeyCount());

            String credentialId = strict.registered(browser, key);
            browser.post("/api/logout", "{}");
            Passkey before = strict.passkey(credentialId);
            refused(Rule.USER_VERIFIED, strict.signIn(browser, key, "authData.flags.uv.cleared"));
            unchangedAndSignedOut(strict, before, browser);
        }
    }

    @Test
    void aCounterThatGoesBackIsRefused() throws Exception {
        String credentialId = registeredAndSignedOut(site, key, "oli@example.com");
        Browser browser = site.browser();
        assertEquals(200, site.signIn(browser, key).status());
        browser.post("/api/logout", "{}");
        Passkey before = site.passkey(credentialId);
        assertNotEquals(0, before.signCount(), "the stored counter must be above zero for a rollback to show");

        refused(Rule.COUNTER, site.signIn(browser, key, "authData.counter.rollback"));
        unchangedAndSignedOut(site, before, browser);
    }

    @Test
    void aCredentialTheRpNeverStoredIsUnknown() throws Exception {
        String credentialId = registeredAndSignedOut(site, key, "pam@example.com");
        Passkey before = site.passkey(credentialId);
        // the authenticator makes (and keeps) a credential, but the browser never sends it to the RP
        Device other = Device.of(Profiles.PLATFORM_SYNCED, 42);
        site.registrationResponse(site.signUp("quin@example.com"), other);

        Browser browser = site.browser();
        refused(Rule.UNKNOWN_CREDENTIAL, site.signIn(browser, other));
        unchangedAndSignedOut(site, before, browser);
        assertEquals(1, site.passkeyCount());
    }

    /** Username-first options for Rae answered with Sam's credential: WebAuthn L3 §7.2 step 5 must refuse it. */
    @Test
    void anotherUsersCredentialIsNotAllowedInAUsernameFirstCeremony() throws Exception {
        String raeId = registeredAndSignedOut(site, key, "rae@example.com");
        Device samsKey = Device.of(Profiles.SECURITY_KEY, 43);
        String samId = registeredAndSignedOut(site, samsKey, "sam@example.com");
        Passkey rae = site.passkey(raeId);
        Passkey sam = site.passkey(samId);

        Browser browser = site.browser();
        Browser.Answer options = browser.post("/api/passkeys/authentication/options", "{\"email\":\"rae@example.com\"}");
        assertEquals(1, options.json().path("allowCredentials").size());
        // Sam's authenticator cannot answer Rae's allowCredentials, so his browser is shown the challenge alone
        ObjectNode shown = (ObjectNode) options.json().deepCopy();
        shown.putArray("allowCredentials");
        refused(Rule.CREDENTIAL_NOT_ALLOWED, browser.post("/api/passkeys/authentication/verify",
                samsKey.get(browser.origin(), shown.toString())));
        unchangedAndSignedOut(site, rae, browser);
        assertEquals(sam, site.passkey(samId));
    }

    @Test
    void aReplayedRegistrationIsRefusedAndStoresNothingMore() throws Exception {
        Browser browser = site.signUp("tia@example.com");
        String response = site.registrationResponse(browser, key);
        assertEquals(201, browser.post("/api/passkeys/registration/verify", response).status());
        refused(Rule.CHALLENGE_REPLAYED, browser.post("/api/passkeys/registration/verify", response));
        assertEquals(1, site.passkeyCount());
    }

    @Test
    void aReplayedSignInIsRefusedAndChangesNothing() throws Exception {
        String credentialId = registeredAndSignedOut(site, key, "uma@example.com");
        Browser browser = site.browser();
        String response = site.authenticationResponse(browser, key, "{}");
        assertEquals(200, browser.post("/api/passkeys/authentication/verify", response).status());
        Passkey after = site.passkey(credentialId);

        Browser replayer = site.browser();
        refused(Rule.CHALLENGE_REPLAYED, replayer.post("/api/passkeys/authentication/verify", response));
        unchangedAndSignedOut(site, after, replayer);
    }

    @Test
    void aChallengeIsBoundToTheSessionThatAskedForIt() throws Exception {
        Browser browser = site.signUp("val@example.com");
        Browser sameAccountElsewhere = site.browser();
        sameAccountElsewhere.post("/api/login", "{\"email\":\"val@example.com\",\"password\":\"" + Site.PASSWORD + "\"}");
        String response = site.registrationResponse(browser, key);
        refused(Rule.CHALLENGE_SESSION, sameAccountElsewhere.post("/api/passkeys/registration/verify", response));
        assertEquals(0, site.passkeyCount());

        String credentialId = site.registered(browser, key);
        browser.post("/api/logout", "{}");
        Passkey before = site.passkey(credentialId);
        String signIn = site.authenticationResponse(browser, key, "{}");
        Browser stranger = site.browser();
        refused(Rule.CHALLENGE_SESSION, stranger.post("/api/passkeys/authentication/verify", signIn));
        unchangedAndSignedOut(site, before, stranger);
        assertEquals(401, browser.get("/api/me").status());
    }

    @Test
    void anExpiredChallengeIsRefusedInBothCeremonies() throws Exception {
        MutableClock clock = new MutableClock(Instant.now());
        Duration timeout = Duration.ofMinutes(2);
        try (Site timed = Site.start(RpSettings.defaults().withClock(clock, timeout))) {
            Browser browser = timed.signUp("wes@example.com");
            String late = timed.registrationResponse(browser, key);
            clock.advance(timeout.plusSeconds(1));
            refused(Rule.CHALLENGE_EXPIRED, browser.post("/api/passkeys/registration/verify", late));
            assertEquals(0, timed.passkeyCount());

            String credentialId = timed.registered(browser, key);
            browser.post("/api/logout", "{}");
            Passkey before = timed.passkey(credentialId);
            String lateSignIn = timed.authenticationResponse(browser, key, "{}");
            clock.advance(timeout);
            refused(Rule.CHALLENGE_EXPIRED, browser.post("/api/passkeys/authentication/verify", lateSignIn));
            unchangedAndSignedOut(timed, before, browser);
        }
    }

    /** A registration's response presented to an authentication challenge (WebAuthn L3 §7.2 step 3). */
    @Test
    void anAttestationResponseCannotSignIn() throws Exception {
        Browser browser = site.signUp("xia@example.com");
        Browser.Answer signInOptions = browser.post("/api/passkeys/authentication/options", "{}");
        ObjectNode creation = (ObjectNode) browser.post("/api/passkeys/registration/options", "{}").json();
        creation.put("challenge", signInOptions.json().path("challenge").asString());
        refused(Rule.RESPONSE_TYPE, browser.post("/api/passkeys/authentication/verify",
                key.create(browser.origin(), creation.toString())));
        assertEquals(0, site.passkeyCount());
        assertEquals("xia@example.com", browser.get("/api/me").json().path("email").asString());
    }

    @Test
    void aCredentialIdAlreadyRegisteredToAnotherAccountIsRefused() throws Exception {
        Device twin = Device.of(Profiles.SECURITY_KEY, 41);
        String credentialId = site.registered(site.signUp("yan@example.com"), key);
        Passkey before = site.passkey(credentialId);
        Browser other = site.signUp("zoe@example.com");

        Browser.Answer answer = site.register(other, twin);
        refused(Rule.DUPLICATE_CREDENTIAL, answer);
        assertEquals(1, site.passkeyCount());
        assertEquals(before, site.passkey(credentialId));
        assertEquals(0, other.get("/api/me").json().path("passkeyCount").asInt());
    }

    @Test
    void aKeyOfAnAlgorithmTheRpDidNotOfferIsRefused() throws Exception {
        try (Site es256Only = Site.start(RpSettings.defaults().withAlgorithms(List.of(-7L)))) {
            Browser browser = es256Only.signUp("ada@example.com");
            refused(Rule.ALGORITHM, es256Only.register(browser, key, "authData.alg.unrequested"));
            assertEquals(0, es256Only.passkeyCount());
            assertEquals(201, es256Only.register(browser, key).status());
        }
    }

    @Test
    void attestationFromAnUntrustedCaIsRefusedWhenTrustIsRequired() throws Exception {
        Device stranger = Device.of(Profiles.SECURITY_KEY, 44);
        assertNotEquals(key.attestationRoot(), stranger.attestationRoot());
        try (Site strict = Site.start(RpSettings.defaults().withTrustedAttestation(List.of(stranger.attestationRoot())))) {
            Browser browser = strict.signUp("abe@example.com");
            refused(Rule.ATTESTATION_UNTRUSTED, strict.register(browser, key));
            assertEquals(0, strict.passkeyCount());
            // the same RP accepts the key its anchor did issue, so the refusal above is about trust alone
            assertEquals(201, strict.register(browser, stranger).status());
        }
    }

    private static String registeredAndSignedOut(Site site, Device device, String email) throws Exception {
        Browser browser = site.signUp(email);
        String credentialId = site.registered(browser, device);
        browser.post("/api/logout", "{}");
        return credentialId;
    }

    private static void refused(Rule rule, Browser.Answer answer) {
        assertEquals(400, answer.status(), answer::toString);
        assertEquals("failed", answer.json().path("status").asString(), answer::toString);
        assertEquals(rule.id(), answer.rule(), answer::toString);
    }

    private static void unchangedAndSignedOut(Site site, Passkey before, Browser browser) {
        Passkey after = site.passkey(before.credentialId());
        assertEquals(before.signCount(), after.signCount(), "signCount");
        assertEquals(before.lastUsedAt(), after.lastUsedAt(), "lastUsedAt");
        assertEquals(before, after);
        assertEquals(401, browser.get("/api/me").status(), "a refused sign-in signs no one in");
    }
}
