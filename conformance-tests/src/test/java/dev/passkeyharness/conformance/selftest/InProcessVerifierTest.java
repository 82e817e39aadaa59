package dev.passkeyharness.conformance.selftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.attestation.AttestationFormat;
import dev.passkeyharness.authenticator.client.WebAuthnClient;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.crypto.DeterministicRandom;
import dev.passkeyharness.authenticator.ctap.Ctap2Authenticator;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.profile.AuthenticatorProfile;
import dev.passkeyharness.authenticator.profile.Profiles;
import org.junit.jupiter.api.Test;

class InProcessVerifierTest {

    private final InProcessVerifier verifier = verifierTrusting(Ctap2Authenticator.builder().seed(1).build());

    private static InProcessVerifier verifierTrusting(Ctap2Authenticator device) {
        return new InProcessVerifier(SelfTestOptions.RP_ID, SelfTestOptions.ORIGIN,
                device.attestationCa().rootCertificate());
    }

    private static Ctap2Authenticator device(AuthenticatorProfile profile, long seed) {
        return Ctap2Authenticator.builder().profile(profile).seed(seed).build();
    }

    @Test
    void registrationThatIsNotJsonIsRejected() {
        VerificationFailure e = assertThrows(VerificationFailure.class,
                () -> verifier.verifyRegistration("not json", Bytes.fromHex("00")));
        assertTrue(e.getMessage().startsWith("registration rejected: "), e.getMessage());
    }

    @Test
    void registrationWithoutAttestationObjectIsRejected() {
        String json = "{\"id\":\"AAAA\",\"rawId\":\"AAAA\",\"type\":\"public-key\",\"response\":"
                + "{\"clientDataJSON\":\"e30\"},\"clientExtensionResults\":{}}";
        assertThrows(VerificationFailure.class, () -> verifier.verifyRegistration(json, Bytes.fromHex("00")));
    }

    @Test
    void aTrustedRootThatIsNotACertificateIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new InProcessVerifier("example.com", "https://example.com", Bytes.fromHex("3000")));
    }

    @Test
    void fullAttestationIsTrustedOnlyWhenItsChainEndsAtTheGivenRoot() throws VerificationFailure {
        Ctap2Authenticator device = device(Profiles.SECURITY_KEY, 7);
        Ctap2Authenticator stranger = device(Profiles.SECURITY_KEY, 8);
        assertNotEquals(device.attestationCa().rootCertificate(), stranger.attestationCa().rootCertificate());
        SelfTestOptions.Issued creation = new SelfTestOptions(new DeterministicRandom(7, "relying-party"))
                .creation(CoseAlgorithm.ES256);
        String registration = register(device, creation);

        VerifiedCredential credential = verifierTrusting(device).verifyRegistration(registration, creation.challenge());
        VerificationFailure refused = assertThrows(VerificationFailure.class,
                () -> verifierTrusting(stranger).verifyRegistration(registration, creation.challenge()));

        assertEquals("packed", credential.fmt());
        assertTrue(credential.hasCertificateChain());
        assertTrue(refused.getMessage().startsWith("registration rejected: "), refused.getMessage());
    }

    @Test
    void selfAttestationIsAcceptedWhateverTheRoot() throws VerificationFailure {
        Ctap2Authenticator device = device(Profiles.SECURITY_KEY.withAttestation(AttestationFormat.PACKED_SELF), 9);
        SelfTestOptions.Issued creation = new SelfTestOptions(new DeterministicRandom(9, "relying-party"))
                .creation(CoseAlgorithm.ES256);

        VerifiedCredential credential = verifier.verifyRegistration(register(device, creation), creation.challenge());

        assertEquals("packed", credential.fmt());
        assertFalse(credential.hasCertificateChain());
    }

    private static String register(Ctap2Authenticator device, SelfTestOptions.Issued creation) {
        try {
            return WebAuthnClient.of(device, SelfTestOptions.ORIGIN).create(creation.json()).toJson();
        } catch (Exception e) {
            throw new AssertionError("the client refused the creation options", e);
        }
    }
}
