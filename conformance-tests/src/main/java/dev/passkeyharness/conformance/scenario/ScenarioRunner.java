package dev.passkeyharness.conformance.scenario;

import dev.passkeyharness.authenticator.attestation.AttestationCa;
import dev.passkeyharness.conformance.catalogue.Scenario;
import dev.passkeyharness.conformance.catalogue.Step;
import dev.passkeyharness.conformance.target.ProfileSession;
import dev.passkeyharness.conformance.target.TargetUnreachableException;
import java.util.List;
import java.util.Optional;

/**
 * Walks a scenario's steps, through the onboarding API or through any other {@link JourneyActions}. A journey goes as
 * the scenario says when every action step ends as expected and every expectation holds: an action must be accepted
 * unless the next step is {@code expect: lastStepRefused}. Otherwise the first step that did not is named.
 */
public final class ScenarioRunner {

    private ScenarioRunner() {
    }

    /**
     * Walks {@code scenario} through {@code session}, one visitor for the whole journey; {@code seed} makes its devices
     * and account. Empty when the journey went as the scenario says; else "step N (name): what happened".
     *
     * @throws TargetUnreachableException when the target never answered
     */
    public static Optional<String> walk(Scenario scenario, ProfileSession session, String origin, long seed,
            Optional<AttestationCa> attestationCa) {
        return walk(scenario.steps(), new Journey(scenario, session, origin, seed, attestationCa));
    }

    /** Empty when the whole journey went as the scenario says; else "step N (name): what happened". */
    public static Optional<String> walk(List<Step> steps, JourneyActions journey) {
        ActionOutcome last = null;
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            try {
                if (step instanceof Step.Expect expect) {
                    Optional<String> seen = journey.check(expect.what(), last);
                    if (seen.isPresent()) {
                        return Optional.of(at(i, step, seen.get()));
                    }
                    continue;
                }
                last = journey.act(i, step);
                if (last instanceof ActionOutcome.Refused refused && !refusalExpected(steps, i)) {
                    return Optional.of(at(i, step, refused.toString()));
                }
            } catch (TargetUnreachableException e) {
                throw e;
            } catch (RuntimeException e) {
                return Optional.of(at(i, step, "broke: " + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage())));
            }
        }
        return Optional.empty();
    }

    private static boolean refusalExpected(List<Step> steps, int index) {
        return index + 1 < steps.size() && steps.get(index + 1) instanceof Step.Expect next
                && next.what() instanceof Step.Expectation.LastStepRefused;
    }

    private static String at(int index, Step step, String what) {
        return "step " + (index + 1) + " (" + step.name() + "): " + what;
    }
}
