package dev.passkeyharness.authenticator.attestation;

import dev.passkeyharness.authenticator.crypto.CredentialKeyPair;
import dev.passkeyharness.authenticator.data.Bytes;
import java.util.Objects;

/** An attestation key with the leaf certificate the attestation CA issued for it (DER). */
public record IssuedAttestationKey(CredentialKeyPair key, Bytes certificate) {

    public IssuedAttestationKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(certificate, "certificate");
    }
}
