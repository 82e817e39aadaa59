package dev.passkeyharness.conformance.junit;

import dev.passkeyharness.conformance.catalogue.BuiltInCatalogue;
import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.runner.CatalogueRunner;
import dev.passkeyharness.conformance.runner.judge.CheckResult;
import dev.passkeyharness.conformance.runner.RunReport;
import dev.passkeyharness.conformance.runner.judge.Verdict;
import dev.passkeyharness.conformance.target.Api;
import dev.passkeyharness.conformance.target.EndpointProfiles;
import dev.passkeyharness.conformance.target.Exchange;
import dev.passkeyharness.conformance.target.HttpTarget;
import dev.passkeyharness.conformance.target.RpTarget;
import dev.passkeyharness.conformance.target.TargetUnreachableException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Runs the conformance catalogue against an RP from the developer's own JUnit 5 tests: as one dynamic test per check
 * from a {@link TestFactory}, or in one call with {@link #assertConforms()}.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> conformance() {
 *     return PasskeyConformance.against("http://localhost:8080", "spring-security").dynamicTests();
 * }
 * }</pre>
 *
 * <p>A dynamic test passes when its check passed, fails with the check's message and the last exchange when a
 * REQUIRED check failed, and is aborted (reported as skipped, with the reason) when the check was skipped or an
 * OPTIONAL or ADVISORY check failed: like {@code run}'s exit code, only required checks fail the build unless
 * {@link #strict()} is asked for. A check the harness could not carry out (verdict ERROR: bad check data, a runner
 * bug) errs with a {@link HarnessErrorException} at any level: not aborted, since a skipped-looking test would hide
 * that the check never ran, and not an assertion failure, since the RP failed nothing. An unreachable target fails
 * every test with the connection error.
 *
 * <p>Instances are immutable: every setter returns a new one.
 */
public final class PasskeyConformance {

    private static final int BODY_LIMIT = 400;
    private static final String HARNESS_ERROR = "the harness's own error, not the RP's failure";

    private final RpTarget target;
    private final long seed;
    private final Predicate<Check> selection;
    private final List<String> ids;
    private final boolean strict;

    private PasskeyConformance(RpTarget target, long seed, Predicate<Check> selection, List<String> ids,
            boolean strict) {
        this.target = target;
        this.seed = seed;
        this.selection = selection;
        this.ids = ids;
        this.strict = strict;
    }

    /** The RP at {@code url} (its origin is the URL's scheme://host[:port]), spoken to through {@code api}. */
    public static PasskeyConformance against(String url, Api api) {
        return against(HttpTarget.of(url, api));
    }

    /**
     * The RP at {@code url} (its origin is the URL's scheme://host[:port]), driven through the endpoint profile
     * {@code profile}: a built-in name ({@link EndpointProfiles#BUILT_IN}) or the path of a profile file.
     *
     * @throws dev.passkeyharness.conformance.catalogue.CatalogueException {@code file:line} when the file is wrong
     * @throws IllegalArgumentException when {@code profile} is neither a built-in name nor a readable file
     */
    public static PasskeyConformance against(String url, String profile) {
        return against(HttpTarget.of(url, EndpointProfiles.resolve(profile)));
    }

    /** Any target, e.g. an {@code EmbeddedTarget}. */
    public static PasskeyConformance against(RpTarget target) {
        return new PasskeyConformance(Objects.requireNonNull(target, "target"), new SecureRandom().nextLong(),
                check -> true, List.of(), false);
    }

    /**
     * Makes authenticators, credential ids and usernames repeatable; the default is a random seed, named in every
     * failure. The same seed makes the same credentials: against an RP that keeps them, a second run with a fixed
     * seed meets its own credentials again (duplicate-credential), so fix the seed to repeat a failure, not for good.
     */
    public PasskeyConformance seed(long seed) {
        return new PasskeyConformance(target, seed, selection, ids, strict);
    }

    /** The seed the checks run with. */
    public long seed() {
        return seed;
    }

    /** Keeps only the checks {@code filter} accepts (e.g. {@code c -> c.level() == Level.REQUIRED}). */
    public PasskeyConformance checks(Predicate<Check> filter) {
        Objects.requireNonNull(filter, "filter");
        return new PasskeyConformance(target, seed, selection.and(filter), ids, strict);
    }

    /** Keeps only the checks with these ids, in catalogue order; an unknown id is an error when the run starts. */
    public PasskeyConformance checks(String... checkIds) {
        List<String> all = new ArrayList<>(ids);
        all.addAll(List.of(checkIds));
        return new PasskeyConformance(target, seed, selection, List.copyOf(all), strict);
    }

    /** Also fails the build on failed OPTIONAL and ADVISORY checks. */
    public PasskeyConformance strict() {
        return new PasskeyConformance(target, seed, selection, ids, true);
    }

    /** The selected checks of the built-in catalogue, in catalogue order. */
    public List<Check> selectedChecks() {
        List<Check> catalogue = BuiltInCatalogue.load();
        Set<String> wanted = new LinkedHashSet<>(ids);
        if (!wanted.isEmpty()) {
            Set<String> known = catalogue.stream().map(Check::id).collect(Collectors.toSet());
            List<String> unknown = wanted.stream().filter(id -> !known.contains(id)).toList();
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("no check has the id " + String.join(", ", unknown)
                        + " (passkey-harness list prints them all)");
            }
        }
        List<Check> selected = catalogue.stream()
                .filter(check -> wanted.isEmpty() || wanted.contains(check.id()))
                .filter(selection)
                .toList();
        if (selected.isEmpty()) {
            throw new IllegalArgumentException("the selection matches no check of the catalogue");
        }
        return selected;
    }

    /**
     * One dynamic test per selected check, named by its id. Each check runs when its test runs; once the target was
     * found unreachable, the remaining tests fail at once with the same error.
     */
    public Stream<DynamicTest> dynamicTests() {
        CatalogueRunner runner = new CatalogueRunner();
        AtomicReference<TargetUnreachableException> unreachable = new AtomicReference<>();
        return selectedChecks().stream().map(check -> DynamicTest.dynamicTest(check.id(), () -> {
            TargetUnreachableException known = unreachable.get();
            if (known != null) {
                throw new AssertionFailedError(known.getMessage(), known);
            }
            CheckResult result;
            try {
                result = runner.runOne(check, target, seed);
            } catch (TargetUnreachableException e) {
                unreachable.set(e);
                throw new AssertionFailedError(e.getMessage(), e);
            }
            judge(result);
        }));
    }

    /**
     * Runs every selected check and throws one {@link AssertionError} listing each failed required check (each failed
     * check when {@link #strict()}), also naming the errored ones; when none failed but some errored, one
     * {@link HarnessErrorException} listing those. An unreachable target fails with the connection error.
     *
     * @return the whole run, e.g. for a report
     */
    public RunReport assertConforms() {
        List<Check> checks = selectedChecks();
        RunReport report;
        try {
            report = new CatalogueRunner().run(checks, target, seed, CatalogueRunner.SILENT);
        } catch (TargetUnreachableException e) {
            throw new AssertionFailedError(e.getMessage(), e);
        }
        verify(report);
        return report;
    }

    /** As the CLI's exit code: the RP's failures win over harness errors, which are still named. */
    void verify(RunReport report) {
        List<CheckResult> failed = report.results().stream().filter(this::failsBuild).toList();
        List<CheckResult> errored = report.results().stream().filter(CheckResult::errored).toList();
        if (!failed.isEmpty()) {
            StringBuilder text = new StringBuilder()
                    .append(failed.size()).append(" of ").append(report.results().size())
                    .append(strict ? " checks" : " checks (required)").append(" failed against ")
                    .append(report.target()).append(" with seed ").append(seed).append(':');
            list(text, failed);
            if (!errored.isEmpty()) {
                text.append("\nand ").append(errored.size()).append(" could not be carried out (")
                        .append(HARNESS_ERROR).append("):");
                list(text, errored);
            }
            throw new AssertionFailedError(text.toString());
        }
        if (!errored.isEmpty()) {
            StringBuilder text = new StringBuilder().append(errored.size()).append(" of ")
                    .append(report.results().size()).append(" checks could not be carried out against ")
                    .append(report.target()).append(" with seed ").append(seed).append(" (").append(HARNESS_ERROR)
                    .append("):");
            list(text, errored);
            throw new HarnessErrorException(text.toString());
        }
    }

    private static void list(StringBuilder text, List<CheckResult> results) {
        for (CheckResult result : results) {
            text.append("\n  ").append(result.check().id()).append(": ").append(result.message());
        }
    }

    private boolean failsBuild(CheckResult result) {
        return strict ? result.verdict() == Verdict.FAIL : result.failsRun();
    }

    /** One dynamic test's ending: return for a pass, else the exception JUnit reports for this verdict. */
    void judge(CheckResult result) {
        Check check = result.check();
        String detail = check.id() + " (" + check.title() + ", " + check.specRef() + "): " + result.message()
                + lastExchange(result) + "\n  seed: " + seed;
        switch (result.verdict()) {
            case PASS -> {
            }
            case SKIP -> throw new TestAbortedException("skipped: " + result.message());
            case INCONCLUSIVE -> throw new TestAbortedException("inconclusive: " + result.message());
            case ERROR -> throw new HarnessErrorException(HARNESS_ERROR + ": " + detail);
            case FAIL -> {
                if (failsBuild(result)) {
                    throw new AssertionFailedError(detail);
                }
                throw new TestAbortedException(check.level().name().toLowerCase(java.util.Locale.ROOT)
                        + " check failed (does not fail the build): " + detail);
            }
        }
    }

    private static String lastExchange(CheckResult result) {
        if (result.exchanges().isEmpty()) {
            return "";
        }
        Exchange last = result.exchanges().get(result.exchanges().size() - 1);
        return "\n  last exchange: " + last.method() + " " + last.path() + " -> " + last.status()
                + "\n  request:  " + shorten(last.requestBody())
                + "\n  response: " + shorten(last.responseBody());
    }

    private static String shorten(String body) {
        String line = body.replaceAll("\\s+", " ").strip();
        return line.length() <= BODY_LIMIT ? line : line.substring(0, BODY_LIMIT) + "…";
    }
}
