package dev.passkeyharness.conformance.report;

import dev.passkeyharness.conformance.runner.CheckResult;
import dev.passkeyharness.conformance.runner.RunReport;
import dev.passkeyharness.conformance.runner.Verdict;
import java.io.PrintWriter;

/**
 * A minimal console report: "[n/total] ID VERDICT (ms) [refusal class]" a check, the reason under failures and skips, a
 * summary.
 */
public final class ConsoleReportWriter implements ReportWriter {

    private final PrintWriter out;

    public ConsoleReportWriter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void checkFinished(int index, int total, CheckResult result) {
        String refusal = result.refusal() == null ? "" : " [" + result.refusal().refusalClass().label() + "]";
        out.printf("[%d/%d] %s %s (%d ms)%s%n", index, total, result.check().id(), result.verdict(), result.millis(),
                refusal);
        if (result.verdict() != Verdict.PASS) {
            out.println("      " + result.message());
        }
        if (result.verdict() == Verdict.FAIL && result.refusal() != null) {
            out.println("      " + ReportText.refusal(result));
        }
        result.warnings().forEach(w -> out.println("      warning: " + w));
        out.flush();
    }

    @Override
    public void finished(RunReport report) {
        out.printf("%d checks: %d passed, %d failed, %d skipped in %d ms against %s (seed %d)%n",
                report.results().size(), report.count(Verdict.PASS), report.count(Verdict.FAIL),
                report.count(Verdict.SKIP), report.millis(), report.target(), report.seed());
        out.flush();
    }
}
