package dev.passkeyharness.conformance.selftest;

import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.runner.CatalogueRunner;
import dev.passkeyharness.conformance.runner.judge.CheckResult;
import dev.passkeyharness.conformance.runner.RunReport;
import dev.passkeyharness.conformance.runner.judge.Verdict;
import dev.passkeyharness.conformance.target.Api;
import dev.passkeyharness.conformance.target.EmbeddedTarget;
import dev.passkeyharness.conformance.target.RpTarget;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;

/**
 * Registers and signs in twice with every {@link Combination}: each is a generated check that the catalogue runner
 * runs against an embedded reference RP that reads no metadata (a profile with another format's attestation is
 * a device no metadata describes). Prints one line per combination and a summary.
 */
public final class SelfTest {

    /** How many combinations ran and how many failed. */
    public record Summary(int total, int failed) {
        public boolean allPassed() {
            return failed == 0;
        }
    }

    private final Long seed;

    /** @param seed null for fresh randomness, or a seed that makes every authenticator and challenge repeat */
    public SelfTest(Long seed) {
        this.seed = seed;
    }

    /** Every combination against a fresh embedded reference RP. */
    public Summary run(PrintWriter out) {
        long runSeed = seed != null ? seed : new SecureRandom().nextLong();
        try (RpTarget target = EmbeddedTarget.startWithoutMetadata(Api.CONFORMANCE, runSeed)) {
            return run(Combination.all(), target, out);
        }
    }

    Summary run(List<Combination> combinations, RpTarget target, PrintWriter out) {
        long runSeed = seed != null ? seed : new SecureRandom().nextLong();
        List<Check> checks = combinations.stream().<Check>map(Combination::check).toList();
        RunReport report = new CatalogueRunner(1).run(checks, target, runSeed, new CatalogueRunner.Listener() {
            @Override
            public void onResult(int index, CheckResult result) {
                out.println(line(result));
                out.flush();
            }
        });
        int failed = (int) report.results().stream().filter(r -> r.verdict() != Verdict.PASS).count();
        Summary summary = new Summary(combinations.size(), failed);
        out.println(summary.total() + " combinations: " + (summary.total() - failed) + " passed, " + failed + " failed");
        out.flush();
        return summary;
    }

    /** "PASS label", or "FAIL label: why" for any other verdict (a skipped combination did not register either). */
    private static String line(CheckResult result) {
        if (result.verdict() == Verdict.PASS) {
            return "PASS " + result.check().title();
        }
        String verdict = result.verdict() == Verdict.FAIL ? "" : result.verdict().name().toLowerCase(Locale.ROOT) + ": ";
        return "FAIL " + result.check().title() + ": " + verdict + result.message();
    }
}
