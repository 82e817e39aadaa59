package dev.passkeyharness.conformance.target;

import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * The target's answer to one request, read as its endpoint profile says ({@link Reading}): by default, like the FIDO
 * tools, only a 2xx answer whose body says {@code status: "ok"} counts as accepted. {@code body} is null when the
 * answer was not JSON; {@code status} is 0 and {@code failure} says why when no whole answer came (a dropped
 * connection, a body past the size cap or the deadline; {@code exchange} then keeps what did come, if anything). An
 * answer the runner cannot take as one (a redirect) has its status and a {@code failure} saying so.
 */
public record Answer(int status, JsonNode body, Exchange exchange, String failure, String location, Reading reading) {

    public Answer {
        Objects.requireNonNull(reading, "reading");
    }

    public Answer(int status, JsonNode body, Exchange exchange, String failure) {
        this(status, body, exchange, failure, null, Reading.ENVELOPE);
    }

    /** A redirect to {@code location}, which the runner does not follow. */
    static Answer redirect(int status, JsonNode body, Exchange exchange, String location) {
        return new Answer(status, body, exchange, "a redirect to " + location + ", which the runner does not follow",
                location, Reading.ENVELOPE);
    }

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

    /** How an in-process RP's answers are read: accepted when 2xx, options at top level, the reason in /reason. */
    private static final Reading IN_PROCESS = new Reading(JsonPath.ROOT, Success.ANY_2XX, JsonPath.parse("/reason"),
            JsonPath.parse("/credentials/*"));

    /**
     * An in-process RP's acceptance (no HTTP): {@code json} is the step's JSON answer, e.g. the options for an options
     * step ({@code PublicKeyCredentialCreationOptionsJSON}), or {@code "{}"} for an accepted result.
     *
     * @throws IllegalArgumentException when {@code json} is not a JSON object
     */
    public static Answer ok(String json) {
        JsonNode body = dev.passkeyharness.authenticator.json.StrictJson.tolerantReader().readTree(json);
        if (body == null || !body.isObject()) {
            throw new IllegalArgumentException("an answer is a JSON object, not: " + json);
        }
        return new Answer(200, body, null, null, null, IN_PROCESS);
    }

    /** An in-process RP's refusal of a step, with its reason in words (reported as a 400 answer). */
    public static Answer refused(String reason) {
        return new Answer(400, HttpChannel.JSON.createObjectNode().put("reason", reason), null, null, null,
                IN_PROCESS);
    }

    /** An acceptance of a step that sent nothing (a user the options request will name). */
    public static Answer nothingSent() {
        return new Answer(200, HttpChannel.JSON.createObjectNode().put("status", "ok"), null);
    }

    /** The same answer read as {@code other} says. */
    public Answer readAs(Reading other) {
        return new Answer(status, body, exchange, failure, location, other);
    }

    public boolean answered() {
        return status != 0;
    }

    /** A 2xx answer with a JSON object body, whatever that body says, holding options where the reading looks. */
    public boolean jsonSuccess() {
        return status >= 200 && status < 300 && failure == null && body != null
                && (reading.options().isRoot() || reading.options(body) != null);
    }

    /** Accepted as the reading's success says; a redirect only where the success names its status. */
    public boolean accepted() {
        boolean whole = failure == null || location != null && reading.success().expectsRedirect(status);
        return answered() && whole && reading.success().accepts(status, body, location);
    }

    /** The rule the reference RP names in a refusal, or null. */
    public String rule() {
        return body == null || !body.path("rule").isString() ? null : body.path("rule").asString();
    }

    /** Why the target refused, where its answer says so ({@link Reading#reason()}); "" when it does not. */
    public String errorMessage() {
        return body == null ? "" : reading.reason(body);
    }

    /**
     * The options JSON for a client, as a page hands it to the browser: the member the reading names, or the body
     * without the conformance API's envelope members ({@code status}, {@code errorMessage}).
     */
    public String optionsJson() {
        return String.valueOf(options());
    }

    /** The options as {@link #optionsJson()} gives them, as JSON (null when the answer had no JSON body). */
    public JsonNode options() {
        JsonNode options = reading.options(body);
        return options == null ? body : options;
    }

    /** The credential ids a credential list names ({@link Reading#credentialIds()}). */
    public List<String> credentialIds() {
        return reading.credentialIds().select(body).stream().filter(JsonNode::isString).map(JsonNode::asString)
                .toList();
    }
}
