package dev.passkeyharness.authenticator.tamper.edit;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonPointer;

/**
 * Where a response edit acts, parsed once from its JSON Pointer (RFC 6901): the response JSON itself, or inside one
 * of its encoded members (client data, attestation object, authenticator data), at the depth where that member is
 * made.
 */
public sealed interface EditPointer {

    String CLIENT_DATA_JSON = "/response/clientDataJSON";
    String ATTESTATION_OBJECT = "/response/attestationObject";
    String AUTHENTICATOR_DATA = "/response/authenticatorData";

    /** The pointer as written, e.g. {@code /response/attestationObject/attStmt/sig}. */
    String text();

    /** Whether the edit is made before signing (through the authenticator's and client's hooks), not on the JSON. */
    default boolean beforeSigning() {
        return this instanceof ClientDataMember || this instanceof AuthenticatorDataPart;
    }

    /** Whether the edit needs an attestation object, which only a registration response has. */
    default boolean inAttestationObject() {
        return this instanceof AttestationObjectMember;
    }

    /** The response JSON itself, edited after everything was signed. */
    record ResponseJson(JsonPointer pointer) implements EditPointer {
        @Override
        public String text() {
            return pointer.toString();
        }
    }

    /** A member of the decoded client data ({@code pointer} into it), edited before the client hashes it. */
    record ClientDataMember(JsonPointer pointer) implements EditPointer {
        @Override
        public String text() {
            return CLIENT_DATA_JSON + pointer;
        }
    }

    /** {@code fmt}, {@code attStmt[/...]} or {@code authData} of the decoded attestation object, edited after signing. */
    record AttestationObjectMember(JsonPointer pointer) implements EditPointer {
        @Override
        public String text() {
            return ATTESTATION_OBJECT + pointer;
        }
    }

    /**
     * A part of the parsed authenticator data, edited before the authenticator signs it.
     *
     * @param inAttestationObject whether the pointer reaches it through the attestation object's authData
     */
    record AuthenticatorDataPart(Part part, boolean inAttestationObject) implements EditPointer {
        @Override
        public String text() {
            return (inAttestationObject ? ATTESTATION_OBJECT + "/authData/" : AUTHENTICATOR_DATA + "/")
                    + part.member;
        }
    }

    /** The parts of authenticator data an edit can reach (WebAuthn L3 §6.1). */
    enum Part {
        ATTESTED_CREDENTIAL_DATA("attestedCredentialData"),
        EXTENSIONS("extensions"),
        /** Bytes after the last part; no real authenticator sends any. */
        TRAILING_BYTES("trailingBytes");

        private final String member;

        Part(String member) {
            this.member = member;
        }

        static Part of(String member, String pointer) {
            for (Part part : values()) {
                if (part.member.equals(member)) {
                    return part;
                }
            }
            throw new InvalidEditException("edit " + pointer + ": authenticator data has no part '" + member
                    + "' (attestedCredentialData, extensions, trailingBytes)");
        }
    }

    /** The pointer's target; a pointer that is not RFC 6901 or names no editable part is refused here. */
    static EditPointer parse(String text) {
        if (!text.startsWith("/")) {
            throw new InvalidEditException("a JSON pointer starts with '/': " + text);
        }
        JsonPointer pointer;
        try {
            pointer = JsonPointer.compile(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidEditException("edit " + text + ": not a JSON pointer: " + e.getMessage());
        }
        List<String> segments = new ArrayList<>();
        for (JsonPointer p = pointer; !p.matches(); p = p.tail()) {
            segments.add(p.getMatchingProperty());
        }
        if (segments.size() < 3 || !"response".equals(segments.get(0))) {
            return new ResponseJson(pointer);
        }
        JsonPointer inner = pointer.tail().tail();
        switch (segments.get(1)) {
            case "clientDataJSON":
                return new ClientDataMember(inner);
            case "attestationObject":
                if ("authData".equals(segments.get(2)) && segments.size() > 3) {
                    return authenticatorDataPart(segments.subList(3, segments.size()), text, true);
                }
                return new AttestationObjectMember(inner);
            case "authenticatorData":
                return authenticatorDataPart(segments.subList(2, segments.size()), text, false);
            default:
                return new ResponseJson(pointer);
        }
    }

    private static AuthenticatorDataPart authenticatorDataPart(List<String> rest, String pointer, boolean inAttObj) {
        if (rest.size() != 1) {
            throw new InvalidEditException("edit " + pointer + ": an edit reaches a part of authenticator data, "
                    + "not inside it");
        }
        return new AuthenticatorDataPart(Part.of(rest.get(0), pointer), inAttObj);
    }
}
