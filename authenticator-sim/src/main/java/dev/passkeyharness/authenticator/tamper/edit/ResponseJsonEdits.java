package dev.passkeyharness.authenticator.tamper.edit;

import dev.passkeyharness.authenticator.json.StrictJson;
import dev.passkeyharness.authenticator.data.Bytes;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies the response edits that act after signing to the response JSON the client produced: on the JSON itself, or
 * inside the decoded attestation object. Edits of client data members and of authenticator data parts act before
 * signing, as tamperings, and are passed over here.
 */
public final class ResponseJsonEdits {

    private static final JsonMapper JSON = StrictJson.mapper();

    private ResponseJsonEdits() {
    }

    /**
     * The response with every after-signing edit applied in order; an edit whose target is missing is an error in
     * the edit. With none to apply, the response comes back as it was, byte for byte.
     */
    public static String apply(String responseJson, List<ResponseEdit> edits) {
        if (edits.stream().allMatch(e -> e.pointer().beforeSigning())) {
            return responseJson;
        }
        JsonNode root = JSON.readTree(responseJson);
        for (ResponseEdit edit : edits) {
            if (edit.pointer() instanceof EditPointer.ResponseJson json) {
                root = JsonEdits.apply(root, edit.op(), json.pointer(), edit.value());
            } else if (edit.pointer() instanceof EditPointer.AttestationObjectMember member) {
                editAttestationObject(root, edit, member);
            }
        }
        return root.toString();
    }

    private static void editAttestationObject(JsonNode root, ResponseEdit edit, EditPointer.AttestationObjectMember member) {
        if (!(root.path("response") instanceof ObjectNode response) || !response.path("attestationObject").isString()) {
            throw new IllegalArgumentException("edit " + edit.op() + " " + member.text()
                    + ": the response has no attestationObject string");
        }
        Bytes encoded = Bytes.fromBase64Url(response.get("attestationObject").asString());
        response.put("attestationObject", AttestationObjectEdits.apply(encoded, edit.op(), member.pointer(),
                edit.value()).base64Url());
    }
}
