package dev.passkeyharness.authenticator.attestation;

import dev.passkeyharness.authenticator.crypto.CredentialKeyPair;
import dev.passkeyharness.authenticator.data.AuthenticatorData;
import dev.passkeyharness.authenticator.data.Bytes;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * What a statement format needs to attest one new credential.
 *
 * @param certificateTamper applied to the leaf certificate spec before it is issued; null means identity
 * @param deviceAaguid the AAGUID the device's attestation certificate names; null means the one in authenticator
 *     data (a tampering may change that one, the certificate keeps the device's own)
 * @param formatFaults faults inside format-specific structures; null means none
 */
public record AttestationInput(
        AuthenticatorData authenticatorData,
        Bytes clientDataHash,
        CredentialKeyPair credentialKey,
        SecureRandom random,
        UnaryOperator<AttestationCertificateSpec> certificateTamper,
        Bytes deviceAaguid,
        FormatFaults formatFaults) {

    public AttestationInput {
        Objects.requireNonNull(authenticatorData, "authenticatorData");
        Objects.requireNonNull(clientDataHash, "clientDataHash");
        Objects.requireNonNull(credentialKey, "credentialKey");
        Objects.requireNonNull(random, "random");
        certificateTamper = certificateTamper == null ? UnaryOperator.identity() : certificateTamper;
        if (deviceAaguid == null && authenticatorData.attestedCredentialData() != null) {
            deviceAaguid = authenticatorData.attestedCredentialData().aaguid();
        }
        formatFaults = formatFaults == null ? FormatFaults.NONE : formatFaults;
    }

    /** An input with the device's AAGUID and no format-specific faults. */
    public AttestationInput(AuthenticatorData authenticatorData, Bytes clientDataHash, CredentialKeyPair credentialKey,
            SecureRandom random, UnaryOperator<AttestationCertificateSpec> certificateTamper, Bytes deviceAaguid) {
        this(authenticatorData, clientDataHash, credentialKey, random, certificateTamper, deviceAaguid, null);
    }

    /** An input whose certificate names the AAGUID found in the authenticator data. */
    public AttestationInput(AuthenticatorData authenticatorData, Bytes clientDataHash, CredentialKeyPair credentialKey,
            SecureRandom random, UnaryOperator<AttestationCertificateSpec> certificateTamper) {
        this(authenticatorData, clientDataHash, credentialKey, random, certificateTamper, null, null);
    }

    /** An input whose certificate is issued as specified. */
    public AttestationInput(AuthenticatorData authenticatorData, Bytes clientDataHash, CredentialKeyPair credentialKey,
            SecureRandom random) {
        this(authenticatorData, clientDataHash, credentialKey, random, UnaryOperator.identity(), null, null);
    }

    /** authenticatorData ‖ clientDataHash, the bytes a packed statement signs (WebAuthn L3 §8.2). */
    Bytes signedData() {
        return Bytes.concat(authenticatorData.encode().toByteArray(), clientDataHash.toByteArray());
    }
}
