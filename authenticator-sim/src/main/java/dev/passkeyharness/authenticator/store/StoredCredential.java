package dev.passkeyharness.authenticator.store;

import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.crypto.CredentialKeyPair;
import dev.passkeyharness.authenticator.data.Bytes;
import java.util.Objects;

/**
 * A credential the authenticator holds: the fields of the credential state file, which are also those of a
 * Chrome virtual authenticator credential, so a credential moves both ways.
 */
public record StoredCredential(
        Bytes credentialId,
        String rpId,
        Bytes userHandle,
        String userName,
        String userDisplayName,
        CoseAlgorithm alg,
        Bytes privateKey,
        long signCount,
        boolean discoverable,
        boolean backupEligible,
        boolean backupState,
        Bytes aaguid) {

    public StoredCredential {
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(rpId, "rpId");
        Objects.requireNonNull(alg, "alg");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(aaguid, "aaguid");
        if (signCount < 0 || signCount > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("signCount out of range");
        }
        if (discoverable && userHandle == null) {
            throw new IllegalArgumentException("a discoverable credential needs a userHandle");
        }
    }

    public StoredCredential withSignCount(long newSignCount) {
        return new StoredCredential(credentialId, rpId, userHandle, userName, userDisplayName, alg, privateKey,
                newSignCount, discoverable, backupEligible, backupState, aaguid);
    }

    public CredentialKeyPair keyPair() {
        return CredentialKeyPair.fromPkcs8(alg, privateKey);
    }
}
