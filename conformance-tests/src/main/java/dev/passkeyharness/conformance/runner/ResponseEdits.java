package dev.passkeyharness.conformance.runner;

import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.json.StrictJson;
import dev.passkeyharness.conformance.catalogue.ResponseEdit;
import java.util.List;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies a check's structural edits (RFC 6901 JSON Pointers) that act after signing to the response JSON the client
 * produced: on the JSON itself, or inside the decoded attestation object. Edits of client data members and of
 * authenticator data parts act before signing, through {@link EditTamperings}, and are passed over here.
 */
public final class ResponseEdits {

    private static final JsonMapper JSON = StrictJson.mapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ResponseEdits() {
    }

    /**
     * The response with every after-signing edit applied in order; an edit whose target is missing is an error in
     * the check.
     */
    public static String apply(String responseJson, List<ResponseEdit> edits) {
        if (edits.stream().allMatch(e -> EditTarget.of(e.pointer()).beforeSigning())) {
            return responseJson;
        }
        JsonNode root = JSON.readTree(responseJson);
        for (ResponseEdit edit : edits) {
            EditTarget target = EditTarget.of(edit.pointer());
            if (target instanceof EditTarget.ResponseJson) {
                root = apply(root, edit);
            } else if (target instanceof EditTarget.AttestationObjectMember member) {
                editAttestationObject(root, new ResponseEdit(edit.op(), member.pointer(), edit.value()));
            }
        }
        return root.toString();
    }

    private static void editAttestationObject(JsonNode root, ResponseEdit inner) {
        if (!(root.path("response") instanceof ObjectNode response) || !response.path("attestationObject").isString()) {
            throw new IllegalArgumentException("edit " + inner.op() + " /response/attestationObject" + inner.pointer()
                    + ": the response has no attestationObject string");
        }
        Bytes encoded = Bytes.fromBase64Url(response.get("attestationObject").asString());
        response.put("attestationObject", AttestationObjectEdits.apply(encoded, inner).base64Url());
    }

    static JsonNode apply(JsonNode root, ResponseEdit edit) {
        JsonPointer pointer = JsonPointer.compile(edit.pointer());
        JsonNode parent = root.at(pointer.head());
        String last = pointer.last().getMatchingProperty();
        if (parent instanceof ObjectNode object) {
            JsonNode current = object.get(last);
            switch (edit.op()) {
                case REMOVE -> {
                    present(current, edit);
                    object.remove(last);
                }
                case SET -> object.set(last, edit.value().deepCopy());
                case TYPE_SWAP -> object.set(last, swapped(present(current, edit)));
            }
        } else if (parent instanceof ArrayNode array) {
            int index = pointer.last().getMatchingIndex();
            if (index < 0 || index >= array.size()) {
                throw new IllegalArgumentException("edit " + edit.op() + " " + edit.pointer() + ": no such element");
            }
            switch (edit.op()) {
                case REMOVE -> array.remove(index);
                case SET -> array.set(index, edit.value().deepCopy());
                case TYPE_SWAP -> array.set(index, swapped(array.get(index)));
            }
        } else {
            throw new IllegalArgumentException("edit " + edit.op() + " " + edit.pointer() + ": the parent is not an object or array");
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

    private static JsonNode present(JsonNode current, ResponseEdit edit) {
        if (current == null) {
            throw new IllegalArgumentException("edit " + edit.op() + " " + edit.pointer() + ": no such member");
        }
        return current;
    }
}
