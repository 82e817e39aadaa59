package dev.passkeyharness.bench.report;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Prints JMH results as a markdown table: benchmark, parameters, score ± error, unit, and the cost ratios to the
 * operation's baseline and peer (see {@link Compared}). Sample-time results add their p50, p99 and the rate that
 * threads ÷ mean latency gives.
 */
public final class ResultTable {

    private final List<JmhResult> results;

    public ResultTable(List<JmhResult> results) {
        this.results = List.copyOf(results);
    }

    /** {@code java -cp benchmarks.jar dev.passkeyharness.bench.report.ResultTable result.json}; exit 2 on a bad file. */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: ResultTable JMH_RESULT.json");
            System.exit(2);
        }
        try {
            System.out.print(new ResultTable(JmhResults.read(Path.of(args[0]))).markdown());
        } catch (IOException | IllegalArgumentException e) {
            System.err.println(args[0] + ": " + e.getMessage());
            System.exit(2);
        }
    }

    public String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| benchmark | parameters | score ± error | unit | × baseline | × peer |\n");
        out.append("| --- | --- | ---: | --- | ---: | ---: |\n");
        for (JmhResult r : results) {
            Comparison c = comparison(r);
            Optional<JmhResult> baseline = c.role() == Role.BASELINE ? Optional.empty() : reference(r, c, Role.BASELINE);
            Optional<JmhResult> peer = c.role() == Role.BASELINE || c.role() == Role.PEER
                    ? Optional.empty() : reference(r, c, Role.PEER);
            out.append(row(r.shortName(), r.paramText(), number(r.score()) + " ± " + number(r.error()), r.unit(),
                    ratio(r, baseline), ratio(r, peer)));
            if ("sample".equals(r.mode())) {
                out.append(row(r.shortName() + " p50", r.paramText(), number(r.p50()), r.unit(), "", ""));
                out.append(row(r.shortName() + " p99", r.paramText(), number(r.p99()), r.unit(), "", ""));
                out.append(row(r.shortName() + " rate", r.paramText() + (r.paramText().isEmpty() ? "" : ", ")
                        + "threads=" + r.threads(), number(rate(r)), "ops/s", "", ""));
            }
        }
        return out.toString();
    }

    /** Operations per second of a closed loop: every thread starts its next operation when one ends. */
    static double rate(JmhResult r) {
        return r.threads() / (r.score() * secondsPer(r.unit()));
    }

    private static double secondsPer(String unit) {
        String time = unit.substring(0, unit.indexOf('/'));
        return switch (time) {
            case "ns" -> 1e-9;
            case "us" -> 1e-6;
            case "ms" -> 1e-3;
            case "s" -> 1;
            case "min" -> 60;
            default -> throw new IllegalArgumentException("unknown time unit in " + unit);
        };
    }

    private Optional<JmhResult> reference(JmhResult r, Comparison c, Role role) {
        return results.stream()
                .filter(other -> other != r && other.mode().equals(r.mode()))
                .filter(other -> comparison(other).operation().equals(c.operation()) && comparison(other).role() == role)
                .filter(other -> other.paramsAgree(r))
                .findFirst();
    }

    private static String ratio(JmhResult r, Optional<JmhResult> reference) {
        return reference.map(ref -> String.format(Locale.ROOT, "%.2f×", r.costRatio(ref))).orElse("");
    }

    private static String row(String... cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        double abs = Math.abs(value);
        String format = abs >= 100 ? "%.0f" : abs >= 10 ? "%.1f" : abs >= 1 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, format, value);
    }

    /** The operation and role a benchmark method declares; its class's simple name and OTHER when it declares none. */
    record Comparison(String operation, Role role) {
    }

    static Comparison comparison(JmhResult r) {
        try {
            Optional<Compared> compared = Arrays.stream(Class.forName(r.className()).getMethods())
                    .filter(m -> m.getName().equals(r.methodName()))
                    .map(ResultTable::annotation)
                    .flatMap(Optional::stream)
                    .findFirst();
            if (compared.isPresent()) {
                return new Comparison(compared.get().operation(), compared.get().role());
            }
        } catch (ClassNotFoundException e) {
            // a result from another version of the benchmarks: shown without ratios
        }
        return new Comparison(r.className(), Role.OTHER);
    }

    private static Optional<Compared> annotation(Method m) {
        return Optional.ofNullable(m.getAnnotation(Compared.class));
    }
}
