package dev.passkeyharness.conformance.foreign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.passkeyharness.conformance.catalogue.BuiltInCatalogue;
import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.report.JsonReport;
import dev.passkeyharness.conformance.runner.CatalogueRunner;
import dev.passkeyharness.conformance.runner.RunReport;
import dev.passkeyharness.conformance.runner.judge.CheckResult;
import dev.passkeyharness.conformance.runner.judge.Verdict;
import dev.passkeyharness.conformance.target.EndpointProfiles;
import dev.passkeyharness.conformance.target.HttpTarget;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The whole catalogue against a server built on another library, run twice with one seed, as a new user would run
 * it ({@code run --target URL --profile NAME}, no declared trust): every FAIL must be in the server's
 * {@link Expectations} (which cite the rule the server breaks), every expected failure must still fail, and both runs
 * must give every check the same verdict. A subclass names the server and starts it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ForeignServerContract {

    static final long SEED = 12;
    static final Path FIXTURES = Path.of("src", "test", "fixtures");

    private ForeignServer server;
    private RunReport first;
    private RunReport second;

    /** The fixture folder's name under {@code src/test/fixtures}, which holds {@code expected-failures.yaml}. */
    protected abstract String fixture();

    /** Starts the server (or aborts the class with how to install what it needs). */
    protected abstract ForeignServer start();

    /** The endpoint profile the server is driven through. */
    protected String profile() {
        return "conformance";
    }

    /** The server's expected failures through {@link #profile()}, in the fixture folder. */
    private Path expectations() {
        String file = profile().equals("conformance") ? "expected-failures.yaml"
                : "expected-failures-" + profile() + ".yaml";
        return FIXTURES.resolve(fixture()).resolve(file);
    }

    /**
     * Each run against a server started afresh: the same seed makes the same credentials, which a server that kept the
     * first run's would rightly refuse as already registered.
     */
    @BeforeAll
    void runTwice() {
        List<Check> catalogue = BuiltInCatalogue.load();
        server = start();
        first = run(catalogue);
        // the whole first run, for whoever reads a failure of this test or updates the expectations
        JsonReport.write(first, Path.of("target", "foreign-servers", fixture() + "-" + profile() + "-report.json"));
        assertTrue(server.alive(), server.name() + " died during the first run; its log: " + server.log());
        server.close();
        server = start();
        second = run(catalogue);
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private RunReport run(List<Check> catalogue) {
        try (HttpTarget target = HttpTarget.of(server.origin(), EndpointProfiles.resolve(profile()))) {
            return new CatalogueRunner(1).run(catalogue, target, SEED, CatalogueRunner.SILENT);
        }
    }

    @Test
    void failsExactlyTheExpectedChecks() {
        Expectations expected = Expectations.read(expectations());
        Map<String, CheckResult> failed = new LinkedHashMap<>();
        first.results().stream().filter(r -> r.verdict() == Verdict.FAIL).forEach(r -> failed.put(r.check().id(), r));
        String unexpected = failed.values().stream().filter(r -> !expected.failures().containsKey(r.check().id()))
                .map(r -> r.check().id() + ": " + r.message()).collect(Collectors.joining("\n  "));
        Set<String> noLongerFailing = new TreeSet<>(expected.failures().keySet());
        noLongerFailing.removeAll(failed.keySet());
        if (!unexpected.isEmpty() || !noLongerFailing.isEmpty()) {
            fail(server.name() + " (" + summary(first) + "):\n unexpected FAIL:\n  " + unexpected
                    + "\n expected to fail, but did not: " + noLongerFailing.stream()
                            .map(id -> id + " (" + verdictOf(first, id) + ")").collect(Collectors.joining(", ")));
        }
        assertTrue(server.alive(), server.name() + " died during the run; its log: " + server.log());
    }

    @Test
    void noCheckErrs() {
        String errored = first.results().stream().filter(CheckResult::errored)
                .map(r -> r.check().id() + ": " + r.message()).collect(Collectors.joining("\n  "));
        assertEquals("", errored, "the harness could not carry out these checks against " + server.name());
    }

    @Test
    void twoRunsWithOneSeedGiveTheSameVerdicts() {
        Map<String, Verdict> a = verdicts(first);
        Map<String, Verdict> b = verdicts(second);
        String differing = a.keySet().stream().filter(id -> a.get(id) != b.get(id))
                .map(id -> id + ": " + a.get(id) + " then " + b.get(id)).collect(Collectors.joining(", "));
        assertEquals("", differing, server.name() + " gave different verdicts in two runs with seed " + SEED);
    }

    private static Map<String, Verdict> verdicts(RunReport report) {
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        report.results().forEach(r -> verdicts.put(r.check().id(), r.verdict()));
        return verdicts;
    }

    private static String verdictOf(RunReport report, String id) {
        return report.results().stream().filter(r -> r.check().id().equals(id)).findFirst()
                .map(r -> r.verdict() + ": " + r.message()).orElse("no such check");
    }

    private static String summary(RunReport report) {
        return java.util.Arrays.stream(Verdict.values()).map(v -> report.count(v) + " " + v)
                .collect(Collectors.joining(", "));
    }
}
