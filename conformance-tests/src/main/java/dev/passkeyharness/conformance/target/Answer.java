package dev.passkeyharness.conformance.target;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The target's answer to one request. Like the FIDO tools, only a 2xx answer whose body says {@code status: "ok"}
 * counts as accepted; anything else is a refusal. {@code body} is null when the answer was not JSON; {@code status}
 * is 0 and {@code failure} says why when no whole answer came (a dropped connection, a body past the size cap or the
 * deadline; {@code exchange} then keeps what did come, if anything). An answer the runner cannot take as one (a
 * redirect) has its status and a {@code failure} saying so.
 */
public record Answer(int status, JsonNode body, Exchange exchange, String failure) {

    public Answer(int status, JsonNode body, Exchange exchange) {
        this(status, body, exchange, null);
    }

    /** No answer: the connection failed after the request was sent. */
    public static Answer none(String failure) {
        return none(failure, null);
    }

    /** No whole answer; {@code exchange} keeps what came (null when nothing did). */
    public static Answer none(String failure, Exchange exchange) {
        return new Answer(0, null, exchange, failure == null ? "no answer" : failure);
    }

    public boolean answered() {
        return status != 0;
    }

    /** A 2xx answer with a JSON object body, whatever that body says. */
    public boolean jsonSuccess() {
        return status >= 200 && status < 300 && body != null;
    }

    public boolean accepted() {
        return jsonSuccess() && "ok".equals(body.path("status").asString(""));
    }

    /** The rule the reference RP names in a refusal, or null. */
    public String rule() {
        return body == null || !body.path("rule").isString() ? null : body.path("rule").asString();
    }

    public String errorMessage() {
        return body == null ? "" : body.path("errorMessage").asString("");
    }

    /**
     * The body as options JSON for a client, as a page hands it to the browser: without the conformance API's
     * envelope members ({@code status}, {@code errorMessage}).
     */
    public String optionsJson() {
        if (body instanceof ObjectNode object && object.has("status")) {
            ObjectNode copy = object.deepCopy();
            copy.remove("status");
            copy.remove("errorMessage");
            return copy.toString();
        }
        return String.valueOf(body);
    }
}
