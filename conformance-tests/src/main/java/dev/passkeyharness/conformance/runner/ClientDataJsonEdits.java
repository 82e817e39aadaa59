package dev.passkeyharness.conformance.runner;

import dev.passkeyharness.authenticator.json.StrictJson;
import dev.passkeyharness.conformance.catalogue.ResponseEdit;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Edits of the client data JSON text (WebAuthn L3 §5.8.1) that the client makes before hashing it, so the signature
 * covers the edited bytes. Members keep their order; a member that is set anew comes last.
 */
final class ClientDataJsonEdits {

    private static final JsonMapper JSON = StrictJson.mapper();

    private ClientDataJsonEdits() {
    }

    /** The text edit for {@code edit}, whose pointer is into the client data object, e.g. {@code /type}. */
    static UnaryOperator<String> of(ResponseEdit edit) {
        return json -> apply(json, edit);
    }

    static String apply(String clientDataJson, ResponseEdit edit) {
        JsonNode root = JSON.readTree(clientDataJson);
        if (!(root instanceof ObjectNode)) {
            throw new IllegalArgumentException("edit /response/clientDataJSON" + edit.pointer()
                    + ": the client data is not a JSON object");
        }
        return ResponseEdits.apply(root, edit).toString();
    }
}
