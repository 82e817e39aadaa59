package dev.passkeyharness.conformance.report;

import dev.passkeyharness.conformance.runner.judge.CheckResult;
import dev.passkeyharness.conformance.runner.RunReport;
import dev.passkeyharness.conformance.runner.judge.Verdict;
import java.io.PrintWriter;

/**
 * The console as a run goes: "[n/total] ID VERDICT (ms) [refusal class]" a check as it finishes, the reason under a
 * skip, under a failure what was sent, what came back and the spec step ({@link ConsoleReport#details}), then the
 * summary. A failed check that does not fail the run says its level: "FAIL (optional)"; a check the harness could
 * not carry out says "ERROR" and, under it, that the error is the harness's.
 */
public final class ConsoleReportWriter implements ReportWriter {

    private final PrintWriter out;

    public ConsoleReportWriter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void checkFinished(int index, int total, CheckResult result) {
        String refusal = result.refusal() == null ? "" : " [" + result.refusal().refusalClass().label() + "]";
        out.printf("[%d/%d] %s %s (%d ms)%s%n", index, total, result.check().id(), ConsoleReport.verdict(result),
                result.millis(), refusal);
        if (result.verdict() == Verdict.SKIP || result.verdict() == Verdict.INCONCLUSIVE) {
            out.println("      " + result.message());
        }
        ConsoleReport.details(result).forEach(out::println);
        out.flush();
    }

    @Override
    public void finished(RunReport report) {
        long notRequired = report.results().stream()
                .filter(r -> r.verdict() == Verdict.FAIL && !r.failsRun()).count();
        String failed = notRequired == 0 ? "failed" : "failed (" + notRequired + " optional or advisory)";
        out.printf("%d checks: %d passed, %d %s, %d skipped%s%s in %d ms against %s (seed %d)%n",
                report.results().size(), report.count(Verdict.PASS), report.count(Verdict.FAIL), failed,
                report.count(Verdict.SKIP), ReportText.inconclusive(report), ReportText.errored(report), report.millis(), report.target(), report.seed());
        out.flush();
    }
}
