package dev.passkeyharness.conformance.runner;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonPointer;

/**
 * Where a response edit acts, read from its pointer (CATALOGUE.md, "Edit pointers"): the response JSON itself, or
 * inside one of its encoded members, at the depth where that member is made.
 */
sealed interface EditTarget {

    /** The response JSON itself, edited after everything was signed. */
    record ResponseJson(String pointer) implements EditTarget {
    }

    /** A member of the decoded client data ({@code pointer} into it), edited before the client hashes it. */
    record ClientDataMember(String pointer) implements EditTarget {
    }

    /** {@code fmt}, {@code attStmt[/...]} or {@code authData} of the decoded attestation object, edited after signing. */
    record AttestationObjectMember(String pointer) implements EditTarget {
    }

    /** A part of the parsed authenticator data, edited before the authenticator signs it. */
    record AuthenticatorDataPart(Part part, boolean inAttestationObject) implements EditTarget {
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
            throw new IllegalArgumentException("edit " + pointer + ": authenticator data has no part '" + member
                    + "' (attestedCredentialData, extensions, trailingBytes)");
        }
    }

    /** Whether the edit is made before signing (through the authenticator's and client's hooks), not on the JSON. */
    default boolean beforeSigning() {
        return this instanceof ClientDataMember || this instanceof AuthenticatorDataPart;
    }

    static EditTarget of(String pointer) {
        List<String> segments = new ArrayList<>();
        for (JsonPointer p = JsonPointer.compile(pointer); !p.matches(); p = p.tail()) {
            segments.add(p.getMatchingProperty());
        }
        if (segments.size() < 3 || !"response".equals(segments.get(0))) {
            return new ResponseJson(pointer);
        }
        String inner = JsonPointer.compile(pointer).tail().tail().toString();
        switch (segments.get(1)) {
            case "clientDataJSON":
                return new ClientDataMember(inner);
            case "attestationObject":
                if ("authData".equals(segments.get(2)) && segments.size() > 3) {
                    return authenticatorDataPart(segments.subList(3, segments.size()), pointer, true);
                }
                return new AttestationObjectMember(inner);
            case "authenticatorData":
                return authenticatorDataPart(segments.subList(2, segments.size()), pointer, false);
            default:
                return new ResponseJson(pointer);
        }
    }

    private static AuthenticatorDataPart authenticatorDataPart(List<String> rest, String pointer, boolean inAttObj) {
        if (rest.size() != 1) {
            throw new IllegalArgumentException("edit " + pointer + ": an edit reaches a part of authenticator data, "
                    + "not inside it");
        }
        return new AuthenticatorDataPart(Part.of(rest.get(0), pointer), inAttObj);
    }
}
