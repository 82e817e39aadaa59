package dev.passkeyharness.conformance.catalogue;

import java.util.Arrays;
import java.util.Optional;

/** A property the RP's options must have; OPTIONS checks name these, the runner evaluates them. */
public enum OptionsAssertion {
    // Creation options (WebAuthn L3 §5.4, FIDO server transport binding §7)
    /** Through an API without the ServerResponse envelope (the onboarding API): a 2xx answer with a JSON object. */
    STATUS_OK("the answer is 2xx with status \"ok\" and an empty errorMessage (without one: 2xx, JSON object)"),
    RP_PRESENT("rp is an object with a string name, and an id when present is a string"),
    RP_ID_MATCHES_ORIGIN("rp.id, when present, is the origin's host or a registrable suffix of it"),
    USER_PRESENT("user has a string name and displayName and a base64url id"),
    USER_ID_NON_EMPTY_AT_MOST_64_BYTES("user.id decodes to 1..64 bytes"),
    USER_ID_NOT_USERNAME("user.id does not contain the username"),
    CHALLENGE_AT_LEAST_16_BYTES("challenge is base64url of at least 16 bytes"),
    CHALLENGE_FRESH("a second options request gets a different challenge"),
    PUB_KEY_CRED_PARAMS_VALID("pubKeyCredParams is a non-empty array of {type: \"public-key\", alg: integer}"),
    PUB_KEY_CRED_PARAMS_HAS_ES256("pubKeyCredParams offers ES256 (-7)"),
    PUB_KEY_CRED_PARAMS_HAS_RS256("pubKeyCredParams offers RS256 (-257)"),
    PUB_KEY_CRED_PARAMS_HAS_EDDSA("pubKeyCredParams offers EdDSA (-8)"),
    TIMEOUT_POSITIVE("timeout, when present, is a positive number"),
    EXCLUDE_CREDENTIALS_LISTS_REGISTERED("excludeCredentials lists the user's registered credential"),
    ATTESTATION_ECHOED("attestation equals what the request asked for"),
    AUTHENTICATOR_SELECTION_ECHOED("authenticatorSelection carries the requested userVerification and residentKey"),
    EXTENSIONS_ECHOED("extensions echo the request's example extension"),
    // Request options (WebAuthn L3 §5.5)
    ALLOW_CREDENTIALS_LISTS_REGISTERED("allowCredentials lists the user's registered credential"),
    USER_VERIFICATION_ECHOED("userVerification equals what the request asked for"),
    RP_ID_PRESENT("rpId, when present, is the origin's host or a registrable suffix of it");

    private final String description;

    OptionsAssertion(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public static Optional<OptionsAssertion> byName(String name) {
        return Arrays.stream(values()).filter(a -> a.name().equals(name)).findFirst();
    }
}
