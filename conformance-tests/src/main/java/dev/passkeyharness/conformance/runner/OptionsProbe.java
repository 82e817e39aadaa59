package dev.passkeyharness.conformance.runner;

import dev.passkeyharness.conformance.target.OptionsRequest;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * What an OPTIONS check evaluates: the request it sent, the options it got (fetched on first use), and the facts an
 * assertion compares them with.
 *
 * @param creation the creation options answer body (envelope included)
 * @param secondCreation a second creation options answer, for challenge freshness
 * @param request the request options answer body
 * @param registeredCredentialId the id of the credential registered before, or null
 */
record OptionsProbe(OptionsRequest sent, String originHost, Supplier<JsonNode> creation, Supplier<JsonNode> secondCreation,
        Supplier<JsonNode> request, String requestedUserVerification, String registeredCredentialId) {
}
