package dev.passkeyharness.conformance.runner;

import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.catalogue.CheckCeremony;
import dev.passkeyharness.conformance.scenario.ScenarioRunner;
import dev.passkeyharness.conformance.target.RpTarget;
import dev.passkeyharness.conformance.target.TargetUnreachableException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs catalogue checks against one target: each check with its own seeded authenticators, usernames and sessions,
 * judged on its own; a check that throws fails alone. Only an unreachable target stops the run.
 */
public final class CatalogueRunner {

    /** Progress of a run, e.g. for console lines. */
    public interface Listener {
        default void onStart(int total) {
        }

        /** {@code index} counts from 1. */
        default void onResult(int index, CheckResult result) {
        }
    }

    /** Runs BROWSER checks (journeys through the RP's pages); the CLI's is Chromium's, started by --browser. */
    @FunctionalInterface
    public interface BrowserChecks {
        /** @throws TargetUnreachableException when the target never answered */
        CheckResult run(Check check, RpTarget target, long seed);
    }

    /** Without a browser, browser checks are skipped, saying how to run them. */
    public static final BrowserChecks NO_BROWSER = (check, target, seed) -> new CheckResult(check, Verdict.SKIP,
            "a browser check: it runs with 'run --browser' (headless Chromium)", 0, List.of(), List.of());

    private final BrowserChecks browser;

    /** A runner whose browser checks are skipped. */
    public CatalogueRunner() {
        this(NO_BROWSER);
    }

    public CatalogueRunner(BrowserChecks browser) {
        this.browser = java.util.Objects.requireNonNull(browser, "browser");
    }

    /** A listener that hears nothing. */
    public static final Listener SILENT = new Listener() {
    };

    /**
     * Runs {@code checks} in order against {@code target}.
     *
     * @throws TargetUnreachableException when the target never answered
     */
    public RunReport run(List<Check> checks, RpTarget target, long seed, Listener listener) {
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        listener.onStart(checks.size());
        List<CheckResult> results = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            CheckResult result = runOne(checks.get(i), target, seed);
            results.add(result);
            listener.onResult(i + 1, result);
        }
        return new RunReport(target.description(), seed, startedAt, (System.nanoTime() - start) / 1_000_000, results);
    }

    /** One check, timed; any exception but an unreachable target becomes this check's FAIL. */
    public CheckResult runOne(Check check, RpTarget target, long seed) {
        if (check.ceremony() == CheckCeremony.JOURNEY) {
            return ScenarioRunner.run(check, target, Seeds.derive(seed, check.id()));
        }
        if (check.ceremony() == CheckCeremony.BROWSER) {
            return browser.run(check, target, Seeds.derive(seed, check.id()));
        }
        long start = System.nanoTime();
        CheckRun run = new CheckRun(check, target, seed);
        StepOutcome outcome;
        try {
            outcome = procedure(run);
        } catch (TargetUnreachableException e) {
            throw e;
        } catch (CheckStop stop) {
            outcome = stop.outcome();
        } catch (RuntimeException e) {
            outcome = new StepOutcome.Broken(failure(e));
        }
        Optional<String> aftermath = Optional.empty();
        if (outcome instanceof StepOutcome.Answered answered && Judge.wantsAftermath(check, answered.answer())) {
            run.startAftermath();
            aftermath = aftermath(answered.aftermath());
        }
        Judge.Judgement judgement = Judge.judge(check, outcome, aftermath, run::warn);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new CheckResult(check, judgement.verdict(), judgement.message(), millis, run.exchanges(), run.warnings(),
                judgement.refusal(), run.aftermath());
    }

    /** The follow-ups of a refusal; one that breaks on its own (a client error, bad data) says so. */
    private static Optional<String> aftermath(Aftermath aftermath) {
        try {
            return aftermath.check();
        } catch (TargetUnreachableException e) {
            throw e;
        } catch (CheckStop stop) {
            return Optional.of("refused, but the follow-up could not run: " + stop.getMessage());
        } catch (RuntimeException e) {
            return Optional.of("refused, but the follow-up could not run: " + failure(e));
        }
    }

    private static String failure(RuntimeException e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static StepOutcome procedure(CheckRun run) {
        switch (run.check().ceremony()) {
            case OPTIONS:
                return new OptionsCheck(run).run();
            case REGISTRATION:
                return new RegistrationCheck(run).run();
            case AUTHENTICATION:
                return new AuthenticationCheck(run).run();
            case JOURNEY:
            case BROWSER:
            default:
                return new StepOutcome.Skipped("journey and browser checks are run by their own runners");
        }
    }
}
