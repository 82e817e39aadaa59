package dev.passkeyharness.authenticator.attestation;

import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.crypto.CredentialKeyPair;
import dev.passkeyharness.authenticator.crypto.KeyPairGeneration;
import java.security.SecureRandom;

/** The key a credential-bound leaf certificate (android-key, apple) certifies: the credential key, unless tampered. */
final class LeafKeys {

    private LeafKeys() {
    }

    /** The credential key, or with {@link FormatEdits#certifyOtherKey()} a fresh P-256 key (cheap to make). */
    static CredentialKeyPair certified(CredentialKeyPair credential, FormatEdits edits, SecureRandom random) {
        return edits.certifyOtherKey() ? KeyPairGeneration.generate(CoseAlgorithm.ES256, random) : credential;
    }
}
