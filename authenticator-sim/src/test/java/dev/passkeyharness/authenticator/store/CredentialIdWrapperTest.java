package dev.passkeyharness.authenticator.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.crypto.DeterministicRandom;
import dev.passkeyharness.authenticator.crypto.Sha256;
import dev.passkeyharness.authenticator.data.Bytes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CredentialIdWrapperTest {

    private final CredentialIdWrapper wrapper = new CredentialIdWrapper(Bytes.of(new byte[32]));
    private final Bytes rpIdHash = Sha256.of("example.com");

    @ParameterizedTest
    @EnumSource(CoseAlgorithm.class)
    void everyAlgorithmSurvivesWrapping(CoseAlgorithm algorithm) {
        byte[] seed = new byte[CredentialIdWrapper.KEY_SEED_LENGTH];
        seed[0] = 9;
        Bytes id = wrapper.wrap(algorithm, seed, rpIdHash, new DeterministicRandom(1, "nonce"));
        // only RS1 (-65535) needs the wide layout; the others keep the 63-byte IDs they always had
        assertEquals(algorithm == CoseAlgorithm.RS1 ? CredentialIdWrapper.WRAPPED_LENGTH_WIDE_ALG
                : CredentialIdWrapper.WRAPPED_LENGTH, id.length());
        CredentialIdWrapper.Unwrapped unwrapped = wrapper.unwrap(id, rpIdHash).orElseThrow();
        assertEquals(algorithm, unwrapped.algorithm());
        assertArrayEquals(seed, unwrapped.keySeed());
        assertTrue(wrapper.unwrap(id, Sha256.of("other.example")).isEmpty());
    }
}
