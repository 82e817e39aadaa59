package dev.passkeyharness.authenticator.attestation;

import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.crypto.CredentialKeyPair;
import dev.passkeyharness.authenticator.crypto.Signatures;
import dev.passkeyharness.authenticator.data.Bytes;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The android-key format (WebAuthn L3 §8.4): Android Keystore certifies the credential key itself; the leaf carries
 * the key description with attestationChallenge = clientDataHash, origin GENERATED and purpose SIGN enforced by the
 * TEE, no allApplications. The credential key signs authenticatorData ‖ clientDataHash. ES256 and RS256.
 */
public final class AndroidKeyAttestation implements AttestationStatementFormat {

    public static final String LEAF_COMMON_NAME = "Android Keystore Key";
    public static final List<CoseAlgorithm> ALGORITHMS = List.of(CoseAlgorithm.ES256, CoseAlgorithm.RS256);
    private static final int ATTESTATION_VERSION = 3;
    private static final int RSA_BITS = 2048;
    private static final int P256_BITS = 256;

    /** Edits the key description before the leaf is issued (WebAuthn L3 §8.4). */
    public record KeyDescriptionEdit(UnaryOperator<KeyDescription> edit) implements FormatFault {
    }

    private final AttestationCa ca;

    public AndroidKeyAttestation(AttestationCa ca) {
        this.ca = Objects.requireNonNull(ca, "ca");
    }

    @Override
    public AttestationFormat format() {
        return AttestationFormat.ANDROID_KEY;
    }

    /** What a TEE-backed Keystore reports for a WebAuthn signing key it generated (WebAuthn L3 §8.4). */
    public static KeyDescription keyDescription(CoseAlgorithm algorithm, Bytes clientDataHash) {
        boolean ec = algorithm.keyType() == CoseAlgorithm.KeyType.EC2;
        AuthorizationList tee = new AuthorizationList(List.of(AuthorizationList.KM_PURPOSE_SIGN),
                ec ? AuthorizationList.KM_ALGORITHM_EC : AuthorizationList.KM_ALGORITHM_RSA,
                ec ? P256_BITS : RSA_BITS, List.of(AuthorizationList.KM_DIGEST_SHA_2_256),
                ec ? AuthorizationList.KM_EC_CURVE_P_256 : null, true, false, null,
                AuthorizationList.KM_ORIGIN_GENERATED);
        return new KeyDescription(ATTESTATION_VERSION, KeyDescription.TRUSTED_ENVIRONMENT, clientDataHash,
                AuthorizationList.EMPTY, tee);
    }

    @Override
    public AttestationStatement attest(AttestationInput input) {
        CredentialKeyPair credential = input.credentialKey();
        if (!ALGORITHMS.contains(credential.algorithm())) {
            throw new IllegalArgumentException("android-key attests ES256 and RS256 credentials, not "
                    + credential.algorithm().jwaName());
        }
        FormatFaults faults = input.formatFaults();
        CredentialKeyPair leafKey = LeafKeys.certified(credential, faults, input.random());
        KeyDescription description = faults.apply(KeyDescriptionEdit.class, KeyDescriptionEdit::edit,
                keyDescription(credential.algorithm(), input.clientDataHash()));
        AttestationCertificateSpec spec = new AttestationCertificateSpec(3, null, null, null, LEAF_COMMON_NAME, false,
                null, false, leafKey.algorithm(), null, null, List.of(description.toExtension()));
        Bytes leaf = ca.issue(input.certificateTamper().apply(spec), leafKey);
        // WebAuthn L3 §8.4 verification: sig over authenticatorData ‖ clientDataHash with the leaf (credential) key
        byte[] sig = Signatures.sign(leafKey, input.signedData().toByteArray(), input.random());
        return new AttestationStatement(format().fmt(), Cbor.map()
                .put("alg", Cbor.integer(leafKey.algorithm().coseId()))
                .put("sig", Cbor.bytes(sig))
                // as a device's KeyStore chain: leaf, intermediate and the root (verifiers compare x5c's last with theirs)
                .put("x5c", Cbor.array(List.of(
                        Cbor.bytes(leaf.toByteArray()),
                        Cbor.bytes(ca.intermediateCertificate().toByteArray()),
                        Cbor.bytes(ca.rootCertificate().toByteArray()))))
                .build());
    }
}
