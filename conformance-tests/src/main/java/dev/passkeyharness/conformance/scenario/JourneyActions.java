package dev.passkeyharness.conformance.scenario;

import dev.passkeyharness.conformance.catalogue.Step;
import java.util.Optional;

/**
 * What walks a scenario: one person's actions and what they see afterwards. The onboarding API ({@link Journey}) and
 * the RP's pages in a browser are the two ways.
 */
public interface JourneyActions {

    /** Performs action step {@code index} (from 0) and says how it ended. */
    ActionOutcome act(int index, Step step);

    /** Empty when {@code what} holds, else what was seen instead; {@code last} is the last action's outcome. */
    Optional<String> check(Step.Expectation what, ActionOutcome last);

    /** The expectations about the last action alone, the same for every way of walking. */
    static Optional<String> lastStep(Step.Expectation what, ActionOutcome last) {
        if (what instanceof Step.Expectation.LastStepRefused r) {
            if (!(last instanceof ActionOutcome.Refused refused)) {
                return Optional.of("the last step was accepted");
            }
            return r.rule() == null || r.rule().equals(refused.name()) ? Optional.empty()
                    : Optional.of("the last step was " + refused + ", not " + r.rule());
        }
        if (what instanceof Step.Expectation.LastStepAccepted) {
            return last instanceof ActionOutcome.Refused r ? Optional.of("the last step was " + r) : Optional.empty();
        }
        throw new IllegalArgumentException("not about the last step: " + what.describe());
    }
}
