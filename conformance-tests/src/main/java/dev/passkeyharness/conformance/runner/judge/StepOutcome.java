package dev.passkeyharness.conformance.runner.judge;

import dev.passkeyharness.conformance.target.Answer;

/** How a check's tested step ended: the RP answered it, or the check could not get that far (and whose doing that was). */
public sealed interface StepOutcome {

    /**
     * The RP answered the tested step; the judge compares it with the expectation. {@code aftermath} is what a
     * refusal must leave behind, run only when a refusal was expected and came.
     */
    record Answered(Answer answer, Aftermath aftermath) implements StepOutcome {
        public Answered {
            java.util.Objects.requireNonNull(answer, "answer");
            aftermath = aftermath == null ? Aftermath.NONE : aftermath;
        }

        Answered(Answer answer) {
            this(answer, Aftermath.NONE);
        }
    }

    /**
     * OPTIONS checks: the assertions were evaluated; {@code failures} is empty when all held. {@code notes} say where
     * an assertion was read differently for the target's API.
     */
    record Evaluated(int assertions, java.util.List<String> failures, java.util.List<String> notes)
            implements StepOutcome {
        public Evaluated {
            failures = java.util.List.copyOf(failures);
            notes = notes == null ? java.util.List.of() : java.util.List.copyOf(notes);
        }
    }

    /** The target cannot run this check (a missing capability, an algorithm it does not offer). */
    record Skipped(String reason) implements StepOutcome {
    }

    /**
     * The RP kept the check from its tested step: it refused a correct setup ceremony or options request, or sent
     * options the client must refuse. The RP's doing, so a failure.
     */
    record SetupRefused(String reason) implements StepOutcome {
    }

    /**
     * The tested step cannot speak to the check's rule: the RP refuses a correct ceremony of the kind the check
     * builds on, or was not told to trust the attestation the step carries. {@code reason} names what it depends on.
     */
    record Inconclusive(String reason) implements StepOutcome {
    }

    /**
     * The harness could not carry the check out: the check's data names what does not exist (a tampering, a
     * profile, an options assertion), an edit does not apply to the response, or the runner threw. Not the RP's doing.
     */
    record Errored(String reason) implements StepOutcome {
    }
}
