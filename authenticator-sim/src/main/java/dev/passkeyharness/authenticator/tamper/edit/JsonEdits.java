package dev.passkeyharness.authenticator.tamper.edit;

import dev.passkeyharness.authenticator.tamper.edit.ResponseEdit.Op;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** One edit at a JSON Pointer (RFC 6901) inside a JSON tree: the response JSON, or the client data object. */
final class JsonEdits {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonEdits() {
    }

    /** {@code root} with the edit made in place; a target that is missing is an error in the edit. */
    static JsonNode apply(JsonNode root, Op op, JsonPointer pointer, JsonNode value) {
        JsonNode parent = root.at(pointer.head());
        String last = pointer.last().getMatchingProperty();
        if (parent instanceof ObjectNode object) {
            JsonNode current = object.get(last);
            switch (op) {
                case REMOVE -> {
                    present(current, op, pointer);
                    object.remove(last);
                }
                case SET -> object.set(last, value.deepCopy());
                case TYPE_SWAP -> object.set(last, swapped(present(current, op, pointer)));
            }
        } else if (parent instanceof ArrayNode array) {
            int index = pointer.last().getMatchingIndex();
            if (index < 0 || index >= array.size()) {
                throw new IllegalArgumentException("edit " + op + " " + pointer + ": no such element");
            }
            switch (op) {
                case REMOVE -> array.remove(index);
                case SET -> array.set(index, value.deepCopy());
                case TYPE_SWAP -> array.set(index, swapped(array.get(index)));
            }
        } else {
            throw new IllegalArgumentException("edit " + op + " " + pointer + ": the parent is not an object or array");
        }
        return root;
    }

    /** A value of another JSON type: string → number, number → string, object → array, array → object, boolean/null → string. */
    static JsonNode swapped(JsonNode value) {
        if (value.isString()) {
            return NODES.numberNode(value.asString().length());
        }
        if (value.isNumber()) {
            return NODES.stringNode(value.asString());
        }
        if (value.isObject()) {
            ArrayNode array = NODES.arrayNode();
            value.values().forEach(v -> array.add(v.deepCopy()));
            return array;
        }
        if (value.isArray()) {
            ObjectNode object = NODES.objectNode();
            for (int i = 0; i < value.size(); i++) {
                object.set(Integer.toString(i), value.get(i).deepCopy());
            }
            return object;
        }
        return NODES.stringNode(String.valueOf(value.asString()));
    }

    private static JsonNode present(JsonNode current, Op op, JsonPointer pointer) {
        if (current == null) {
            throw new MissingMemberException(pointer.toString(), "edit " + op + " " + pointer + ": no such member");
        }
        return current;
    }
}
