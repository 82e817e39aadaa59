package dev.passkeyharness.authenticator.attestation;

import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.data.Bytes;

/** Encodes the attestation object (WebAuthn L3 §6.5.4) in canonical CBOR. */
public final class AttestationObject {

    private AttestationObject() {
    }

    /** {"fmt": text, "attStmt": map, "authData": bytes}, keys in canonical order. */
    public static Bytes encode(AttestationStatement statement, Bytes authData) {
        return Bytes.of(Cbor.map()
                .put("fmt", Cbor.text(statement.fmt()))
                .put("attStmt", statement.attStmt())
                .put("authData", Cbor.bytes(authData.toByteArray()))
                .encode());
    }
}
