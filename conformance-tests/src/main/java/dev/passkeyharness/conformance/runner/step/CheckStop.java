package dev.passkeyharness.conformance.runner.step;

import dev.passkeyharness.conformance.runner.judge.StepOutcome;

/** Ends a check early with a skip, a setup the RP refused or a harness error, from deep inside a procedure. */
public final class CheckStop extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient StepOutcome outcome;

    private CheckStop(StepOutcome outcome, String message) {
        super(message, null, false, false);
        this.outcome = outcome;
    }

    static CheckStop skip(String reason) {
        return new CheckStop(new StepOutcome.Skipped(reason), reason);
    }

    /** The RP refused a correct setup step: the check fails. */
    static CheckStop setupRefused(String reason) {
        return new CheckStop(new StepOutcome.SetupRefused(reason), reason);
    }

    /** The RP refused a correct step the check depends on, for a reason the check says nothing about. */
    static CheckStop inconclusive(String reason) {
        return new CheckStop(new StepOutcome.Inconclusive(reason), reason);
    }

    /** The harness cannot go on (bad check data, a step that does not apply): the check errs, the RP is not blamed. */
    public static CheckStop errored(String reason) {
        return new CheckStop(new StepOutcome.Errored(reason), reason);
    }

    public StepOutcome outcome() {
        return outcome;
    }
}
