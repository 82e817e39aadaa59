package dev.passkeyharness.authenticator.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.webauthn4j.data.RegistrationData;
import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.ctap.Ctap2Authenticator;
import dev.passkeyharness.authenticator.profile.Profiles;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SubjectPublicKeyInfosTest {

    @ParameterizedTest
    @EnumSource(value = CoseAlgorithm.class, mode = EnumSource.Mode.EXCLUDE, names = "ES256K") // webauthn4j lacks secp256k1
    void publicKeyIsTheSpkiOfTheCredentialKey(CoseAlgorithm algorithm) throws Exception {
        Ctap2Authenticator authenticator = Ctap2Authenticator.builder().seed(3)
                .profile(Profiles.SECURITY_KEY.withAlgorithms(List.of(algorithm))).build();
        String options = OptionsFixtures.creation("{}", "")
                .replace("{\"type\":\"public-key\",\"alg\":-7},{\"type\":\"public-key\",\"alg\":-257}",
                        "{\"type\":\"public-key\",\"alg\":" + algorithm.coseId() + "}");
        RegistrationResponse registration = WebAuthnClient.of(authenticator, Rp.ORIGIN).create(options);
        RegistrationData verified = Rp.verifyRegistration(registration.toJson(), OptionsFixtures.CHALLENGE, false);
        byte[] expected = verified.getAttestationObject().getAuthenticatorData().getAttestedCredentialData()
                .getCOSEKey().getPublicKey().getEncoded();
        assertArrayEquals(expected, registration.publicKey().toByteArray());
        assertEquals(algorithm.coseId(), registration.publicKeyAlgorithm());
    }

    @Test
    void unknownKeyTypeHasNoSpki() {
        var key = Cbor.map().put(1, Cbor.integer(4)).put(-1, Cbor.bytes(new byte[16])).build();
        assertTrue(SubjectPublicKeyInfos.fromCoseKey(key).isEmpty());
    }
}
