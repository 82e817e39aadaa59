package dev.passkeyharness.rp.webauthn;

import static dev.passkeyharness.rp.webauthn.Assertions2.accepted;
import static dev.passkeyharness.rp.webauthn.Assertions2.rejected;

import dev.passkeyharness.authenticator.attestation.AttestationCa;
import dev.passkeyharness.authenticator.attestation.AttestationFormat;
import dev.passkeyharness.authenticator.profile.Profiles;
import dev.passkeyharness.rp.model.Account;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** One negative registration per rule; each breaks only that rule (WebAuthn L3 §7.1). */
class RegistrationVerifierTest {

    private final TestRp rp = new TestRp(TestRp.defaultPolicy());
    private final Device device = Device.of(Profiles.SECURITY_KEY, 21, Device.ca(31));
    private final Account alice = rp.account("alice@example.com");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "clientData.challenge.wrong, CHALLENGE",
            "clientData.origin.wrong, ORIGIN",
            "clientData.origin.http, ORIGIN",
            "clientData.type.swapped, TYPE",
            "clientData.crossOrigin.true, CROSS_ORIGIN",
            "clientData.topOrigin.foreign, CROSS_ORIGIN",
            "authData.rpIdHash.wrong, RP_ID_HASH",
            "authData.flags.up.cleared, USER_PRESENT",
            "authData.flags.bs-without-be, BACKUP_FLAGS",
            "authData.credentialId.oversize, CREDENTIAL_ID_TOO_LONG",
            "attStmt.fmt.unknown, ATTESTATION_FORMAT",
            "attStmt.sig.missing, ATTESTATION_STATEMENT",
            "attStmt.alg.mismatch, ATTESTATION_STATEMENT",
            "attStmt.x5c.root-included, ATTESTATION_STATEMENT",
            "attStmt.x5c.intermediate-expired, ATTESTATION_STATEMENT",
            "attStmt.sig.credential-key, ATTESTATION_STATEMENT",
            "encoding.credentialId.mismatch, CREDENTIAL_ID_MISMATCH",
    })
    void tamperingBreaksItsRule(String tampering, Rule expected) throws Exception {
        rejected(expected, rp.register(device.client(tampering), alice));
        rp.passkeysOf(alice).forEach(p -> { throw new AssertionError("stored after a failed ceremony"); });
    }

    @Test
    void uvClearedWhenRequiredBreaksUserVerified() throws Exception {
        TestRp strict = new TestRp(TestRp.defaultPolicy().withUserVerification(UserVerification.REQUIRED));
        Account bob = strict.account("bob@example.com");
        rejected(Rule.USER_VERIFIED, strict.register(device.client("authData.flags.uv.cleared"), bob));
    }

    @Test
    void uvClearedWhenPreferredIsAccepted() throws Exception {
        accepted(rp.register(device.client("authData.flags.uv.cleared"), alice));
    }

    @Test
    void algorithmNotOfferedBreaksAlgorithm() throws Exception {
        TestRp es256Only = new TestRp(TestRp.defaultPolicy().withAlgorithms(List.of(-7L)));
        Account bob = es256Only.account("bob@example.com");
        rejected(Rule.ALGORITHM, es256Only.register(device.client("authData.alg.unrequested"), bob));
    }

    @Test
    void replayedRegistrationBreaksChallengeReplayed() throws Exception {
        String response = rp.registrationResponse(device.client(), alice, "s1",
                CreationRequest.defaults(alice.username(), alice.displayName()));
        accepted(rp.verifyRegistration(response, "s1", alice));
        rejected(Rule.CHALLENGE_REPLAYED, rp.verifyRegistration(response, "s1", alice));
    }

    @Test
    void expiredChallengeBreaksChallengeExpired() throws Exception {
        String response = rp.registrationResponse(device.client(), alice, "s1",
                CreationRequest.defaults(alice.username(), alice.displayName()));
        rp.clock.advance(RelyingPartyPolicy.DEFAULT_CHALLENGE_TIMEOUT.plus(Duration.ofSeconds(1)));
        rejected(Rule.CHALLENGE_EXPIRED, rp.verifyRegistration(response, "s1", alice));
    }

    @Test
    void challengeOfAnotherSessionBreaksChallengeSession() throws Exception {
        String response = rp.registrationResponse(device.client(), alice, "s1",
                CreationRequest.defaults(alice.username(), alice.displayName()));
        rejected(Rule.CHALLENGE_SESSION, rp.verifyRegistration(response, "s2", alice));
    }

    @Test
    void credentialIdRegisteredBeforeBreaksDuplicateCredential() throws Exception {
        accepted(rp.register(device.client(), alice));
        // the same seed makes the same credential on a fresh device
        Device twin = Device.of(Profiles.SECURITY_KEY, 21, Device.ca(31));
        Account bob = rp.account("bob@example.com");
        rejected(Rule.DUPLICATE_CREDENTIAL, rp.register(twin.client(), bob));
    }

    @Test
    void selfAttestationWhenTrustIsRequiredBreaksAttestationUntrusted() throws Exception {
        AttestationCa ca = Device.ca(32);
        TestRp trusting = new TestRp(TestRp.defaultPolicy().withTrustedAttestation(List.of(Device.root(ca))));
        Device self = Device.of(Profiles.SECURITY_KEY.withAttestation(AttestationFormat.PACKED_SELF), 22, ca);
        rejected(Rule.ATTESTATION_UNTRUSTED, trusting.register(self.client(), trusting.account("bob@example.com")));
    }

    @Test
    void noneAttestationWhenTrustIsRequiredBreaksAttestationUntrusted() throws Exception {
        AttestationCa ca = Device.ca(33);
        TestRp trusting = new TestRp(TestRp.defaultPolicy().withTrustedAttestation(List.of(Device.root(ca))));
        Device none = Device.of(Profiles.PLATFORM_SYNCED, 23, ca);
        rejected(Rule.ATTESTATION_UNTRUSTED, trusting.register(none.client(), trusting.account("bob@example.com")));
    }

    @Test
    void chainToAnotherRootBreaksAttestationUntrusted() throws Exception {
        TestRp trusting = new TestRp(TestRp.defaultPolicy().withTrustedAttestation(List.of(Device.root(Device.ca(34)))));
        Device foreign = Device.of(Profiles.SECURITY_KEY, 24, Device.ca(35));
        rejected(Rule.ATTESTATION_UNTRUSTED, trusting.register(foreign.client(), trusting.account("bob@example.com")));
    }

    @Test
    void untrustedChainIsAcceptedWhenTrustIsNotRequired() throws Exception {
        accepted(rp.register(Device.of(Profiles.SECURITY_KEY, 25, Device.ca(36)).client(), alice));
    }

    @Test
    void garbageIsMalformedNotAnException() {
        rejected(Rule.MALFORMED, rp.registrations.verify("{", rp.store, "s1", rp.policy, id -> false));
        rejected(Rule.MALFORMED, rp.registrations.verify("[]", rp.store, "s1", rp.policy, id -> false));
        rejected(Rule.MALFORMED, rp.registrations.verify(
                "{\"id\":\"AA\",\"response\":{\"clientDataJSON\":\"***\"}}", rp.store, "s1", rp.policy, id -> false));
    }
}
