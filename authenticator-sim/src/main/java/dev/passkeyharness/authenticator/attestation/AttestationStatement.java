package dev.passkeyharness.authenticator.attestation;

import co.nstant.in.cbor.model.Map;
import java.util.Objects;

/** An attestation statement: its format identifier and the attStmt CBOR map (WebAuthn L3 §6.5.4). */
public record AttestationStatement(String fmt, Map attStmt) {

    public AttestationStatement {
        Objects.requireNonNull(fmt, "fmt");
        Objects.requireNonNull(attStmt, "attStmt");
    }
}
