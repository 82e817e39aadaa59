package dev.passkeyharness.conformance.runner;

import dev.passkeyharness.conformance.runner.judge.CheckResult;
import dev.passkeyharness.conformance.runner.judge.Verdict;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A whole run: where it ran, with which seed, when, and every check's result in catalogue order. */
public record RunReport(String target, long seed, Instant startedAt, long millis, List<CheckResult> results) {

    public RunReport {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(startedAt, "startedAt");
        results = List.copyOf(results);
    }

    public long count(Verdict verdict) {
        return results.stream().filter(r -> r.verdict() == verdict).count();
    }

    /** No required check failed (errored checks aside: see {@link #errored()}). */
    public boolean passed() {
        return results.stream().noneMatch(CheckResult::failsRun);
    }

    /** Some check could not be carried out by the harness: the run says nothing about those rules. */
    public boolean errored() {
        return results.stream().anyMatch(CheckResult::errored);
    }
}
