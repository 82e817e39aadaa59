package dev.passkeyharness.rp.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.passkeyharness.authenticator.client.DomExceptionName;
import dev.passkeyharness.authenticator.client.WebAuthnClientException;
import dev.passkeyharness.authenticator.profile.Profiles;
import dev.passkeyharness.rp.RpSettings;
import org.junit.jupiter.api.Test;

/**
 * Nobody attaches a passkey to an account they are not signed in to. The attack: a victim signs up; a stranger who
 * knows only the email registers a passkey of their own for that username through the unauthenticated FIDO2
 * conformance API, then signs in with it through the onboarding API.
 */
class AccountTakeoverTest {

    private static final String VICTIM = "victim@example.test";

    @Test
    void theConformanceApiIsOffByDefaultSoTheAttackFindsNothingToCall() throws Exception {
        try (Site site = Site.start()) {
            site.signUp(VICTIM);
            Browser attacker = site.browser();

            Browser.Answer options = attacker.post("/attestation/options", creationRequest());
            assertEquals(404, options.status(), options::toString);
            assertEquals(404, attacker.post("/attestation/result", "{}").status());
            assertEquals(404, attacker.post("/assertion/options", "{\"username\":\"" + VICTIM + "\"}").status());
            assertEquals(404, attacker.post("/assertion/result", "{}").status());

            assertEquals(0, site.passkeyCount());
            assertEquals(401, attacker.get("/api/me").status());
        }
    }

    @Test
    void withTheConformanceApiOnItsUsersLiveApartAndTheStrangersPasskeySignsInToNoOnboardingAccount()
            throws Exception {
        try (Site site = Site.start(RpSettings.defaults().withConformanceApi(true))) {
            Browser victim = site.signUp(VICTIM);
            Browser attacker = site.browser();
            Device attackersKey = Device.of(Profiles.SECURITY_KEY, 666);

            // the conformance API serves its own users: this makes a conformance user of that name, nothing more
            Browser.Answer options = attacker.post("/attestation/options", creationRequest());
            assertEquals(200, options.status(), options::toString);
            assertEquals(0, options.json().path("excludeCredentials").size(), options::toString);
            Browser.Answer result = attacker.post("/attestation/result",
                    attackersKey.create(attacker.origin(), options.body()));
            assertEquals(200, result.status(), result::toString);

            // the victim's account did not get it
            assertEquals(0, victim.get("/api/me").json().path("passkeyCount").asInt());
            assertEquals(0, victim.get("/api/passkeys").json().path("passkeys").size());

            // discoverable sign-in through the onboarding API: the credential is unknown there
            Browser.Answer discoverable = site.signIn(attacker, attackersKey);
            assertEquals(400, discoverable.status(), discoverable::toString);
            assertEquals("unknown-credential", discoverable.rule(), discoverable::toString);
            assertEquals(401, attacker.get("/api/me").status());

            // username-first through the onboarding API: the victim has no passkey, and the options do not say so
            Browser.Answer usernameFirst = attacker.post("/api/passkeys/authentication/options",
                    "{\"email\":\"" + VICTIM + "\"}");
            assertEquals(200, usernameFirst.status(), usernameFirst::toString);
            assertEquals(1, usernameFirst.json().path("allowCredentials").size(), usernameFirst::toString);
            WebAuthnClientException none = assertThrows(WebAuthnClientException.class,
                    () -> attackersKey.get(attacker.origin(), usernameFirst.body()));
            assertEquals(DomExceptionName.NotAllowedError, none.name());
            assertEquals(401, attacker.get("/api/me").status());
            assertNotEquals(VICTIM, attacker.get("/api/me").json().path("email").asString(""));

            // and the conformance API signs its own user in, not the onboarding account
            Browser.Answer request = attacker.post("/assertion/options", "{\"username\":\"" + VICTIM + "\"}");
            assertEquals(200, request.status(), request::toString);
            Browser.Answer assertion = attacker.post("/assertion/result",
                    attackersKey.get(attacker.origin(), request.body()));
            assertEquals(200, assertion.status(), assertion::toString);
            assertEquals(401, attacker.get("/api/me").status());
        }
    }

    private static String creationRequest() {
        return """
                {"username":"%s","displayName":"Victim","attestation":"none",
                 "authenticatorSelection":{"residentKey":"required","userVerification":"preferred"}}"""
                .formatted(VICTIM);
    }
}
