package dev.passkeyharness.authenticator.tamper;

import static dev.passkeyharness.authenticator.tamper.CeremonySets.AUTHENTICATION;
import static dev.passkeyharness.authenticator.tamper.CeremonySets.BOTH;
import static dev.passkeyharness.authenticator.tamper.CeremonySets.REGISTRATION;

import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.data.Ceremony;
import dev.passkeyharness.authenticator.tamper.TamperAction.EncodedPart;
import dev.passkeyharness.authenticator.tamper.TamperAction.ResponseField;
import dev.passkeyharness.authenticator.tamper.edit.ByteEdits;
import dev.passkeyharness.authenticator.tamper.edit.CborEdits;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Tamperings of the bytes and identifiers the client sends to the RP, after everything was signed. */
final class EncodingTamperings {

    static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private EncodingTamperings() {
    }

    static List<Tampering> all() {
        return List.of(
                bytes("encoding.cbor.trailing-bytes", REGISTRATION, EncodedPart.ATTESTATION_OBJECT,
                        "a 0x00 byte after the attestationObject's CBOR item",
                        "WebAuthn L3 §7.1: CBOR decoding of attestationObject (one item, RFC 8949 §5.3)",
                        o -> ByteEdits.append(o, (byte) 0x00)),
                bytes("encoding.cbor.noncanonical", REGISTRATION, EncodedPart.ATTESTATION_OBJECT,
                        "attestationObject map keys out of canonical order (authData first); "
                                + "well-formed, so a parser must not rely on key order",
                        "WebAuthn L3 §6.5.4; CTAP 2.1 §8 canonical CBOR", CborEdits::reversedKeyOrder),
                bytes("encoding.cbor.indefinite-length", REGISTRATION, EncodedPart.ATTESTATION_OBJECT,
                        "attestationObject as an indefinite-length map; well-formed, so a parser must not assume "
                                + "definite lengths",
                        "WebAuthn L3 §6.5.4; RFC 8949 §3.2.2", CborEdits::indefiniteLengthMap),
                bytes("encoding.authData.truncated", AUTHENTICATION, EncodedPart.AUTHENTICATOR_DATA,
                        "the last byte of authenticatorData dropped",
                        "WebAuthn L3 §6.1 (authData layout); §7.2: signature check", a -> ByteEdits.dropLast(a, 1)),
                bytes("encoding.clientDataJSON.bom", BOTH, EncodedPart.CLIENT_DATA_JSON,
                        "a UTF-8 byte order mark before clientDataJSON, added after hashing: JSON parsing must strip "
                                + "it, the hash of the bytes received no longer matches the signed one",
                        "WebAuthn L3 §7.1, §7.2: UTF-8 decode of clientDataJSON; hash of clientDataJSON",
                        c -> ByteEdits.prepend(UTF8_BOM, c)),
                field("encoding.credentialId.mismatch", BOTH, ResponseField.CREDENTIAL_ID,
                        "id and rawId name another credential than authData and allowCredentials",
                        "WebAuthn L3 §7.2: credential.id in allowCredentials, credential record lookup"),
                field("encoding.userHandle.wrong", AUTHENTICATION, ResponseField.USER_HANDLE,
                        "userHandle of another user", "WebAuthn L3 §7.2: userHandle identifies the credential's owner"));
    }

    private static Tampering bytes(String name, Set<Ceremony> ceremonies, EncodedPart part, String description,
            String specRef, UnaryOperator<Bytes> edit) {
        return new Tampering(name, TamperStage.ENCODING, ceremonies, description, specRef,
                new TamperAction.EditEncoding(part, edit));
    }

    /** A field replaced by random-looking bytes of the same length, derived from the original. */
    private static Tampering field(String name, Set<Ceremony> ceremonies, ResponseField field, String description,
            String specRef) {
        return new Tampering(name, TamperStage.ENCODING, ceremonies, description, specRef,
                new TamperAction.EditResponseField(field, v -> ByteEdits.other(v, name)));
    }
}
