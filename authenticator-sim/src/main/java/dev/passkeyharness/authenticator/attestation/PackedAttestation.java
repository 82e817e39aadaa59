package dev.passkeyharness.authenticator.attestation;

import co.nstant.in.cbor.model.DataItem;
import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.crypto.CredentialKeyPair;
import dev.passkeyharness.authenticator.crypto.Signatures;
import dev.passkeyharness.authenticator.data.Bytes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Packed attestation with a certificate chain (WebAuthn L3 §8.2): a batch attestation key per AAGUID, certified by
 * the attestation CA, signs the registration; x5c carries the leaf and the intermediate.
 */
public final class PackedAttestation implements AttestationStatementFormat {

    /** Faults of the chain or the signer that no certificate field can express (WebAuthn L3 §8.2). */
    public enum ChainFault implements FormatFault {
        /** x5c also carries the root, the trust anchor itself (FIDO Resp-5 F-10). */
        ROOT_INCLUDED,
        /** x5c's intermediate certificate has expired (FIDO Resp-5 F-12). */
        INTERMEDIATE_EXPIRED,
        /** sig is made by the credential key while x5c names the batch key (FIDO Resp-5 F-14). */
        SIGNED_BY_CREDENTIAL_KEY
    }

    private final AttestationCa ca;
    private final String vendorName;
    private final BatchAttestationKeys keys;

    public PackedAttestation(AttestationCa ca, String vendorName) {
        this.ca = Objects.requireNonNull(ca, "ca");
        this.vendorName = Objects.requireNonNull(vendorName, "vendorName");
        this.keys = new BatchAttestationKeys(ca, AttestationCa.Issuer.INTERMEDIATE);
    }

    @Override
    public AttestationFormat format() {
        return AttestationFormat.PACKED;
    }

    /** The leaf certificate spec used for the AAGUID before any tampering (WebAuthn L3 §8.2.1 defaults). */
    public AttestationCertificateSpec certificateSpec(Bytes aaguid) {
        return AttestationCertificateSpec.packed(aaguid, vendorName);
    }

    /**
     * The batch attestation certificate (DER) devices of that AAGUID put first in x5c, as this CA issues it to any of
     * them: the same bytes before and after the first registration.
     */
    public Bytes batchCertificate(Bytes aaguid) {
        return keys.keyFor(certificateSpec(aaguid)).certificate();
    }

    @Override
    public AttestationStatement attest(AttestationInput input) {
        if (input.deviceAaguid() == null) {
            throw new IllegalArgumentException("packed attestation needs attested credential data for the AAGUID");
        }
        IssuedAttestationKey attestationKey =
                keys.keyFor(certificateSpec(input.deviceAaguid()), input.certificateTamper(), input.random());
        FormatFaults faults = input.formatFaults();
        CredentialKeyPair signer = faults.contains(ChainFault.SIGNED_BY_CREDENTIAL_KEY) ? input.credentialKey()
                : attestationKey.key();
        // WebAuthn L3 §8.2 signing procedure: sig over authenticatorData ‖ clientDataHash with the attestation key
        byte[] sig = Signatures.sign(signer, input.signedData().toByteArray(), input.random());
        List<DataItem> x5c = new ArrayList<>();
        x5c.add(Cbor.bytes(attestationKey.certificate().toByteArray()));
        x5c.add(Cbor.bytes((faults.contains(ChainFault.INTERMEDIATE_EXPIRED) ? ca.expiredIntermediateCertificate()
                : ca.intermediateCertificate()).toByteArray()));
        if (faults.contains(ChainFault.ROOT_INCLUDED)) {
            x5c.add(Cbor.bytes(ca.rootCertificate().toByteArray()));
        }
        return new AttestationStatement(format().fmt(), Cbor.map()
                .put("alg", Cbor.integer(signer.algorithm().coseId()))
                .put("sig", Cbor.bytes(sig))
                .put("x5c", Cbor.array(x5c))
                .build());
    }
}
