package dev.passkeyharness.rp.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A registered public key credential, as the RP stores it after WebAuthn L3 §7.1 step 27.
 *
 * @param credentialId base64url of the credential ID
 * @param publicKeyCose the credential public key as a COSE_Key (CBOR bytes)
 * @param aaguid the AAGUID as a UUID string
 * @param attestationFormat the fmt of the registration's attestation statement
 */
public record Passkey(
        String credentialId,
        long accountId,
        byte[] publicKeyCose,
        long signCount,
        String aaguid,
        List<String> transports,
        boolean uvInitialized,
        boolean backupEligible,
        boolean backupState,
        String attestationFormat,
        Instant createdAt,
        Instant lastUsedAt,
        String name) {

    public Passkey {
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(publicKeyCose, "publicKeyCose");
        Objects.requireNonNull(aaguid, "aaguid");
        Objects.requireNonNull(attestationFormat, "attestationFormat");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(name, "name");
        publicKeyCose = publicKeyCose.clone();
        transports = transports == null ? List.of() : List.copyOf(transports);
    }

    @Override
    public byte[] publicKeyCose() {
        return publicKeyCose.clone();
    }

    /** The state after an accepted assertion: new counter, current backup state, time of use (WebAuthn L3 §7.2 step 27). */
    public Passkey afterSignIn(long newSignCount, boolean newBackupState, boolean uv, Instant usedAt) {
        return new Passkey(credentialId, accountId, publicKeyCose, newSignCount, aaguid, transports, uvInitialized || uv,
                backupEligible, newBackupState, attestationFormat, createdAt, usedAt, name);
    }

    public Passkey withName(String newName) {
        return new Passkey(credentialId, accountId, publicKeyCose, signCount, aaguid, transports, uvInitialized,
                backupEligible, backupState, attestationFormat, createdAt, lastUsedAt, newName);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Passkey p && credentialId.equals(p.credentialId) && accountId == p.accountId
                && java.util.Arrays.equals(publicKeyCose, p.publicKeyCose) && signCount == p.signCount
                && aaguid.equals(p.aaguid) && transports.equals(p.transports) && uvInitialized == p.uvInitialized
                && backupEligible == p.backupEligible && backupState == p.backupState
                && attestationFormat.equals(p.attestationFormat) && createdAt.equals(p.createdAt)
                && Objects.equals(lastUsedAt, p.lastUsedAt) && name.equals(p.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(credentialId, accountId, signCount);
    }
}
