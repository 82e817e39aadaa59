package dev.passkeyharness.conformance.runner;

import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.cbor.CborFormatException;
import dev.passkeyharness.authenticator.data.AuthenticatorData;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.conformance.catalogue.ResponseEdit;
import java.util.function.UnaryOperator;

/**
 * Edits of one part of authenticator data (WebAuthn L3 §6.1) that the authenticator makes before signing, so the
 * signature stays valid over the faulty structure. Setting extensions sets ED and removing them clears it; the
 * other parts leave the flags alone.
 */
final class AuthenticatorDataEdits {

    private AuthenticatorDataEdits() {
    }

    /** The edit as an authenticator data operator; an edit that cannot apply to the part is refused here. */
    static UnaryOperator<AuthenticatorData> of(EditTarget.Part part, ResponseEdit edit, String pointer) {
        return switch (part) {
            case EXTENSIONS -> extensions(edit, pointer);
            case TRAILING_BYTES -> switch (edit.op()) {
                case SET -> {
                    Bytes trailing = CborValues.bytes(edit.value());
                    yield d -> d.withTrailingBytes(trailing);
                }
                case REMOVE -> d -> d.withTrailingBytes(Bytes.EMPTY);
                case TYPE_SWAP -> throw notApplicable(edit, pointer, "trailing bytes have no type to swap");
            };
            case ATTESTED_CREDENTIAL_DATA -> {
                if (edit.op() != ResponseEdit.Op.REMOVE) {
                    throw notApplicable(edit, pointer, "attested credential data can only be removed");
                }
                yield d -> d.withAttestedCredentialData(null);
            }
        };
    }

    private static UnaryOperator<AuthenticatorData> extensions(ResponseEdit edit, String pointer) {
        return switch (edit.op()) {
            case SET -> {
                Bytes encoded = Bytes.of(Cbor.encode(CborValues.fromJson(edit.value())));
                yield d -> d.withExtensions(encoded).withFlags(d.flags() | AuthenticatorData.ED);
            }
            case REMOVE -> d -> d.withExtensions(null).withFlags(d.flags() & ~AuthenticatorData.ED);
            case TYPE_SWAP -> d -> {
                if (d.extensions() == null) {
                    throw notApplicable(edit, pointer, "the authenticator data has no extensions");
                }
                try {
                    return d.withExtensions(Bytes.of(Cbor.encode(
                            CborValues.swapped(Cbor.decode(d.extensions().toByteArray())))));
                } catch (CborFormatException e) {
                    throw notApplicable(edit, pointer, "the extensions are not CBOR: " + e.getMessage());
                }
            };
        };
    }

    private static IllegalArgumentException notApplicable(ResponseEdit edit, String pointer, String why) {
        return new IllegalArgumentException("edit " + edit.op() + " " + pointer + ": " + why);
    }
}
