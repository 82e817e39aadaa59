package dev.passkeyharness.authenticator.tamper;

import static dev.passkeyharness.authenticator.tamper.CeremonySets.REGISTRATION;

import co.nstant.in.cbor.model.Array;
import co.nstant.in.cbor.model.DataItem;
import co.nstant.in.cbor.model.Map;
import dev.passkeyharness.authenticator.attestation.AndroidKeyAttestation;
import dev.passkeyharness.authenticator.attestation.AppleAttestation;
import dev.passkeyharness.authenticator.attestation.AuthorizationList;
import dev.passkeyharness.authenticator.attestation.FormatFault;
import dev.passkeyharness.authenticator.attestation.KeyDescription;
import dev.passkeyharness.authenticator.attestation.LeafKeys;
import dev.passkeyharness.authenticator.attestation.PackedAttestation;
import dev.passkeyharness.authenticator.attestation.TpmAttestation;
import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.crypto.Sha256;
import dev.passkeyharness.authenticator.attestation.TpmsAttest;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.tamper.edit.ByteEdits;
import dev.passkeyharness.authenticator.tamper.edit.CborEdits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import org.bouncycastle.asn1.x509.Extension;

/**
 * Tamperings of the tpm, android-key and apple statements (registration only): each breaks one rule of WebAuthn L3
 * §8.3, §8.4 or §8.8 inside structures that are then signed or certified as usual, so only that rule fails.
 */
final class FormatTamperings {

    static final String OLD_TPM_VERSION = "1.2";
    static final String AIK_SUBJECT = "passkey-harness AIK";
    private static final String TPM = "WebAuthn L3 §8.3 verification";
    private static final String TPM_CERT = "WebAuthn L3 §8.3.1 TPM certificate requirements";
    private static final String ANDROID = "WebAuthn L3 §8.4 verification";
    private static final int NAME_ALG_LENGTH = 2;

    private FormatTamperings() {
    }

    static List<Tampering> all() {
        return List.of(
                certInfo("attStmt.tpm.extra-data.wrong", "certInfo.extraData is the hash of other data",
                        TPM + " (extraData = hash of attToBeSigned with alg's hash)",
                        c -> c.withExtraData(Sha256.of(c.extraData()))),
                certInfo("attStmt.tpm.magic.wrong", "certInfo.magic is 0xFF544348, not TPM_GENERATED_VALUE",
                        TPM + " (magic = TPM_GENERATED_VALUE)", c -> c.withMagic(TpmsAttest.TPM_GENERATED_VALUE + 1)),
                certInfo("attStmt.tpm.type.quote", "certInfo.type is TPM_ST_ATTEST_QUOTE, not TPM_ST_ATTEST_CERTIFY",
                        TPM + " (type = TPM_ST_ATTEST_CERTIFY)", c -> c.withType(TpmsAttest.TPM_ST_ATTEST_QUOTE)),
                certInfo("attStmt.tpm.name.wrong", "certInfo.attested.name is not the Name of pubArea",
                        TPM + " (attested name = nameAlg ‖ H(pubArea))",
                        c -> c.withAttestedName(otherDigest(c.attestedName()))),
                new Tampering("attStmt.tpm.pub-area.other-key", TamperStage.ATTESTATION_STATEMENT, REGISTRATION,
                        "pubArea.unique describes another key than the credential public key (then certified as is)",
                        TPM + " (pubArea parameters and unique = credentialPublicKey)",
                        format(new TpmAttestation.PubAreaEdit(p -> p.withUnique(ByteEdits.flipLastBit(p.unique()))))),
                AttestationTamperings.statement("attStmt.tpm.ver.wrong", "ver is \"" + OLD_TPM_VERSION + "\"", TPM + " (ver = \"2.0\")",
                        s -> s.get(Cbor.text("ver")) == null ? s
                                : CborEdits.copyWith(s, "ver", Cbor.text(OLD_TPM_VERSION))),
                // not a fault: a valid statement of an older TPM whose AIK signs with SHA-1 (FIDO Resp-9 P-2)
                AttestationTamperings.certificate("attStmt.tpm.aik.rs1",
                        "the AIK is an RSA key signing with RS1 (SHA-1): alg -65535, extraData SHA-1(attToBeSigned)",
                        TPM + " (alg is the AIK's; extraData hashed with alg's hash)",
                        c -> c.withKeyAlgorithm(CoseAlgorithm.RS1)),
                AttestationTamperings.certificate("attStmt.x5c.san.missing", "the attestation certificate has no subject alternative name",
                        TPM_CERT + " (SAN names the TPM)", c -> c.withoutExtension(Extension.subjectAlternativeName.getId())),
                AttestationTamperings.certificate("attStmt.x5c.eku.missing", "the attestation certificate has no extended key usage",
                        TPM_CERT + " (EKU tcg-kp-AIKCertificate 2.23.133.8.3)",
                        c -> c.withoutExtension(Extension.extendedKeyUsage.getId())),
                AttestationTamperings.certificate("attStmt.x5c.subject.named", "the attestation certificate's subject has a common name",
                        TPM_CERT + " (subject empty)", c -> c.withCommonName(AIK_SUBJECT)),
                AttestationTamperings.statement("attStmt.x5c.reversed", "x5c lists the intermediate before the attestation certificate",
                        "WebAuthn L3 §8.2-§8.4, §8.8 (x5c[0] is the attestation certificate)", FormatTamperings::reversedX5c),
                chain("attStmt.x5c.root-included", "x5c also carries the root certificate, the trust anchor itself",
                        "WebAuthn L3 §8.2 (x5c: attestnCert and its chain, not the trust anchor; FIDO Resp-5 F-10)",
                        PackedAttestation.ChainFault.ROOT_INCLUDED),
                chain("attStmt.x5c.intermediate-expired", "x5c's intermediate certificate expired before the chain was used",
                        "WebAuthn L3 §7.1 step 24 (the trust path is valid, RFC 5280 §6.1.3 validity period)",
                        PackedAttestation.ChainFault.INTERMEDIATE_EXPIRED),
                chain("attStmt.sig.credential-key", "sig is made by the credential key although x5c names a batch key",
                        "WebAuthn L3 §8.2 verification (sig verifies with attestnCert's public key)",
                        PackedAttestation.ChainFault.SIGNED_BY_CREDENTIAL_KEY),
                new Tampering("attStmt.x5c.leaf-key.other", TamperStage.ATTESTATION_STATEMENT, REGISTRATION,
                        "the leaf certifies (and signs with) another key than the credential public key",
                        "WebAuthn L3 §8.4, §8.8 verification (leaf public key = credentialPublicKey)",
                        format(LeafKeys.Fault.CERTIFY_OTHER_KEY)),
                keyDescription("attStmt.android-key.challenge.wrong",
                        "key description attestationChallenge is not clientDataHash",
                        ANDROID + " (attestationChallenge = clientDataHash)",
                        d -> d.withAttestationChallenge(Sha256.of(d.attestationChallenge()))),
                keyDescription("attStmt.android-key.all-applications",
                        "the TEE-enforced list has allApplications: the key is not scoped to the RP ID",
                        ANDROID + " (allApplications absent)",
                        d -> d.withTeeEnforced(d.teeEnforced().withAllApplications(true))),
                keyDescription("attStmt.android-key.origin.imported", "the TEE-enforced origin is KM_ORIGIN_IMPORTED",
                        ANDROID + " (origin = KM_ORIGIN_GENERATED)",
                        d -> d.withTeeEnforced(d.teeEnforced().withOrigin(AuthorizationList.KM_ORIGIN_IMPORTED))),
                keyDescription("attStmt.android-key.purpose.encrypt",
                        "the TEE-enforced purpose is KM_PURPOSE_ENCRYPT only", ANDROID + " (purpose = KM_PURPOSE_SIGN)",
                        d -> d.withTeeEnforced(d.teeEnforced().withPurposes(
                                List.of(AuthorizationList.KM_PURPOSE_ENCRYPT)))),
                new Tampering("attStmt.apple.nonce.wrong", TamperStage.ATTESTATION_STATEMENT, REGISTRATION,
                        "the nonce extension holds the hash of other data",
                        "WebAuthn L3 §8.8 verification (nonce = SHA-256(authData ‖ clientDataHash))",
                        format(new AppleAttestation.NonceEdit(n -> Sha256.of(n)))));
    }

    private static Tampering chain(String name, String description, String specRef, PackedAttestation.ChainFault fault) {
        return new Tampering(name, TamperStage.ATTESTATION_STATEMENT, REGISTRATION, description, specRef,
                format(fault));
    }

    static TamperAction format(FormatFault fault) {
        return new TamperAction.FaultFormat(fault);
    }

    /** A Name with the same nameAlg (its first two bytes) and another digest, so it still parses. */
    private static Bytes otherDigest(Bytes name) {
        byte[] in = name.toByteArray();
        if (in.length <= NAME_ALG_LENGTH) {
            return name;
        }
        Bytes digest = Bytes.of(Arrays.copyOfRange(in, NAME_ALG_LENGTH, in.length));
        return Bytes.concat(Arrays.copyOf(in, NAME_ALG_LENGTH), ByteEdits.other(digest, "tpm-name").toByteArray());
    }

    private static Map reversedX5c(Map statement) {
        if (!(statement.get(Cbor.text("x5c")) instanceof Array x5c) || x5c.getDataItems().size() < 2) {
            return statement;
        }
        List<DataItem> reversed = new ArrayList<>(x5c.getDataItems());
        Collections.reverse(reversed);
        return CborEdits.copyWith(statement, "x5c", Cbor.array(reversed));
    }

    private static Tampering certInfo(String name, String description, String specRef, UnaryOperator<TpmsAttest> edit) {
        return new Tampering(name, TamperStage.ATTESTATION_STATEMENT, REGISTRATION, description, specRef,
                format(new TpmAttestation.CertInfoEdit(edit)));
    }

    private static Tampering keyDescription(String name, String description, String specRef,
            UnaryOperator<KeyDescription> edit) {
        return new Tampering(name, TamperStage.ATTESTATION_STATEMENT, REGISTRATION, description, specRef,
                format(new AndroidKeyAttestation.KeyDescriptionEdit(edit)));
    }
}
