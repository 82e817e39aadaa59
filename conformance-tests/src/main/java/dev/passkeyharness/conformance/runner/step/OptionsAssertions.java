package dev.passkeyharness.conformance.runner.step;

import dev.passkeyharness.conformance.catalogue.OptionsAssertion;
import dev.passkeyharness.conformance.runner.judge.Judge;
import dev.passkeyharness.conformance.target.Answer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/** Evaluates each {@link OptionsAssertion} against the options an RP sent; a failure says what was seen. */
public final class OptionsAssertions {

    /** What STATUS_OK holds an answer without the ServerResponse envelope to. */
    private static final String UNENVELOPED_OK = "a 2xx answer with a JSON object body";

    private OptionsAssertions() {
    }

    /** Empty when the assertion holds, else why not. */
    static Optional<String> evaluate(OptionsAssertion assertion, OptionsProbe probe) {
        String failure = check(assertion, probe);
        return failure == null ? Optional.empty() : Optional.of(assertion.name() + ": " + failure);
    }

    /**
     * How the assertion was read where the target's API changes its meaning, for the check's message; empty where it
     * means what its description says.
     */
    static Optional<String> reading(OptionsAssertion assertion, OptionsProbe probe) {
        return assertion == OptionsAssertion.STATUS_OK && !probe.enveloped()
                ? Optional.of(assertion.name() + " read as " + UNENVELOPED_OK + ": this API has no status envelope")
                : Optional.empty();
    }

    /** Whether the assertion is about request options (WebAuthn L3 §5.5) rather than creation options (§5.4). */
    static boolean aboutRequestOptions(OptionsAssertion assertion) {
        return switch (assertion) {
            case ALLOW_CREDENTIALS_LISTS_REGISTERED, USER_VERIFICATION_ECHOED, RP_ID_PRESENT -> true;
            default -> false;
        };
    }

    private static String check(OptionsAssertion assertion, OptionsProbe p) {
        return switch (assertion) {
            case STATUS_OK -> statusOk(p);
            case RP_PRESENT -> rpPresent(p.creation().path("rp"));
            case RP_ID_MATCHES_ORIGIN -> rpIdMatches(p.creation().path("rp").path("id"), p.originHost(), "rp.id");
            case USER_PRESENT -> userPresent(p.creation().path("user"));
            case USER_ID_NON_EMPTY_AT_MOST_64_BYTES -> userIdLength(p.creation().path("user").path("id"));
            case USER_ID_NOT_USERNAME -> userIdNotUsername(p.creation().path("user").path("id"), p.sent().username());
            case CHALLENGE_AT_LEAST_16_BYTES -> challengeLength(p.creation().path("challenge"));
            case CHALLENGE_FRESH ->
                    challengeFresh(p.creation().path("challenge"), p.secondCreation().path("challenge"));
            case PUB_KEY_CRED_PARAMS_VALID -> paramsValid(p.creation().path("pubKeyCredParams"));
            case PUB_KEY_CRED_PARAMS_HAS_ES256 -> offers(p.creation().path("pubKeyCredParams"), -7, "ES256");
            case PUB_KEY_CRED_PARAMS_HAS_RS256 -> offers(p.creation().path("pubKeyCredParams"), -257, "RS256");
            case PUB_KEY_CRED_PARAMS_HAS_EDDSA -> offers(p.creation().path("pubKeyCredParams"), -8, "EdDSA");
            case TIMEOUT_POSITIVE -> timeoutPositive(p.creation().path("timeout"));
            case EXCLUDE_CREDENTIALS_LISTS_REGISTERED ->
                    lists(p.creation().path("excludeCredentials"), p.registeredCredentialId(), "excludeCredentials");
            case ATTESTATION_ECHOED -> echoed(p.creation().path("attestation"), p.sent().attestation(), "attestation");
            case AUTHENTICATOR_SELECTION_ECHOED -> selectionEchoed(p.creation().path("authenticatorSelection"), p);
            case EXTENSIONS_ECHOED -> extensionsEchoed(p.creation().path("extensions"), p);
            case ALLOW_CREDENTIALS_LISTS_REGISTERED ->
                    lists(p.request().path("allowCredentials"), p.registeredCredentialId(), "allowCredentials");
            case USER_VERIFICATION_ECHOED ->
                    echoed(p.request().path("userVerification"), p.requestedUserVerification(), "userVerification");
            case RP_ID_PRESENT -> rpIdMatches(p.request().path("rpId"), p.originHost(), "rpId");
        };
    }

    // FIDO server transport binding §7: ServerResponse. Without that envelope the answer is the bare options, and a
    // 2xx answer with a JSON object body is what "ok" means
    private static String statusOk(OptionsProbe p) {
        if (!p.enveloped()) {
            Answer answer = p.options().get();
            return answer.jsonSuccess() ? null : "got " + Judge.describe(answer) + ", not " + UNENVELOPED_OK;
        }
        p.creation();
        JsonNode body = p.options().get().body();
        if (!"ok".equals(body.path("status").asString(null))) {
            return "status is " + (body.has("status") ? body.get("status").toString() : "missing") + ", not \"ok\"";
        }
        String message = body.path("errorMessage").asString("");
        return message.isEmpty() ? null : "errorMessage is not empty: " + message;
    }

    // WebAuthn L3 §5.4.1 PublicKeyCredentialRpEntity
    private static String rpPresent(JsonNode rp) {
        if (!rp.isObject()) {
            return "rp is " + kind(rp);
        }
        if (!rp.path("name").isString()) {
            return "rp.name is " + kind(rp.path("name"));
        }
        return rp.has("id") && !rp.get("id").isString() ? "rp.id is " + kind(rp.get("id")) : null;
    }

    // WebAuthn L3 §5.1.3 step 8 / §5.1.4 step 8: RP ID is the origin's effective domain or a registrable suffix
    private static String rpIdMatches(JsonNode rpId, String host, String name) {
        if (rpId.isMissingNode()) {
            return null;
        }
        if (!rpId.isString()) {
            return name + " is " + kind(rpId);
        }
        String id = rpId.asString();
        return host.equals(id) || host.endsWith("." + id) ? null
                : name + " '" + id + "' is neither the origin's host '" + host + "' nor a suffix of it";
    }

    // WebAuthn L3 §5.4.3 PublicKeyCredentialUserEntity
    private static String userPresent(JsonNode user) {
        if (!user.isObject()) {
            return "user is " + kind(user);
        }
        for (String member : new String[] {"name", "displayName", "id"}) {
            if (!user.path(member).isString()) {
                return "user." + member + " is " + kind(user.path(member));
            }
        }
        return decode(user.path("id")) == null ? "user.id is not base64url" : null;
    }

    private static String userIdLength(JsonNode id) {
        byte[] bytes = decode(id);
        if (bytes == null) {
            return "user.id is not base64url: " + id;
        }
        return bytes.length >= 1 && bytes.length <= 64 ? null : "user.id has " + bytes.length + " bytes";
    }

    // WebAuthn L3 §14.6.1: the user handle must not carry personally identifying information
    private static String userIdNotUsername(JsonNode id, String username) {
        byte[] bytes = decode(id);
        if (bytes == null) {
            return "user.id is not base64url: " + id;
        }
        return new String(bytes, StandardCharsets.UTF_8).contains(username) ? "user.id contains the username" : null;
    }

    // WebAuthn L3 §13.4.3: challenges of at least 16 random bytes
    private static String challengeLength(JsonNode challenge) {
        byte[] bytes = decode(challenge);
        if (bytes == null) {
            return "challenge is not base64url: " + challenge;
        }
        return bytes.length >= 16 ? null : "challenge has " + bytes.length + " bytes";
    }

    private static String challengeFresh(JsonNode first, JsonNode second) {
        if (!first.isString() || !second.isString()) {
            return "a challenge is missing";
        }
        return first.asString().equals(second.asString()) ? "two requests got the same challenge " + first : null;
    }

    // WebAuthn L3 §5.3 PublicKeyCredentialParameters
    private static String paramsValid(JsonNode params) {
        if (!params.isArray() || params.isEmpty()) {
            return "pubKeyCredParams is " + (params.isArray() ? "empty" : kind(params));
        }
        for (JsonNode p : params) {
            if (!"public-key".equals(p.path("type").asString(null)) || !p.path("alg").isIntegralNumber()) {
                return "entry " + p + " is not {type: \"public-key\", alg: integer}";
            }
        }
        return null;
    }

    private static String offers(JsonNode params, long alg, String name) {
        boolean found = params.isArray() && StreamSupport.stream(params.spliterator(), false)
                .anyMatch(p -> p.path("alg").isIntegralNumber() && p.path("alg").asLong() == alg);
        return found ? null : name + " (" + alg + ") is not offered in " + params;
    }

    private static String timeoutPositive(JsonNode timeout) {
        if (timeout.isMissingNode()) {
            return null;
        }
        return timeout.isNumber() && timeout.asDouble() > 0 ? null : "timeout is " + timeout;
    }

    // WebAuthn L3 §5.4 excludeCredentials / §5.5 allowCredentials
    private static String lists(JsonNode descriptors, String credentialId, String name) {
        if (credentialId == null) {
            return "no credential was registered to look for";
        }
        boolean found = descriptors.isArray() && StreamSupport.stream(descriptors.spliterator(), false)
                .anyMatch(d -> credentialId.equals(d.path("id").asString(null)));
        return found ? null : name + " " + descriptors + " does not list " + credentialId;
    }

    private static String echoed(JsonNode value, String requested, String name) {
        if (requested == null) {
            return "the request named no " + name + " to echo";
        }
        return requested.equals(value.asString(null)) ? null : name + " is " + value + ", requested \"" + requested + "\"";
    }

    private static String selectionEchoed(JsonNode selection, OptionsProbe p) {
        String uv = echoed(selection.path("userVerification"), p.sent().userVerification(),
                "authenticatorSelection.userVerification");
        return uv != null ? uv
                : echoed(selection.path("residentKey"), p.sent().residentKey(), "authenticatorSelection.residentKey");
    }

    private static String extensionsEchoed(JsonNode extensions, OptionsProbe p) {
        if (p.sent().extensions() == null) {
            return "the request named no extensions to echo";
        }
        for (var member : p.sent().extensions().properties()) {
            if (!member.getValue().equals(extensions.path(member.getKey()))) {
                return "extensions " + extensions + " do not echo " + member.getKey();
            }
        }
        return null;
    }

    private static byte[] decode(JsonNode value) {
        if (!value.isString()) {
            return null;
        }
        try {
            return Base64.getUrlDecoder().decode(value.asString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String kind(JsonNode node) {
        return node.isMissingNode() ? "missing" : "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
