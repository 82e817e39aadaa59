package dev.passkeyharness.conformance.runner.judge;

/**
 * How a target refused a step. The FIDO tools count every refusal as a pass; a crash is not a validated rejection
 * (the classification of fido2-net-lib's conformance notes), so it fails a negative check.
 */
public enum RefusalClass {
    /** A refusal whose body names the rule: the reference RP's {@code rule} member, or a keyword of it in the message. */
    RULE_SPECIFIC,
    /** A validated refusal (a 4xx, or a failed envelope) that does not say which rule failed. */
    GENERIC_4XX,
    /** A 5xx, no answer at all (a dropped connection), or an answer that is not JSON. */
    CRASH;

    /** As reports write it: "rule-specific", "generic 4xx", "crash". */
    public String label() {
        return switch (this) {
            case RULE_SPECIFIC -> "rule-specific";
            case GENERIC_4XX -> "generic 4xx";
            case CRASH -> "crash";
        };
    }
}
