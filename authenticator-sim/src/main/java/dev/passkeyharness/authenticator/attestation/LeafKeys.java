package dev.passkeyharness.authenticator.attestation;

import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.crypto.CredentialKeyPair;
import dev.passkeyharness.authenticator.crypto.KeyPairGeneration;
import java.security.SecureRandom;

/** The key a credential-bound leaf certificate (android-key, apple) certifies: the credential key, unless tampered. */
public final class LeafKeys {

    private LeafKeys() {
    }

    /** The fault the formats with a credential-bound leaf take. */
    public enum Fault implements FormatFault {
        /**
         * The leaf certifies (and, where the format signs with it, signs with) a key other than the credential key
         * (WebAuthn L3 §8.4, §8.8: the leaf key must be the credential public key).
         */
        CERTIFY_OTHER_KEY
    }

    /** The credential key, or with {@link Fault#CERTIFY_OTHER_KEY} a fresh P-256 key (cheap to make). */
    static CredentialKeyPair certified(CredentialKeyPair credential, FormatFaults faults, SecureRandom random) {
        return faults.contains(Fault.CERTIFY_OTHER_KEY) ? KeyPairGeneration.generate(CoseAlgorithm.ES256, random)
                : credential;
    }
}
