package dev.passkeyharness.authenticator.tamper.edit;

import dev.passkeyharness.authenticator.json.StrictJson;
import dev.passkeyharness.authenticator.tamper.edit.ResponseEdit.Op;
import java.util.function.UnaryOperator;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Edits of the client data JSON text (WebAuthn L3 §5.8.1) that the client makes before hashing it, so the signature
 * covers the edited bytes. Members keep their order; a member that is set anew comes last.
 */
public final class ClientDataJsonEdits {

    private static final JsonMapper JSON = StrictJson.mapper();

    private ClientDataJsonEdits() {
    }

    /** The text edit for {@code edit}, whose pointer is a client data member. */
    public static UnaryOperator<String> of(ResponseEdit edit, EditPointer.ClientDataMember member) {
        return json -> apply(json, edit.op(), member.pointer(), edit.value());
    }

    /** The client data with one edit made; {@code pointer} is into the client data object, e.g. {@code /type}. */
    static String apply(String clientDataJson, Op op, JsonPointer pointer, JsonNode value) {
        JsonNode root = JSON.readTree(clientDataJson);
        if (!(root instanceof ObjectNode)) {
            throw new IllegalArgumentException("edit " + EditPointer.CLIENT_DATA_JSON + pointer
                    + ": the client data is not a JSON object");
        }
        return JsonEdits.apply(root, op, pointer, value).toString();
    }
}
