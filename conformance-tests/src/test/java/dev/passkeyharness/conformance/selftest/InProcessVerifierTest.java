package dev.passkeyharness.conformance.selftest;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.Bytes;
import dev.passkeyharness.authenticator.ctap.Ctap2Authenticator;
import org.junit.jupiter.api.Test;

class InProcessVerifierTest {

    private final InProcessVerifier verifier = new InProcessVerifier(SelfTestOptions.RP_ID, SelfTestOptions.ORIGIN,
            Ctap2Authenticator.builder().seed(1).build().attestationCa().rootCertificate());

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
}
