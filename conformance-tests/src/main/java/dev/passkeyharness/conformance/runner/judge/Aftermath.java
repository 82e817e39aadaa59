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

    /** Runs the follow-ups; empty when they held, else why the refusal does not count ("refused, but …"). */
    Optional<String> check();
}
