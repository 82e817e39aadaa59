package dev.passkeyharness.authenticator.tamper.edit;

import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.cbor.CborFormatException;
import dev.passkeyharness.authenticator.data.AuthenticatorData;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.tamper.edit.ResponseEdit.Op;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;

/**
 * Edits of one part of authenticator data (WebAuthn L3 §6.1) that the authenticator makes before signing, so the
 * signature stays valid over the faulty structure. Setting extensions sets ED and removing them clears it; the
 * other parts leave the flags alone.
 */
public final class AuthenticatorDataEdits {

    private AuthenticatorDataEdits() {
    }

    /** The edit as an authenticator data operator; an edit that cannot apply to the part is refused here. */
    public static UnaryOperator<AuthenticatorData> of(EditPointer.AuthenticatorDataPart target, Op op, JsonNode value) {
        String pointer = target.text();
        return switch (target.part()) {
            case EXTENSIONS -> extensions(op, value, pointer);
            case TRAILING_BYTES -> switch (op) {
                case SET -> {
                    Bytes trailing = CborValues.bytes(value);
                    yield d -> d.withTrailingBytes(trailing);
                }
                case REMOVE -> d -> d.withTrailingBytes(Bytes.EMPTY);
                case TYPE_SWAP -> throw notApplicable(op, pointer, "trailing bytes have no type to swap");
            };
            case ATTESTED_CREDENTIAL_DATA -> {
                if (op != Op.REMOVE) {
                    throw notApplicable(op, pointer, "attested credential data can only be removed");
                }
                yield d -> d.withAttestedCredentialData(null);
            }
        };
    }

    private static UnaryOperator<AuthenticatorData> extensions(Op op, JsonNode value, String pointer) {
        return switch (op) {
            case SET -> {
                Bytes encoded = Bytes.of(Cbor.encode(CborValues.fromJson(value)));
                yield d -> d.withExtensions(encoded).withFlags(d.flags() | AuthenticatorData.ED);
            }
            case REMOVE -> d -> d.withExtensions(null).withFlags(d.flags() & ~AuthenticatorData.ED);
            case TYPE_SWAP -> d -> {
                if (d.extensions() == null) {
                    throw new IllegalArgumentException(message(op, pointer, "the authenticator data has no extensions"));
                }
                try {
                    return d.withExtensions(Bytes.of(Cbor.encode(
                            CborValues.swapped(Cbor.decode(d.extensions().toByteArray())))));
                } catch (CborFormatException e) {
                    throw new IllegalArgumentException(message(op, pointer, "the extensions are not CBOR: "
                            + e.getMessage()));
                }
            };
        };
    }

    private static InvalidEditException notApplicable(Op op, String pointer, String why) {
        return new InvalidEditException(message(op, pointer, why));
    }

    private static String message(Op op, String pointer, String why) {
        return "edit " + op + " " + pointer + ": " + why;
    }
}
