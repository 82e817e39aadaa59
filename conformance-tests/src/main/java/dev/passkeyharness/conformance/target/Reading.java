package dev.passkeyharness.conformance.target;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * How to read one step's answer, as its endpoint profile says: where the options are, what acceptance looks like,
 * where a refusal says why and where a credential list names its credentials.
 *
 * @param options where the options are; the whole body when root (less the conformance API's envelope members)
 * @param success what an accepted answer looks like
 * @param reason where a refusal gives its reason
 * @param credentialIds where a credential list names each credential's id
 */
public record Reading(JsonPath options, Success success, JsonPath reason, JsonPath credentialIds) {

    /** The FIDO2 conformance API's ServerResponse (status "ok", errorMessage), which the reference RP answers too. */
    public static final Reading ENVELOPE = new Reading(JsonPath.ROOT,
            new Success(List.of(), Map.of(JsonPath.parse("/status"), StringNode.valueOf("ok")), java.util.Optional.empty()),
            JsonPath.parse("/errorMessage"), JsonPath.parse("/passkeys/*/id"));

    public Reading {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(success, "success");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(credentialIds, "credentialIds");
    }

    /** The options for a client, or null when the body has none where this reading looks. */
    JsonNode options(JsonNode body) {
        if (body == null) {
            return null;
        }
        if (options.isRoot()) {
            if (body instanceof ObjectNode object && object.has("status")) {
                ObjectNode copy = object.deepCopy();
                copy.remove("status");
                copy.remove("errorMessage");
                return copy;
            }
            return body;
        }
        JsonNode found = options.first(body);
        return found.isObject() ? found : null;
    }

    /** The refusal's reason in words, or "" when the body gives none there. */
    String reason(JsonNode body) {
        JsonNode found = reason.first(body);
        return found.isString() ? found.asString() : found.isMissingNode() || found.isNull() ? "" : found.toString();
    }
}
