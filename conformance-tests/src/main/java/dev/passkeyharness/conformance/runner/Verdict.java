package dev.passkeyharness.conformance.runner;

/** The outcome of one check. */
public enum Verdict {
    PASS, FAIL, SKIP
}
