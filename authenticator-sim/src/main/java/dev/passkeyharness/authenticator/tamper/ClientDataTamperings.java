package dev.passkeyharness.authenticator.tamper;

import static dev.passkeyharness.authenticator.tamper.CeremonySets.BOTH;

import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.data.CollectedClientData;
import dev.passkeyharness.authenticator.tamper.edit.ByteEdits;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Tamperings of the client data the browser collects (WebAuthn L3 §5.8.1), applied before it is hashed. */
final class ClientDataTamperings {

    static final String FOREIGN_ORIGIN = "https://evil.example";
    /** Characters cut from the end of the challenge: four base64url characters are three bytes. */
    static final int TRUNCATED_CHARACTERS = 4;

    private ClientDataTamperings() {
    }

    static List<Tampering> all() {
        return List.of(
                entry("clientData.type.swapped", "type webauthn.get in a registration, webauthn.create in an authentication",
                        "WebAuthn L3 §7.1, §7.2: type check", d -> d.withType(swappedType(d.type()))),
                entry("clientData.challenge.wrong", "a different random-looking base64url challenge of the same length",
                        "WebAuthn L3 §7.1, §7.2: challenge check", d -> d.withChallenge(otherChallenge(d.challenge()))),
                entry("clientData.challenge.truncated", "the challenge with its last four characters (three bytes) cut off",
                        "WebAuthn L3 §7.1, §7.2: challenge check", d -> d.withChallenge(truncated(d.challenge()))),
                entry("clientData.origin.wrong", "origin " + FOREIGN_ORIGIN + " instead of the RP's origin",
                        "WebAuthn L3 §7.1, §7.2: origin check", d -> d.withOrigin(FOREIGN_ORIGIN)),
                entry("clientData.origin.http", "the RP's host with the http scheme instead of https",
                        "WebAuthn L3 §7.1, §7.2: origin check; §13.4.9 validating the origin",
                        d -> d.withOrigin(d.origin().replaceFirst("^https://", "http://"))),
                entry("clientData.crossOrigin.true", "crossOrigin true: claims the ceremony ran in a cross-origin iframe",
                        "WebAuthn L3 §5.8.1 crossOrigin; §7.1, §7.2: topOrigin/crossOrigin policy",
                        d -> d.withCrossOrigin(true)),
                entry("clientData.topOrigin.foreign", "crossOrigin true and topOrigin " + FOREIGN_ORIGIN,
                        "WebAuthn L3 §7.1, §7.2: topOrigin check",
                        d -> d.withCrossOrigin(true).withTopOrigin(FOREIGN_ORIGIN)),
                entry("clientData.tokenBinding.present",
                        "tokenBinding with status present and an id, for a connection that has no Token Binding",
                        "WebAuthn L2 §7.1, §7.2: tokenBinding check; reserved in L3 §5.8.1",
                        d -> d.withExtraJson(d.extraJson() + tokenBinding(d.challenge()))));
    }

    private static Tampering entry(String name, String description, String specRef, UnaryOperator<CollectedClientData> edit) {
        return new Tampering(name, TamperStage.CLIENT_DATA, Set.copyOf(BOTH), description, specRef,
                new TamperAction.EditClientData(edit));
    }

    static String swappedType(String type) {
        return CollectedClientData.TYPE_CREATE.equals(type) ? CollectedClientData.TYPE_GET : CollectedClientData.TYPE_CREATE;
    }

    static String otherChallenge(String challenge) {
        Bytes original = ByteEdits.utf8(challenge);
        int byteLength = Math.max(16, challenge.length() * 3 / 4);
        return ByteEdits.other(original, byteLength, "challenge").base64Url();
    }

    static String truncated(String challenge) {
        return challenge.substring(0, Math.max(0, challenge.length() - TRUNCATED_CHARACTERS));
    }

    /** {@code extraJson} is appended verbatim after the known members, so it carries its own leading comma. */
    static String tokenBinding(String challenge) {
        String id = ByteEdits.other(ByteEdits.utf8(challenge), 32, "token-binding-id").base64Url();
        return ",\"tokenBinding\":{\"status\":\"present\",\"id\":\"" + id + "\"}";
    }
}
