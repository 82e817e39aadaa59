package dev.passkeyharness.conformance.runner.judge;

import java.util.Optional;

/**
 * What a refused step must leave behind: nothing stored, and a correct ceremony right after still accepted. The
 * FIDO tools stop at the refusal; an RP that refuses but stores the credential, or moves the sign counter, or is left
 * unusable, does not pass.
 */
@FunctionalInterface
public interface Aftermath {

    /** For steps whose refusal leaves nothing to look at (options checks, setups the runner cannot follow up). */
    Aftermath NONE = () -> Optional.empty();

    /** Runs the follow-ups; empty when they held, else what they found. */
    Optional<Finding> check();

    /** What follow-ups that did not hold found. */
    sealed interface Finding {

        String message();

        /** The refusal does not count ("refused, but …"): the check fails. */
        record Broken(String message) implements Finding {
        }

        /**
         * The follow-up was refused, and so is the same correct ceremony for a new user: the RP never accepts that
         * kind of ceremony, so the refusal says nothing about the check's rule.
         */
        record Inconclusive(String message) implements Finding {
        }
    }
}
