package dev.passkeyharness.rp.webauthn;

import dev.passkeyharness.rp.model.Passkey;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The outcome of a registration ceremony (WebAuthn L3 §7.1). */
public sealed interface RegistrationResult {

    /**
     * A credential to store (WebAuthn L3 §7.1 step 27).
     *
     * @param accountId the account the registration's challenge was issued for
     * @param credentialId base64url of the credential ID
     * @param publicKeyCose the credential public key as a COSE_Key
     * @param aaguid the AAGUID as a UUID string
     * @param attestationFormat the fmt of the attestation statement
     */
    record Accepted(long accountId, String credentialId, byte[] publicKeyCose, long signCount, String aaguid, List<String> transports,
            boolean uvInitialized, boolean backupEligible, boolean backupState, String attestationFormat)
            implements RegistrationResult {

        public Accepted {
            Objects.requireNonNull(credentialId, "credentialId");
            publicKeyCose = publicKeyCose.clone();
            Objects.requireNonNull(aaguid, "aaguid");
            transports = List.copyOf(transports);
            Objects.requireNonNull(attestationFormat, "attestationFormat");
        }

        @Override
        public byte[] publicKeyCose() {
            return publicKeyCose.clone();
        }

        /** The record to store for the account. */
        public Passkey toPasskey(Instant createdAt, String name) {
            return new Passkey(credentialId, accountId, publicKeyCose, signCount, aaguid, transports, uvInitialized,
                    backupEligible, backupState, attestationFormat, createdAt, null, name);
        }
    }

    /** The ceremony failed {@code rule}; nothing is to be stored. */
    record Rejected(Rule rule, String message) implements RegistrationResult {
        public Rejected {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(message, "message");
        }
    }
}
