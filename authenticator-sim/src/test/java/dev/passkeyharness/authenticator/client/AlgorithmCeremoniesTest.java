package dev.passkeyharness.authenticator.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.RegistrationData;
import dev.passkeyharness.authenticator.attestation.AttestationFormat;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.crypto.Sha256;
import dev.passkeyharness.authenticator.ctap.Ctap2Authenticator;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.profile.Profiles;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.List;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A registration and a sign-in through the client for each algorithm a check can name. */
class AlgorithmCeremoniesTest {

    @ParameterizedTest
    @EnumSource(value = CoseAlgorithm.class, mode = EnumSource.Mode.EXCLUDE, names = "ES256K") // webauthn4j lacks secp256k1
    void webauthn4jVerifiesRegistrationAndSignIn(CoseAlgorithm algorithm) throws Exception {
        WebAuthnClient client = client(algorithm);
        RegistrationResponse registration = client.create(creation(algorithm));
        assertEquals(algorithm.coseId(), registration.publicKeyAlgorithm());
        RegistrationData registered = Rp.verifyRegistration(registration.toJson(), OptionsFixtures.CHALLENGE, false);
        assertEquals(algorithm.coseId(), registered.getAttestationObject().getAuthenticatorData()
                .getAttestedCredentialData().getCOSEKey().getAlgorithm().getValue());
        CredentialRecordImpl record = Rp.record(registered);
        AuthenticationResponse assertion = client.get(OptionsFixtures.request(
                OptionsFixtures.descriptor(registration.id().base64Url()), "preferred"));
        Rp.verifyAuthentication(assertion.toJson(), OptionsFixtures.CHALLENGE, record);
    }

    @Test
    void es256kAssertionVerifiesAgainstTheRegisteredPublicKey() throws Exception {
        WebAuthnClient client = client(CoseAlgorithm.ES256K);
        RegistrationResponse registration = client.create(creation(CoseAlgorithm.ES256K));
        assertEquals(-47L, registration.publicKeyAlgorithm());
        AuthenticationResponse assertion = client.get(OptionsFixtures.request(
                OptionsFixtures.descriptor(registration.id().base64Url()), "preferred"));
        // WebAuthn L3 §7.2 step 21, done by hand: sig over authenticatorData ‖ SHA-256(clientDataJSON)
        BouncyCastleProvider bc = new BouncyCastleProvider();
        Signature verifier = Signature.getInstance("SHA256withECDSA", bc);
        verifier.initVerify(KeyFactory.getInstance("EC", bc)
                .generatePublic(new X509EncodedKeySpec(registration.publicKey().toByteArray())));
        verifier.update(Bytes.concat(assertion.authenticatorData().toByteArray(),
                Sha256.of(assertion.clientDataJSON()).toByteArray()).toByteArray());
        assertTrue(verifier.verify(assertion.signature().toByteArray()));
    }

    private static WebAuthnClient client(CoseAlgorithm algorithm) {
        Ctap2Authenticator authenticator = Ctap2Authenticator.builder().seed(5)
                .profile(Profiles.SECURITY_KEY.withAlgorithms(List.of(algorithm))
                        .withAttestation(AttestationFormat.PACKED_SELF))
                .build();
        return WebAuthnClient.of(authenticator, Rp.ORIGIN);
    }

    private static String creation(CoseAlgorithm algorithm) {
        return OptionsFixtures.creation("{\"residentKey\":\"discouraged\"}", "")
                .replace("{\"type\":\"public-key\",\"alg\":-7},{\"type\":\"public-key\",\"alg\":-257}",
                        "{\"type\":\"public-key\",\"alg\":" + algorithm.coseId() + "}");
    }
}
