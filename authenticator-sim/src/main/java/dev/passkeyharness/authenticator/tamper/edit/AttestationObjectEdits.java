package dev.passkeyharness.authenticator.tamper.edit;

import co.nstant.in.cbor.model.Array;
import co.nstant.in.cbor.model.DataItem;
import co.nstant.in.cbor.model.Map;
import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.cbor.CborFormatException;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.tamper.edit.ResponseEdit.Op;
import java.util.List;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * Edits inside the decoded attestation object (WebAuthn L3 §6.5.4) after signing: fmt, attStmt and its members, or
 * authData as a whole. The object is re-encoded with its keys in the order it had, so only the edited member changes.
 */
final class AttestationObjectEdits {

    private AttestationObjectEdits() {
    }

    /**
     * The attestation object with one edit made.
     *
     * @param pointer into the decoded object, e.g. {@code /attStmt/x5c/1}
     */
    static Bytes apply(Bytes attestationObject, Op op, JsonPointer pointer, JsonNode value) {
        Edit edit = new Edit(op, pointer);
        DataItem root;
        try {
            root = Cbor.decode(attestationObject.toByteArray());
        } catch (CborFormatException e) {
            throw new IllegalArgumentException("edit " + pointer + ": the attestation object is not CBOR: "
                    + e.getMessage(), e);
        }
        if (!(root instanceof Map)) {
            throw new IllegalArgumentException("edit " + pointer + ": the attestation object is not a CBOR map");
        }
        DataItem parent = root;
        JsonPointer at = pointer;
        for (; !at.tail().matches(); at = at.tail()) {
            parent = child(parent, at.getMatchingProperty(), edit);
        }
        String last = at.getMatchingProperty();
        if (parent instanceof Map map) {
            DataItem key = Cbor.text(last);
            switch (op) {
                case REMOVE -> {
                    present(map.get(key), edit);
                    map.remove(key);
                }
                case SET -> map.put(key, CborValues.fromJson(value));
                case TYPE_SWAP -> map.put(key, CborValues.swapped(present(map.get(key), edit)));
            }
        } else if (parent instanceof Array array) {
            List<DataItem> items = array.getDataItems();
            int index = index(last, items.size(), edit);
            switch (op) {
                case REMOVE -> items.remove(index);
                case SET -> items.set(index, CborValues.fromJson(value));
                case TYPE_SWAP -> items.set(index, CborValues.swapped(items.get(index)));
            }
        } else {
            throw new IllegalArgumentException(message(edit, "the parent is not a CBOR map or array"));
        }
        return Bytes.of(Cbor.encodeInOrder(root));
    }

    private static DataItem child(DataItem parent, String segment, Edit edit) {
        if (parent instanceof Map map) {
            return present(map.get(Cbor.text(segment)), edit);
        }
        if (parent instanceof Array array) {
            return array.getDataItems().get(index(segment, array.getDataItems().size(), edit));
        }
        throw new IllegalArgumentException(message(edit, "'" + segment + "' is inside neither a CBOR map nor an array"));
    }

    private static int index(String segment, int size, Edit edit) {
        int index;
        try {
            index = Integer.parseInt(segment);
        } catch (NumberFormatException e) {
            index = -1;
        }
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException(message(edit, "no such element"));
        }
        return index;
    }

    private static DataItem present(DataItem item, Edit edit) {
        if (item == null) {
            throw new IllegalArgumentException(message(edit, "no such member"));
        }
        return item;
    }

    private static String message(Edit edit, String problem) {
        return "edit " + edit.op() + " " + EditPointer.ATTESTATION_OBJECT + edit.pointer() + ": " + problem;
    }

    /** The edit's op and pointer, for messages. */
    private record Edit(Op op, JsonPointer pointer) {
    }
}
