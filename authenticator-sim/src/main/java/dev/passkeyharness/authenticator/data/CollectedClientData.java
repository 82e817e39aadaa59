package dev.passkeyharness.authenticator.data;

import java.util.Objects;

/**
 * The client data the browser collects (WebAuthn L3 §5.8.1). {@code crossOrigin} and {@code topOrigin} may be null
 * (absent); {@code extraJson} is appended verbatim after the known members (used by tamperings), normally empty.
 */
public record CollectedClientData(
        String type, String challenge, String origin, Boolean crossOrigin, String topOrigin, String extraJson) {

    public static final String TYPE_CREATE = "webauthn.create";
    public static final String TYPE_GET = "webauthn.get";

    public CollectedClientData {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(origin, "origin");
        extraJson = extraJson == null ? "" : extraJson;
    }

    public CollectedClientData withType(String newType) {
        return new CollectedClientData(newType, challenge, origin, crossOrigin, topOrigin, extraJson);
    }

    public CollectedClientData withChallenge(String newChallenge) {
        return new CollectedClientData(type, newChallenge, origin, crossOrigin, topOrigin, extraJson);
    }

    public CollectedClientData withOrigin(String newOrigin) {
        return new CollectedClientData(type, challenge, newOrigin, crossOrigin, topOrigin, extraJson);
    }

    public CollectedClientData withCrossOrigin(Boolean newCrossOrigin) {
        return new CollectedClientData(type, challenge, origin, newCrossOrigin, topOrigin, extraJson);
    }

    public CollectedClientData withTopOrigin(String newTopOrigin) {
        return new CollectedClientData(type, challenge, origin, crossOrigin, newTopOrigin, extraJson);
    }

    public CollectedClientData withExtraJson(String newExtraJson) {
        return new CollectedClientData(type, challenge, origin, crossOrigin, topOrigin, newExtraJson);
    }
}
