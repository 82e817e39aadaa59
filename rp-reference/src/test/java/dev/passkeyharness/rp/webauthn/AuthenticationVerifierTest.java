package dev.passkeyharness.rp.webauthn;

import static dev.passkeyharness.rp.webauthn.Assertions2.accepted;
import static dev.passkeyharness.rp.webauthn.Assertions2.rejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.profile.Profiles;
import dev.passkeyharness.rp.model.Account;
import dev.passkeyharness.rp.model.Passkey;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One negative sign-in per rule after a clean registration; each breaks only that rule (WebAuthn L3 §7.2). */
class AuthenticationVerifierTest {

    private final TestRp rp = new TestRp(TestRp.defaultPolicy());
    private final Device device = Device.of(Profiles.SECURITY_KEY, 41, Device.ca(51));
    private final Account alice = rp.account("alice@example.com");

    @BeforeEach
    void register() throws Exception {
        accepted(rp.register(device.client(), alice));
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
    })
    void tamperingBreaksItsRule(String tampering, Rule expected) throws Exception {
        Passkey before = rp.passkeysOf(alice).get(0);
        rejected(expected, rp.signIn(device.client(tampering), null));
        assertEquals(before, rp.passkeysOf(alice).get(0), "nothing is updated after a failed ceremony");
    }

    @Test
    void uvClearedWhenRequiredBreaksUserVerified() throws Exception {
        TestRp strict = new TestRp(TestRp.defaultPolicy().withUserVerification(UserVerification.REQUIRED));
        Device other = Device.of(Profiles.SECURITY_KEY, 42, Device.ca(52));
        Account bob = strict.account("bob@example.com");
        accepted(strict.register(other.client(), bob));
        rejected(Rule.USER_VERIFIED, strict.signIn(other.client("authData.flags.uv.cleared"), bob));
    }

    @Test
    void counterRollbackBreaksCounter() throws Exception {
        AuthenticationResult.Accepted first = accepted(rp.signIn(device.client(), alice));
        assertTrue(first.passkey().signCount() > 0);
        AuthenticationResult result = rp.signIn(device.client("authData.counter.rollback"), alice);
        rejected(Rule.COUNTER, result);
        assertTrue(((AuthenticationResult.Rejected) result).message().contains("possibly cloned authenticator"));
    }

    @Test
    void unknownCredentialBreaksUnknownCredential() throws Exception {
        rp.passkeys.clear();
        rejected(Rule.UNKNOWN_CREDENTIAL, rp.signIn(device.client(), null));
    }

    @Test
    void credentialOutsideAllowCredentialsBreaksCredentialNotAllowed() throws Exception {
        Device bobs = Device.of(Profiles.SECURITY_KEY, 43, Device.ca(53));
        Account bob = rp.account("bob@example.com");
        accepted(rp.register(bobs.client(), bob));
        // the RP asked for alice's credentials; a client shows an empty list and bob's key answers
        String response = rp.authenticationResponse(bobs.client(), alice, rp.passkeysOf(alice), List.of(), "s1");
        rejected(Rule.CREDENTIAL_NOT_ALLOWED, rp.verifyAuthentication(response, "s1"));
    }

    @Test
    void anotherUsersCredentialInUsernameFirstBreaksCredentialNotAllowed() throws Exception {
        Device bobs = Device.of(Profiles.SECURITY_KEY, 44, Device.ca(54));
        Account bob = rp.account("bob@example.com");
        accepted(rp.register(bobs.client(), bob));
        Account carol = rp.account("carol@example.com");
        // carol has no passkey, so allowCredentials is empty; bob's credential must still not sign her in
        String response = rp.authenticationResponse(bobs.client(), carol, List.of(), List.of(), "s1");
        rejected(Rule.CREDENTIAL_NOT_ALLOWED, rp.verifyAuthentication(response, "s1"));
    }

    @Test
    void replayedAssertionBreaksChallengeReplayed() throws Exception {
        String response = rp.authenticationResponse(device.client(), alice, "s1");
        accepted(rp.verifyAuthentication(response, "s1"));
        rejected(Rule.CHALLENGE_REPLAYED, rp.verifyAuthentication(response, "s1"));
    }

    @Test
    void expiredChallengeBreaksChallengeExpired() throws Exception {
        String response = rp.authenticationResponse(device.client(), alice, "s1");
        rp.clock.advance(Duration.ofMinutes(5).plusMillis(1));
        rejected(Rule.CHALLENGE_EXPIRED, rp.verifyAuthentication(response, "s1"));
    }

    @Test
    void challengeOfAnotherSessionBreaksChallengeSession() throws Exception {
        String response = rp.authenticationResponse(device.client(), alice, "s1");
        rejected(Rule.CHALLENGE_SESSION, rp.verifyAuthentication(response, "s2"));
    }

    @Test
    void registrationResponseAtTheAssertionStepBreaksResponseType() throws Exception {
        Account bob = rp.account("bob@example.com");
        String registration = rp.registrationResponse(Device.of(Profiles.SECURITY_KEY, 45, Device.ca(55)).client(), bob,
                "s1", CreationRequest.defaults(bob.username(), bob.displayName()));
        ChallengeStore.Issued issued = rp.store.issue("s1", "192.0.2.1", ChallengeStore.Purpose.AUTHENTICATION,
                new CeremonyContext.Authentication(null, List.of(), UserVerification.PREFERRED));
        rejected(Rule.RESPONSE_TYPE, rp.authentications.verify(registration, issued, rp.policy,
                id -> java.util.Optional.empty(), h -> java.util.Optional.empty()));
    }
}
