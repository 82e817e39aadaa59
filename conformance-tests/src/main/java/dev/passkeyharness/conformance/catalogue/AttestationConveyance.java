package dev.passkeyharness.conformance.catalogue;

/** The options request's attestation member (WebAuthn L3 §5.4.7 AttestationConveyancePreference). */
public enum AttestationConveyance {
    NONE, INDIRECT, DIRECT, ENTERPRISE
}
