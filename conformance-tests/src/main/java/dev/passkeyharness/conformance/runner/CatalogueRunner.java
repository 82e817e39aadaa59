package dev.passkeyharness.conformance.runner;

import dev.passkeyharness.authenticator.attestation.AttestationCa;
import dev.passkeyharness.authenticator.crypto.DeterministicRandom;
import dev.passkeyharness.authenticator.ctap.Ctap2AuthenticatorBuilder;
import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.catalogue.Procedure;
import dev.passkeyharness.conformance.catalogue.Seeds;
import dev.passkeyharness.conformance.runner.judge.Aftermath;
import dev.passkeyharness.conformance.runner.judge.CheckResult;
import dev.passkeyharness.conformance.runner.judge.Judge;
import dev.passkeyharness.conformance.runner.judge.StepOutcome;
import dev.passkeyharness.conformance.runner.judge.Verdict;
import dev.passkeyharness.conformance.runner.step.AuthenticationCheck;
import dev.passkeyharness.conformance.runner.step.CheckRun;
import dev.passkeyharness.conformance.runner.step.CheckStop;
import dev.passkeyharness.conformance.runner.step.JourneyCheck;
import dev.passkeyharness.conformance.runner.step.OptionsCheck;
import dev.passkeyharness.conformance.runner.step.RegistrationCheck;
import dev.passkeyharness.conformance.target.RpTarget;
import dev.passkeyharness.conformance.target.TargetUnreachableException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs catalogue checks against one target: each check with its own seeded authenticators, usernames and sessions,
 * judged on its own; a check that throws errs alone (the harness's failure, not the RP's). Only an unreachable target
 * stops the run.
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
        CheckResult run(Check.Browser check, RpTarget target, long seed);
    }

    /** Without a browser, browser checks are skipped, saying how to run them. */
    public static final BrowserChecks NO_BROWSER = (check, target, seed) -> new CheckResult(check, Verdict.SKIP,
            "a browser check: it runs with 'run --browser' (headless Chromium)", 0, List.of(), List.of());

    /** A listener that hears nothing. */
    public static final Listener SILENT = new Listener() {
    };

    private final int workers;
    private final BrowserChecks browser;

    /** A runner that runs one check at a time and skips browser checks. */
    public CatalogueRunner() {
        this(1);
    }

    /** A runner with {@code workers} checks in flight at once that skips browser checks. */
    public CatalogueRunner(int workers) {
        this(workers, NO_BROWSER);
    }

    /**
     * A runner with {@code workers} checks in flight at once; {@code browser} runs the browser checks. Each check's own
     * requests are the same whatever the
     * number; only their interleaving with other checks' requests changes. Results still arrive in catalogue order.
     */
    public CatalogueRunner(int workers, BrowserChecks browser) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        }
        this.workers = workers;
        this.browser = java.util.Objects.requireNonNull(browser, "browser");
    }

    /** One attestation CA per run seed, shared by every device of the run: making a CA costs two key pairs. */
    private final Map<Long, AttestationCa> attestationCas = new ConcurrentHashMap<>();

    /**
     * Runs {@code checks} in order against {@code target}.
     *
     * @throws TargetUnreachableException when the target never answered
     */
    public RunReport run(List<Check> checks, RpTarget target, long seed, Listener listener) {
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        listener.onStart(checks.size());
        List<CheckResult> results;
        PositiveTwins twins = PositiveTwins.of(checks);
        if (workers == 1) {
            results = new ArrayList<>();
            for (int i = 0; i < checks.size(); i++) {
                CheckResult result = runOne(checks.get(i), target, seed, twins);
                results.add(result);
                listener.onResult(i + 1, result);
            }
        } else {
            results = new CheckPool(workers).run(checks, CatalogueRunner::movesClock,
                    i -> runOne(checks.get(i), target, seed, twins), listener);
        }
        return new RunReport(target.description(), seed, startedAt, (System.nanoTime() - start) / 1_000_000, results);
    }

    /** Whether the check moves the target's clock, which expires every challenge in flight. */
    static boolean movesClock(Check check) {
        return check instanceof Check.SingleStep step && step.setup().procedure() == Procedure.EXPIRED_CHALLENGE;
    }

    /** One check, timed; any exception but an unreachable target becomes this check's ERROR. */
    public CheckResult runOne(Check check, RpTarget target, long seed) {
        return runOne(check, target, seed, PositiveTwins.NONE);
    }

    private CheckResult runOne(Check check, RpTarget target, long seed, PositiveTwins twins) {
        if (check instanceof Check.Journey journey) {
            return JourneyCheck.run(journey, target, Seeds.derive(seed, check.id()));
        }
        if (check instanceof Check.Browser browserCheck) {
            return browser.run(browserCheck, target, Seeds.derive(seed, check.id()));
        }
        return runStep((Check.SingleStep) check, target, seed, twins.of((Check.SingleStep) check));
    }

    /** A check of one tested step: its outcome, then the refusal's follow-ups, judged. */
    private CheckResult runStep(Check.SingleStep check, RpTarget target, long seed, Optional<String> positiveTwin) {
        long start = System.nanoTime();
        // the CA the target trusts, when it names one; else one made for the run
        CheckRun run = new CheckRun(check, target, seed,
                target.attestationCa().orElseGet(() -> attestationCa(seed)), positiveTwin);
        StepOutcome outcome;
        try {
            outcome = procedure(run);
        } catch (TargetUnreachableException e) {
            throw e;
        } catch (CheckStop stop) {
            outcome = stop.outcome();
        } catch (RuntimeException e) {
            // a bug or a gap in the harness, not something the RP did
            outcome = new StepOutcome.Errored(failure(e));
        }
        Optional<Aftermath.Finding> aftermath = Optional.empty();
        if (outcome instanceof StepOutcome.Answered answered && Judge.wantsAftermath(check, answered.answer())) {
            run.startAftermath();
            try {
                aftermath = aftermath(answered.aftermath());
            } catch (CheckStop harnessError) {
                outcome = harnessError.outcome();
            }
        }
        Judge.Judgement judgement = Judge.judge(check, outcome, aftermath, run::warn);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new CheckResult(check, judgement.verdict(), judgement.message(), millis, run.exchanges(), run.warnings(),
                judgement.refusal(), run.aftermath());
    }

    /** The run's CA, made from the run seed as a seeded authenticator makes its own: same seed, same CA. */
    private AttestationCa attestationCa(long seed) {
        return attestationCas.computeIfAbsent(seed, s -> AttestationCa.create(new DeterministicRandom(s, "attestation-ca"),
                Clock.fixed(Ctap2AuthenticatorBuilder.SEEDED_EPOCH, ZoneOffset.UTC)));
    }

    /**
     * The follow-ups of a refusal; one the RP breaks (a refused setup, a client error) says so.
     *
     * @throws CheckStop an errored outcome when the harness could not carry the follow-ups out
     */
    private static Optional<Aftermath.Finding> aftermath(Aftermath aftermath) {
        String couldNotRun = "refused, but the follow-up could not run: ";
        try {
            return aftermath.check();
        } catch (TargetUnreachableException e) {
            throw e;
        } catch (CheckStop stop) {
            if (stop.outcome() instanceof StepOutcome.Errored) {
                throw CheckStop.errored(couldNotRun + stop.getMessage());
            }
            if (stop.outcome() instanceof StepOutcome.Inconclusive) {
                return Optional.of(new Aftermath.Finding.Inconclusive(couldNotRun + stop.getMessage()));
            }
            return Optional.of(new Aftermath.Finding.Broken(couldNotRun + stop.getMessage()));
        } catch (RuntimeException e) {
            throw CheckStop.errored(couldNotRun + failure(e));
        }
    }

    private static String failure(RuntimeException e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static StepOutcome procedure(CheckRun run) {
        Check.SingleStep check = run.check();
        if (check instanceof Check.Options options) {
            return new OptionsCheck(run, options).run();
        }
        if (check instanceof Check.Registration registration) {
            return new RegistrationCheck(run, registration).run();
        }
        return new AuthenticationCheck(run, (Check.Authentication) check).run();
    }
}
