package dev.passkeyharness.conformance.scenario;

import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.runner.CheckResult;
import dev.passkeyharness.conformance.runner.Verdict;
import dev.passkeyharness.conformance.target.Exchange;
import dev.passkeyharness.conformance.target.OnboardingSession;
import dev.passkeyharness.conformance.target.RpTarget;
import dev.passkeyharness.conformance.target.TargetUnreachableException;
import java.util.List;
import java.util.Optional;

/**
 * Drives a JOURNEY check's scenario through the target's onboarding API, one browser session for the whole journey.
 * PASS when every action step ends as the scenario expects and every expectation holds: an action must be accepted
 * unless the next step is {@code expect: lastStepRefused}. FAIL names the first step that did not.
 */
public final class ScenarioRunner {

    private ScenarioRunner() {
    }

    /**
     * Runs {@code check}'s scenario; {@code seed} is the check's own (derived from the run's seed and its id).
     *
     * @throws TargetUnreachableException when the target never answered
     */
    public static CheckResult run(Check check, RpTarget target, long seed) {
        long start = System.nanoTime();
        Scenario scenario = check.scenario();
        if (scenario == null) {
            return result(check, Verdict.SKIP, "this journey check has no scenario attached", start, List.of());
        }
        if (!target.capabilities().contains(RpTarget.Capability.ONBOARDING_API)) {
            return result(check, Verdict.SKIP, "needs a target speaking the onboarding API (ONBOARDING_API)", start,
                    List.of());
        }
        OnboardingSession session = target.newOnboardingSession();
        Journey journey = new Journey(scenario, session, target.origin(), seed, target.attestationCa());
        Optional<String> failure = walk(scenario.steps(), journey);
        return failure.map(f -> result(check, Verdict.FAIL, f, start, session.exchanges()))
                .orElseGet(() -> result(check, Verdict.PASS, scenario.steps().size() + " steps", start,
                        session.exchanges()));
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

    private static CheckResult result(Check check, Verdict verdict, String message, long start,
            List<Exchange> exchanges) {
        return new CheckResult(check, verdict, message, (System.nanoTime() - start) / 1_000_000, exchanges, List.of());
    }
}
