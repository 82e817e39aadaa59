package dev.passkeyharness.conformance.target;

import tools.jackson.databind.JsonNode;

/**
 * The target's answer to one request. Like the FIDO tools, only a 2xx answer whose body says {@code status: "ok"}
 * counts as accepted; anything else is a refusal. {@code body} is null when the answer was not JSON.
 */
public record Answer(int status, JsonNode body, Exchange exchange) {

    public boolean accepted() {
        return status >= 200 && status < 300 && body != null && "ok".equals(body.path("status").asString(""));
    }

    /** The rule the reference RP names in a refusal, or null. */
    public String rule() {
        return body == null || !body.path("rule").isString() ? null : body.path("rule").asString();
    }

    public String errorMessage() {
        return body == null ? "" : body.path("errorMessage").asString("");
    }
}
