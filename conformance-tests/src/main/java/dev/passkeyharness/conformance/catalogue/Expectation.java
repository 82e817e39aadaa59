package dev.passkeyharness.conformance.catalogue;

/** What a correct RP does with the tested step. */
public enum Expectation {
    ACCEPTED,
    REJECTED
}
