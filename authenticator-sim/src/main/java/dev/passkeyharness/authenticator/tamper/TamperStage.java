package dev.passkeyharness.authenticator.tamper;

/** Where in the ceremony a tampering acts (the five stages of the architecture). */
public enum TamperStage {
    /** The client data the browser builds (WebAuthn L3 §5.8.1), before it is hashed. */
    CLIENT_DATA("clientData"),
    /** Authenticator data before it is signed, so the signature stays valid over the wrong data. */
    AUTHENTICATOR_DATA("authData"),
    /** The assertion or attestation signature after signing. */
    SIGNATURE("signature"),
    /** The attestation statement: its fields and certificates. */
    ATTESTATION_STATEMENT("attStmt"),
    /** The bytes and JSON the client sends to the relying party. */
    ENCODING("encoding");

    private final String prefix;

    TamperStage(String prefix) {
        this.prefix = prefix;
    }

    /** The first segment of every tampering name at this stage. */
    public String prefix() {
        return prefix;
    }
}
