package dev.passkeyharness.authenticator.tamper.edit;

import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * A structural edit of the response JSON the client produced: remove a member, set it to a given value, or change it
 * to a value of another JSON type. Its pointer is parsed when the edit is made, so an edit that exists can be applied.
 *
 * @param pointer where the edit acts, e.g. the parsed {@code /response/attestationObject}
 * @param value the new value for {@link Op#SET}; ignored otherwise
 */
public record ResponseEdit(Op op, EditPointer pointer, JsonNode value) {

    /** What the edit does. */
    public enum Op {
        REMOVE, SET, TYPE_SWAP
    }

    public ResponseEdit {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(pointer, "pointer");
        if (op == Op.SET && value == null) {
            throw new InvalidEditException("set needs a value");
        }
        if (pointer instanceof EditPointer.AuthenticatorDataPart part) {
            // refuses an op the part cannot take (and a set value it cannot hold) now, not when the edit is applied
            AuthenticatorDataEdits.of(part, op, value);
        }
    }

    /** An edit whose pointer (RFC 6901) is parsed here; a pointer that reaches nothing editable is refused. */
    public ResponseEdit(Op op, String pointer, JsonNode value) {
        this(op, EditPointer.parse(Objects.requireNonNull(pointer, "pointer")), value);
    }
}
