package dev.passkeyharness.conformance.runner.judge;

/**
 * The outcome of one check. Only {@link #FAIL} blames the RP; {@link #ERROR} is the harness's own failure.
 *
 * <p>An enum rather than a sealed interface: Java 17 checks a switch expression over an enum for exhaustiveness,
 * while pattern switches over sealed types are still a preview. Every report switches over it in a switch
 * expression, so a further outcome (e.g. inconclusive) is one more constant and the compiler names each place that
 * must say what to do with it.
 */
public enum Verdict {
    /** The RP did what a correct RP does. */
    PASS,
    /** The RP did not; the message says what it did instead. */
    FAIL,
    /** The check does not apply to this target (a missing capability, an algorithm it does not offer). */
    SKIP,
    /**
     * The check ran, but its outcome says nothing about the rule it tests: a correct ceremony it depends on is refused
     * too (its positive twin, which carries that failure once), or the target was not told to trust the run's
     * attestation CA. Reported like a skip, naming what it depends on; it never fails a run.
     */
    INCONCLUSIVE,
    /** The harness could not carry the check out (bad check data, a runner bug): it says nothing about the RP. */
    ERROR
}
