package dev.passkeyharness.conformance.runner.step;

import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.catalogue.Scenario;
import dev.passkeyharness.conformance.runner.judge.CheckResult;
import dev.passkeyharness.conformance.runner.judge.Verdict;
import dev.passkeyharness.conformance.scenario.ScenarioRunner;
import dev.passkeyharness.conformance.target.Exchange;
import dev.passkeyharness.conformance.target.ProfileSession;
import dev.passkeyharness.conformance.target.RpTarget;
import dev.passkeyharness.conformance.target.TargetUnreachableException;
import java.util.List;
import java.util.Optional;

/**
 * JOURNEY checks: the check's scenario walked through the target's onboarding API in one visitor's session. PASS when
 * the journey went as the scenario says; FAIL names the first step that did not.
 */
public final class JourneyCheck {

    private JourneyCheck() {
    }

    /**
     * Runs {@code check}'s scenario; {@code seed} is the check's own (derived from the run's seed and its id).
     *
     * @throws TargetUnreachableException when the target never answered
     */
    public static CheckResult run(Check.Journey check, RpTarget target, long seed) {
        long start = System.nanoTime();
        Scenario scenario = check.scenario();
        if (!target.capabilities().contains(RpTarget.Capability.ONBOARDING_API)) {
            return result(check, Verdict.SKIP, "needs a target speaking the onboarding API (ONBOARDING_API)", start,
                    List.of());
        }
        ProfileSession session = target.newOnboardingSession();
        Optional<String> failure =
                ScenarioRunner.walk(scenario, session, target.origin(), seed, target.attestationCa());
        return failure.map(f -> result(check, Verdict.FAIL, f, start, session.exchanges()))
                .orElseGet(() -> result(check, Verdict.PASS, scenario.steps().size() + " steps", start,
                        session.exchanges()));
    }

    private static CheckResult result(Check check, Verdict verdict, String message, long start,
            List<Exchange> exchanges) {
        return new CheckResult(check, verdict, message, (System.nanoTime() - start) / 1_000_000, exchanges, List.of());
    }
}
