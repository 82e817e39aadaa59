package dev.passkeyharness.bench.report;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One result of a JMH run as its JSON output gives it.
 *
 * @param benchmark the fully qualified method, e.g. {@code dev.passkeyharness.bench.AuthenticatorBenchmark.makeCredential}
 * @param mode JMH's short mode name: thrpt, avgt, sample, ss
 * @param unit e.g. {@code us/op} or {@code ops/s}
 * @param p50 the median for sample mode, else NaN
 * @param p99 the 99th percentile for sample mode, else NaN
 */
public record JmhResult(String benchmark, String mode, int threads, Map<String, String> params, double score,
        double error, String unit, double p50, double p99) {

    public JmhResult {
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(unit, "unit");
        params = Map.copyOf(params);
    }

    public String className() {
        return benchmark.substring(0, benchmark.lastIndexOf('.'));
    }

    public String methodName() {
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    /** Class simple name and method, e.g. {@code AuthenticatorBenchmark.makeCredential}. */
    public String shortName() {
        String cls = className();
        return cls.substring(cls.lastIndexOf('.') + 1) + "." + methodName();
    }

    /** Parameters as {@code k=v, …} in key order, or empty. */
    public String paramText() {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(params).forEach((k, v) -> out.append(out.length() == 0 ? "" : ", ").append(k).append('=').append(v));
        return out.toString();
    }

    /** Whether a bigger score means more work done (ops per time) rather than more time spent (time per op). */
    public boolean higherIsBetter() {
        return unit.startsWith("ops/");
    }

    /** Whether {@code other}'s parameters agree with ours on every key both have. */
    public boolean paramsAgree(JmhResult other) {
        return params.entrySet().stream()
                .allMatch(e -> !other.params.containsKey(e.getKey()) || other.params.get(e.getKey()).equals(e.getValue()));
    }

    /** How many times the cost of {@code reference} this result costs: above 1 means slower. */
    public double costRatio(JmhResult reference) {
        return higherIsBetter() ? reference.score / score : score / reference.score;
    }
}
