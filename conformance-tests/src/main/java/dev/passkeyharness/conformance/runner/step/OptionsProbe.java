package dev.passkeyharness.conformance.runner.step;

import dev.passkeyharness.conformance.runner.judge.Judge;
import dev.passkeyharness.conformance.target.Answer;
import dev.passkeyharness.conformance.target.OptionsRequest;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * What an OPTIONS check evaluates: the request it sent, the options answers it got (each fetched on first use), and
 * the facts an assertion compares them with.
 *
 * @param options the answer with the options under test (creation options, or request options when every assertion
 *     is about those)
 * @param secondOptions a second answer of the same kind, for challenge freshness
 * @param requestOptions the request options answer
 * @param enveloped whether answers carry the FIDO conformance API's ServerResponse envelope
 * @param registeredCredentialId the id of the credential registered before, or null
 */
record OptionsProbe(OptionsRequest sent, String originHost, Supplier<Answer> options, Supplier<Answer> secondOptions,
        Supplier<Answer> requestOptions, boolean enveloped, String requestedUserVerification,
        String registeredCredentialId) {

    /** The options under test, where the target's profile says they are in its answer. */
    JsonNode creation() {
        return body(options.get());
    }

    JsonNode secondCreation() {
        return body(secondOptions.get());
    }

    JsonNode request() {
        return body(requestOptions.get());
    }

    /** A refused or non-JSON options answer leaves nothing to evaluate: the check breaks, naming the answer. */
    private static JsonNode body(Answer answer) {
        if (!answer.jsonSuccess()) {
            throw CheckStop.setupRefused("options refused: " + Judge.describe(answer));
        }
        return answer.options();
    }
}
