package dev.passkeyharness.authenticator.tamper;

import static dev.passkeyharness.authenticator.tamper.CeremonySets.REGISTRATION;

import co.nstant.in.cbor.model.ByteString;
import co.nstant.in.cbor.model.Map;
import dev.passkeyharness.authenticator.attestation.AndroidSafetyNetAttestation;
import dev.passkeyharness.authenticator.attestation.SafetyNetResponse;
import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.crypto.Sha256;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.tamper.edit.ByteEdits;
import dev.passkeyharness.authenticator.tamper.edit.CborEdits;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Tamperings of the android-safetynet statement (registration only): each breaks one rule of WebAuthn L3 §8.5 or of
 * the SafetyNet response checks RPs add to it; the response is then signed as usual, so only that rule fails.
 */
final class SafetyNetTamperings {

    /** A host name other than attest.android.com for the service's signing certificate. */
    static final String WRONG_HOSTNAME = "attest.example.com";
    /** Far beyond the minute of clock skew RPs allow for timestampMs (webauthn4j's default, the FIDO tests'). */
    static final Duration SKEW = Duration.ofMinutes(10);
    private static final String SAFETYNET = "WebAuthn L3 §8.5 verification";

    private SafetyNetTamperings() {
    }

    static List<Tampering> all() {
        return List.of(
                payload("attStmt.android-safetynet.nonce.wrong", "the response's nonce is the hash of other data",
                        SAFETYNET + " (nonce = base64(SHA-256(authenticatorData ‖ clientDataHash)))",
                        p -> p.withNonce(Base64.getEncoder().encodeToString(
                                Sha256.of(p.nonce()).toByteArray()))),
                payload("attStmt.android-safetynet.cts-profile.false", "the response says ctsProfileMatch false",
                        SAFETYNET + " (SafetyNet verdict: ctsProfileMatch true)", p -> p.withCtsProfileMatch(false)),
                payload("attStmt.android-safetynet.timestamp.stale",
                        "the response's timestampMs is " + SKEW.toMinutes() + " minutes old",
                        SAFETYNET + " (SafetyNet verdict: timestampMs recent)",
                        p -> p.withTimestampMs(p.timestampMs() - SKEW.toMillis())),
                payload("attStmt.android-safetynet.timestamp.future",
                        "the response's timestampMs is " + SKEW.toMinutes() + " minutes ahead",
                        SAFETYNET + " (SafetyNet verdict: timestampMs not in the future)",
                        p -> p.withTimestampMs(p.timestampMs() + SKEW.toMillis())),
                new Tampering("attStmt.android-safetynet.x5c.empty", TamperStage.ATTESTATION_STATEMENT,
                        REGISTRATION, "the response's header has an empty x5c chain",
                        SAFETYNET + " (the response is signed by the attest.android.com certificate in x5c)",
                        FormatTamperings.format(new AndroidSafetyNetAttestation.JwsEdit(j -> j.withX5c(List.of())))),
                AttestationTamperings.certificate("attStmt.android-safetynet.hostname.wrong",
                        "the response's signing certificate is issued to " + WRONG_HOSTNAME,
                        SAFETYNET + " (attestationCert is issued to the hostname attest.android.com)",
                        c -> c.withCommonName(WRONG_HOSTNAME)),
                AttestationTamperings.statement("attStmt.android-safetynet.signature.wrong",
                        "the response's JWS signature does not verify",
                        SAFETYNET + " (response from the SafetyNet service: valid JWS signature)",
                        s -> editResponse(s, SafetyNetTamperings::flipSignatureBit)),
                AttestationTamperings.statement("attStmt.android-safetynet.response.empty",
                        "response is an empty byte string", SAFETYNET + " (response is a SafetyNet JWS)",
                        s -> editResponse(s, r -> "")),
                AttestationTamperings.statement("attStmt.android-safetynet.ver.empty", "ver is the empty string",
                        SAFETYNET + " (ver is the version of Google Play services)",
                        s -> s.get(Cbor.text("ver")) == null ? s : CborEdits.copyWith(s, "ver", Cbor.text(""))));
    }

    private static Tampering payload(String name, String description, String specRef,
            UnaryOperator<SafetyNetResponse> edit) {
        return new Tampering(name, TamperStage.ATTESTATION_STATEMENT, REGISTRATION, description, specRef,
                FormatTamperings.format(new AndroidSafetyNetAttestation.JwsEdit(j -> j.withPayload(edit.apply(j.payload())))));
    }

    /** The statement with its response (a JWS in ASCII) edited; other formats' statements stay as they are. */
    private static Map editResponse(Map statement, UnaryOperator<String> edit) {
        if (!(statement.get(Cbor.text("response")) instanceof ByteString response)) {
            return statement;
        }
        String jws = new String(response.getBytes(), StandardCharsets.US_ASCII);
        return CborEdits.copyWith(statement, "response",
                Cbor.bytes(edit.apply(jws).getBytes(StandardCharsets.US_ASCII)));
    }

    /** The compact JWS with one bit of its signature flipped: still well formed, no longer valid. */
    private static String flipSignatureBit(String jws) {
        int dot = jws.lastIndexOf('.');
        if (dot < 0) {
            return jws;
        }
        Bytes signature = Bytes.of(Base64.getUrlDecoder().decode(jws.substring(dot + 1)));
        if (signature.isEmpty()) {
            return jws;
        }
        return jws.substring(0, dot + 1) + ByteEdits.flipLastBit(signature).base64Url();
    }
}
