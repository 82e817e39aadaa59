package dev.passkeyharness.authenticator.attestation;

import co.nstant.in.cbor.model.ByteString;
import co.nstant.in.cbor.model.DataItem;
import co.nstant.in.cbor.model.Map;
import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.cbor.CborFormatException;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.crypto.Signatures;
import dev.passkeyharness.authenticator.data.AttestedCredentialData;
import dev.passkeyharness.authenticator.data.AuthenticatorData;
import dev.passkeyharness.authenticator.data.Bytes;
import java.util.List;
import java.util.Objects;

/**
 * The fido-u2f format (WebAuthn L3 §8.6): an ES256 attestation key signs the U2F registration data; ES256 only. Its
 * x5c holds one certificate, so the attestation certificate is issued by the root.
 */
public final class FidoU2fAttestation implements AttestationStatementFormat {

    // RFC 9052 §7.1 and RFC 9053 §7.1.1 COSE_Key labels and values for an EC2 P-256 key
    private static final long KTY = 1;
    private static final long CRV = -1;
    private static final long X = -2;
    private static final long Y = -3;
    private static final long KTY_EC2 = 2;
    private static final long CRV_P256 = 1;
    private static final int COORDINATE_LENGTH = 32;
    private static final byte UNCOMPRESSED_POINT = 0x04;
    private static final byte RESERVED = 0x00;

    private final String vendorName;
    private final BatchAttestationKeys keys;

    public FidoU2fAttestation(AttestationCa ca, String vendorName) {
        this.vendorName = Objects.requireNonNull(vendorName, "vendorName");
        this.keys = new BatchAttestationKeys(ca, AttestationCa.Issuer.ROOT);
    }

    @Override
    public AttestationFormat format() {
        return AttestationFormat.FIDO_U2F;
    }

    /** The leaf certificate spec before any tampering. */
    public AttestationCertificateSpec certificateSpec() {
        return AttestationCertificateSpec.u2f(vendorName);
    }

    @Override
    public AttestationStatement attest(AttestationInput input) {
        if (input.credentialKey().algorithm() != CoseAlgorithm.ES256) {
            throw new IllegalArgumentException("fido-u2f attests ES256 credentials only, not "
                    + input.credentialKey().algorithm().jwaName());
        }
        AuthenticatorData authData = input.authenticatorData();
        AttestedCredentialData attested = authData.attestedCredentialData();
        if (attested == null) {
            throw new IllegalArgumentException("fido-u2f attestation needs attested credential data");
        }
        // WebAuthn L3 §8.6 verification procedure: verificationData =
        // 0x00 ‖ rpIdHash ‖ clientDataHash ‖ credentialId ‖ publicKeyU2F
        Bytes verificationData = Bytes.concat(
                new byte[] {RESERVED},
                authData.rpIdHash().toByteArray(),
                input.clientDataHash().toByteArray(),
                attested.credentialId().toByteArray(),
                publicKeyU2f(attested.credentialPublicKey()).toByteArray());
        IssuedAttestationKey attestationKey = keys.keyFor(certificateSpec(), input.certificateTamper(), input.random());
        byte[] sig = Signatures.sign(attestationKey.key(), verificationData.toByteArray(), input.random());
        return new AttestationStatement(format().fmt(), Cbor.map()
                .put("sig", Cbor.bytes(sig))
                .put("x5c", Cbor.array(List.of(Cbor.bytes(attestationKey.certificate().toByteArray()))))
                .build());
    }

    /** WebAuthn L3 §8.6: the COSE key as a raw ANSI X9.62 uncompressed point, 0x04 ‖ x ‖ y (65 bytes). */
    static Bytes publicKeyU2f(Bytes coseKey) {
        DataItem decoded;
        try {
            decoded = Cbor.decode(coseKey.toByteArray());
        } catch (CborFormatException e) {
            throw new IllegalArgumentException("credential public key is not CBOR: " + e.getMessage(), e);
        }
        if (!(decoded instanceof Map key)
                || !Long.valueOf(KTY_EC2).equals(Cbor.longValue(key.get(Cbor.integer(KTY))))
                || !Long.valueOf(CRV_P256).equals(Cbor.longValue(key.get(Cbor.integer(CRV))))) {
            throw new IllegalArgumentException("credential public key is not an EC2 P-256 COSE key");
        }
        return Bytes.concat(new byte[] {UNCOMPRESSED_POINT}, coordinate(key, X), coordinate(key, Y));
    }

    private static byte[] coordinate(Map key, long label) {
        if (key.get(Cbor.integer(label)) instanceof ByteString value
                && value.getBytes().length == COORDINATE_LENGTH) {
            return value.getBytes();
        }
        throw new IllegalArgumentException("COSE key coordinate " + label + " is not " + COORDINATE_LENGTH + " bytes");
    }
}
