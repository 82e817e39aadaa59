package dev.passkeyharness.conformance.runner;

/** Ends a check early with a skip or a broken setup, from deep inside a procedure. */
final class CheckStop extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient StepOutcome outcome;

    private CheckStop(StepOutcome outcome, String message) {
        super(message, null, false, false);
        this.outcome = outcome;
    }

    static CheckStop skip(String reason) {
        return new CheckStop(new StepOutcome.Skipped(reason), reason);
    }

    static CheckStop broken(String reason) {
        return new CheckStop(new StepOutcome.Broken(reason), reason);
    }

    StepOutcome outcome() {
        return outcome;
    }
}
