package dev.passkeyharness.conformance.report;

import dev.passkeyharness.conformance.runner.judge.CheckResult;
import dev.passkeyharness.conformance.runner.RunReport;
import dev.passkeyharness.conformance.runner.judge.Verdict;
import dev.passkeyharness.conformance.target.Exchange;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** One line a check, failures with what was sent and what came back, then the summary line. */
public final class ConsoleReport {

    /** Request and answer bodies are cut to this many characters. */
    static final int BODY_CHARACTERS = 160;
    private static final String INDENT = "      ";

    private ConsoleReport() {
    }

    public static List<String> lines(RunReport report) {
        List<String> lines = new ArrayList<>();
        for (CheckResult result : report.results()) {
            lines.addAll(lines(result));
        }
        lines.add(ReportText.summary(report));
        return lines;
    }

    public static void print(RunReport report, PrintStream out) {
        lines(report).forEach(out::println);
    }

    static List<String> lines(CheckResult result) {
        List<String> lines = new ArrayList<>();
        String head = String.format("%-4s  %s  (%d ms)", verdict(result), result.check().id(), result.millis());
        if ((result.verdict() == Verdict.SKIP || result.verdict() == Verdict.INCONCLUSIVE)
                && !result.message().isEmpty()) {
            head += "  " + result.message();
        }
        if (result.refusal() != null) {
            head += "  [" + result.refusal().refusalClass().label() + "]";
        }
        lines.add(head);
        lines.addAll(details(result));
        return lines;
    }

    /**
     * PASS, SKIP, INCONCLUSIVE, FAIL, FAIL with the level of a check whose failure does not fail the run, or ERROR (the harness's
     * own error, at any level).
     */
    static String verdict(CheckResult result) {
        return switch (result.verdict()) {
            case FAIL -> result.failsRun() ? "FAIL" : "FAIL (" + ReportText.lower(result.check().level()) + ")";
            case PASS, SKIP, INCONCLUSIVE, ERROR -> result.verdict().name();
        };
    }

    /**
     * Under a failure or an error: why (an error saying it is the harness's), the last request and its answer, the
     * refusal, the aftermath, the spec; warnings.
     */
    static List<String> details(CheckResult result) {
        List<String> lines = new ArrayList<>();
        String why = ReportText.why(result);
        if (why != null) {
            if (!result.message().isEmpty() || result.errored()) {
                lines.add(INDENT + "why:  " + why);
            }
            if (!result.exchanges().isEmpty()) {
                Exchange last = result.exchanges().get(result.exchanges().size() - 1);
                lines.add(INDENT + "sent: " + last.method() + " " + last.path() + " "
                        + ReportText.abbreviate(last.requestBody(), BODY_CHARACTERS));
                lines.add(INDENT + "got:  " + last.status() + " " + ReportText.abbreviate(last.responseBody(), BODY_CHARACTERS));
            }
            if (result.refusal() != null) {
                lines.add(INDENT + ReportText.abbreviate(ReportText.refusal(result), BODY_CHARACTERS));
            }
            if (!result.aftermath().isEmpty()) {
                Exchange last = result.aftermath().get(result.aftermath().size() - 1);
                lines.add(INDENT + "after: " + last.method() + " " + last.path() + " → " + last.status() + " "
                        + ReportText.abbreviate(last.responseBody(), BODY_CHARACTERS));
            }
            lines.add(INDENT + "spec: " + result.check().specRef());
        }
        result.warnings().forEach(w -> lines.add(INDENT + "warning: " + w));
        return lines;
    }
}
