package dev.passkeyharness.conformance.catalogue;

import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * A structural edit of the response JSON the client produced, after all tamperings: remove a member, set it to a
 * given value, or change it to a value of another JSON type.
 *
 * @param pointer a JSON Pointer (RFC 6901) such as {@code /response/attestationObject}
 * @param value the new value for {@link Op#SET}; ignored otherwise
 */
public record ResponseEdit(Op op, String pointer, JsonNode value) {

    /** What the edit does. */
    public enum Op {
        REMOVE, SET, TYPE_SWAP
    }

    public ResponseEdit {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(pointer, "pointer");
        if (!pointer.startsWith("/")) {
            throw new IllegalArgumentException("a JSON pointer starts with '/': " + pointer);
        }
        if (op == Op.SET && value == null) {
            throw new IllegalArgumentException("set needs a value");
        }
    }
}
