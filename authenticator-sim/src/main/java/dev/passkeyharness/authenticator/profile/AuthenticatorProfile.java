package dev.passkeyharness.authenticator.profile;

import dev.passkeyharness.authenticator.attestation.AttestationFormat;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.data.Bytes;
import java.util.List;
import java.util.Objects;

/**
 * What a simulated device is and does. getInfo is derived from it, never written by hand.
 *
 * @param attachment "platform" or "cross-platform" (WebAuthn L3 §5.4.5)
 * @param algorithms the algorithms the device can create; the RP's pubKeyCredParams order decides among them
 * @param residentKeys whether discoverable credentials can be stored (getInfo option rk)
 * @param alwaysDiscoverable whether every credential is made discoverable, as platform passkey providers do
 * @param discoverableCredentialCapacity how many discoverable credentials fit in the device's storage (CTAP 2.1
 *     §6.1.2: beyond it, CTAP2_ERR_KEY_STORE_FULL); meaningless without residentKeys
 * @param userVerification whether a built-in user verification method exists (getInfo option uv)
 */
public record AuthenticatorProfile(
        String name,
        Bytes aaguid,
        String vendorName,
        String attachment,
        List<String> transports,
        List<CoseAlgorithm> algorithms,
        AttestationFormat attestation,
        boolean residentKeys,
        boolean alwaysDiscoverable,
        int discoverableCredentialCapacity,
        boolean userVerification,
        CounterMode counterMode,
        boolean backupEligible,
        boolean backupState) {

    public AuthenticatorProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(aaguid, "aaguid");
        Objects.requireNonNull(attachment, "attachment");
        Objects.requireNonNull(attestation, "attestation");
        Objects.requireNonNull(counterMode, "counterMode");
        transports = List.copyOf(transports);
        algorithms = List.copyOf(algorithms);
        if (aaguid.length() != 16) {
            throw new IllegalArgumentException("aaguid must be 16 bytes");
        }
        if (discoverableCredentialCapacity < 0) {
            throw new IllegalArgumentException("discoverableCredentialCapacity must not be negative");
        }
        if (algorithms.isEmpty()) {
            throw new IllegalArgumentException("a profile needs at least one algorithm");
        }
        if (backupState && !backupEligible) {
            // WebAuthn L3 §6.1.3: BS may be set only when BE is set
            throw new IllegalArgumentException("backupState requires backupEligible");
        }
        if (!attestation.algorithms().isEmpty() && !attestation.algorithms().containsAll(algorithms)) {
            // WebAuthn L3 §8.3, §8.4, §8.6, §8.8: each of these formats attests only some key types
            throw new IllegalArgumentException(attestation.cliName() + " attestation supports "
                    + attestation.algorithms().stream().map(CoseAlgorithm::jwaName).toList() + " only");
        }
    }

    public AuthenticatorProfile withAlgorithms(List<CoseAlgorithm> newAlgorithms) {
        return new AuthenticatorProfile(name, aaguid, vendorName, attachment, transports, newAlgorithms, attestation,
                residentKeys, alwaysDiscoverable, discoverableCredentialCapacity, userVerification, counterMode, backupEligible, backupState);
    }

    /**
     * This profile with another attestation format, keeping those of its algorithms the format can attest; throws
     * {@link IllegalArgumentException} when none is left.
     */
    public AuthenticatorProfile withAttestation(AttestationFormat newAttestation) {
        Bytes newAaguid = newAttestation == AttestationFormat.FIDO_U2F ? Bytes.of(new byte[16]) : aaguid;
        List<CoseAlgorithm> attestable = newAttestation.algorithms().isEmpty() ? algorithms
                : algorithms.stream().filter(newAttestation.algorithms()::contains).toList();
        if (attestable.isEmpty()) {
            throw new IllegalArgumentException(newAttestation.cliName() + " attestation supports "
                    + newAttestation.algorithms().stream().map(CoseAlgorithm::jwaName).toList() + " only");
        }
        return new AuthenticatorProfile(name, newAaguid, vendorName, attachment, transports, attestable,
                newAttestation, residentKeys, alwaysDiscoverable, discoverableCredentialCapacity, userVerification,
                counterMode, backupEligible, backupState);
    }

    /** The same device under another model's AAGUID, e.g. one a metadata BLOB says something particular about. */
    public AuthenticatorProfile withAaguid(Bytes newAaguid) {
        return new AuthenticatorProfile(name, newAaguid, vendorName, attachment, transports, algorithms, attestation,
                residentKeys, alwaysDiscoverable, discoverableCredentialCapacity, userVerification, counterMode, backupEligible, backupState);
    }

    public AuthenticatorProfile withCounterMode(CounterMode newCounterMode) {
        return new AuthenticatorProfile(name, aaguid, vendorName, attachment, transports, algorithms, attestation,
                residentKeys, alwaysDiscoverable, discoverableCredentialCapacity, userVerification, newCounterMode, backupEligible, backupState);
    }

    public AuthenticatorProfile withBackup(boolean newBackupEligible, boolean newBackupState) {
        return new AuthenticatorProfile(name, aaguid, vendorName, attachment, transports, algorithms, attestation,
                residentKeys, alwaysDiscoverable, discoverableCredentialCapacity, userVerification, counterMode, newBackupEligible, newBackupState);
    }

    public AuthenticatorProfile withUserVerification(boolean newUserVerification) {
        return new AuthenticatorProfile(name, aaguid, vendorName, attachment, transports, algorithms, attestation,
                residentKeys, alwaysDiscoverable, discoverableCredentialCapacity, newUserVerification, counterMode, backupEligible, backupState);
    }

    public AuthenticatorProfile withResidentKeys(boolean newResidentKeys, boolean newAlwaysDiscoverable) {
        return new AuthenticatorProfile(name, aaguid, vendorName, attachment, transports, algorithms, attestation,
                newResidentKeys, newAlwaysDiscoverable, discoverableCredentialCapacity, userVerification, counterMode, backupEligible, backupState);
    }

    public AuthenticatorProfile withDiscoverableCredentialCapacity(int newCapacity) {
        return new AuthenticatorProfile(name, aaguid, vendorName, attachment, transports, algorithms, attestation,
                residentKeys, alwaysDiscoverable, newCapacity, userVerification, counterMode, backupEligible,
                backupState);
    }
}
