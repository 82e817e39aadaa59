package dev.passkeyharness.authenticator.attestation;

/**
 * A deliberate fault inside one attestation format's own structures, made before anything is signed so that only the
 * rule under test breaks. Each format declares the faults it takes, as its own records or enum constants, and applies
 * those it finds in {@link FormatFaults}; a fault of another format passes it by. A new format adds its faults in its
 * own files: nothing shared lists them.
 */
public interface FormatFault {
}
