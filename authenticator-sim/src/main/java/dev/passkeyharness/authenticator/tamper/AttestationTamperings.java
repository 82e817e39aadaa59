package dev.passkeyharness.authenticator.tamper;

import static dev.passkeyharness.authenticator.tamper.CeremonySets.REGISTRATION;

import co.nstant.in.cbor.model.Map;
import dev.passkeyharness.authenticator.attestation.AttestationCertificateSpec;
import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.tamper.edit.ByteEdits;
import dev.passkeyharness.authenticator.tamper.edit.CborEdits;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Tamperings of the attestation statement (registration only). Certificate edits happen before the CA signs, so the
 * chain still verifies and only the tested rule fails; statement edits copy the attStmt map.
 */
final class AttestationTamperings {

    static final String WRONG_OU = "Security Key Attestation";
    static final String UNKNOWN_FMT = "passkey-harness-unknown";
    static final Instant EXPIRED_NOT_BEFORE = Instant.parse("2020-01-01T00:00:00Z");
    static final Instant EXPIRED_NOT_AFTER = Instant.parse("2021-01-01T00:00:00Z");
    static final Instant FUTURE_NOT_BEFORE = Instant.parse("2099-01-01T00:00:00Z");
    static final Instant FUTURE_NOT_AFTER = Instant.parse("2100-01-01T00:00:00Z");
    private static final String CERT_REQUIREMENTS = "WebAuthn L3 §8.2.1 certificate requirements";

    private AttestationTamperings() {
    }

    static List<Tampering> all() {
        return List.of(
                statement("attStmt.alg.mismatch", "alg names another COSE algorithm than the one that made sig",
                        "WebAuthn L3 §8.2 verification: alg matches the key and sig",
                        s -> s.get(Cbor.text("alg")) == null ? s
                                : CborEdits.copyWith(s, "alg", Cbor.integer(otherAlgorithm(s)))),
                statement("attStmt.sig.missing", "the sig member removed",
                        "WebAuthn L3 §8.2, §8.6 syntax: sig is required", s -> CborEdits.copyWithout(s, "sig")),
                statement("attStmt.x5c.missing", "x5c removed from a full statement: sig no longer verifies as self",
                        "WebAuthn L3 §8.2 verification (no x5c: self attestation with credentialPublicKey)",
                        s -> CborEdits.copyWithout(s, "x5c")),
                certificate("attStmt.x5c.ou.wrong", "subject OU is \"" + WRONG_OU + "\"",
                        CERT_REQUIREMENTS + " (OU \"Authenticator Attestation\")",
                        c -> c.withOrganizationalUnit(WRONG_OU)),
                certificate("attStmt.x5c.aaguid.mismatch", "id-fido-gen-ce-aaguid names another AAGUID than authData",
                        CERT_REQUIREMENTS + "; §8.2 verification (aaguid extension matches)",
                        c -> c.aaguidExtension() == null ? c
                                : c.withAaguidExtension(ByteEdits.other(c.aaguidExtension(), "certificate-aaguid"))),
                certificate("attStmt.x5c.aaguid.critical", "id-fido-gen-ce-aaguid marked critical",
                        CERT_REQUIREMENTS + " (the aaguid extension must not be critical)",
                        c -> c.withAaguidExtensionCritical(true)),
                certificate("attStmt.x5c.ca-true", "basicConstraints CA true in the attestation certificate",
                        CERT_REQUIREMENTS + " (basic constraints CA false)", c -> c.withCa(true)),
                certificate("attStmt.x5c.version1", "an X.509 version 1 certificate (no extensions)",
                        CERT_REQUIREMENTS + " (version 3)", c -> c.withVersion(1)),
                certificate("attStmt.x5c.expired", "attestation certificate valid 2020-2021 only",
                        "WebAuthn L3 §7.1: attestation trustworthiness (RFC 5280 §6.1.3 validity)",
                        c -> c.withNotBefore(EXPIRED_NOT_BEFORE).withNotAfter(EXPIRED_NOT_AFTER)),
                certificate("attStmt.x5c.not-yet-valid", "attestation certificate valid from 2099 only",
                        "WebAuthn L3 §7.1: attestation trustworthiness (RFC 5280 §6.1.3 validity)",
                        c -> c.withNotBefore(FUTURE_NOT_BEFORE).withNotAfter(FUTURE_NOT_AFTER)),
                new Tampering("attStmt.fmt.unknown", TamperStage.ATTESTATION_STATEMENT, REGISTRATION,
                        "fmt \"" + UNKNOWN_FMT + "\", not a registered attestation statement format",
                        "WebAuthn L3 §7.1: fmt matched against the supported formats",
                        new TamperAction.EditEncoding(TamperAction.EncodedPart.ATTESTATION_OBJECT,
                                o -> CborEdits.withMember(o, "fmt", Cbor.text(UNKNOWN_FMT)))));
    }

    static Tampering statement(String name, String description, String specRef, UnaryOperator<Map> edit) {
        return new Tampering(name, TamperStage.ATTESTATION_STATEMENT, REGISTRATION, description, specRef,
                new TamperAction.EditAttestationStatement(edit));
    }

    static Tampering certificate(String name, String description, String specRef,
            UnaryOperator<AttestationCertificateSpec> edit) {
        return new Tampering(name, TamperStage.ATTESTATION_STATEMENT, REGISTRATION, description, specRef,
                new TamperAction.EditAttestationCertificate(edit));
    }

    private static long otherAlgorithm(Map statement) {
        Long alg = Cbor.longValue(statement.get(Cbor.text("alg")));
        return alg != null && alg == CoseAlgorithm.ES256.coseId() ? CoseAlgorithm.RS256.coseId() : CoseAlgorithm.ES256.coseId();
    }
}
