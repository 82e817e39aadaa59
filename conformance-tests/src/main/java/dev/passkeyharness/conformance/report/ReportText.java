package dev.passkeyharness.conformance.report;

import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.runner.judge.CheckResult;
import dev.passkeyharness.conformance.runner.judge.Refusal;
import dev.passkeyharness.conformance.runner.RunReport;
import dev.passkeyharness.conformance.runner.judge.Verdict;
import java.util.Locale;

/** Wording shared by the reports: the summary line, durations, abbreviations and lower-case enum names. */
final class ReportText {

    private ReportText() {
    }

    /** What an ERROR is, said wherever one is shown, so nobody reads it as the RP's failure. */
    static final String HARNESS_ERROR = "harness error, not the RP's failure";

    /**
     * E.g. "162 checks: 150 passed, 2 failed, 10 skipped in 3.2 s"; errored checks are counted apart, after the skips,
     * when there are any.
     */
    static String summary(RunReport report) {
        return report.results().size() + " checks: " + report.count(Verdict.PASS) + " passed, "
                + report.count(Verdict.FAIL) + " failed, " + report.count(Verdict.SKIP) + " skipped"
                + inconclusive(report) + errored(report) + " in " + seconds(report.millis()) + " s";
    }

    /** ", 3 inconclusive", or "" when no check was. */
    static String inconclusive(RunReport report) {
        long inconclusive = report.count(Verdict.INCONCLUSIVE);
        return inconclusive == 0 ? "" : ", " + inconclusive + " inconclusive";
    }

    /** ", 1 errored (harness error, not the RP's failure)", or "" when the harness carried out every check. */
    static String errored(RunReport report) {
        long errored = report.count(Verdict.ERROR);
        return errored == 0 ? "" : ", " + errored + " errored (" + HARNESS_ERROR + ")";
    }

    /**
     * Why a check did not pass, as the reports explain a failure or an error (an error says it is the harness's);
     * null for a pass, a skip or an inconclusive check, whose message is no complaint.
     */
    static String why(CheckResult result) {
        return switch (result.verdict()) {
            case FAIL -> result.message();
            case ERROR -> HARNESS_ERROR + ": " + result.message();
            case PASS, SKIP, INCONCLUSIVE -> null;
        };
    }

    /**
     * Where a result's screenshot is, seen from a report in {@code reportDir} (relative when both are on one file
     * system tree, with '/' separators, so links work in a browser); null when there is none.
     */
    static String screenshot(CheckResult result, java.nio.file.Path reportDir) {
        if (result.screenshot() == null) {
            return null;
        }
        java.nio.file.Path png = result.screenshot().toAbsolutePath().normalize();
        if (reportDir == null) {
            return png.toString().replace('\\', '/');
        }
        try {
            return reportDir.toAbsolutePath().normalize().relativize(png).toString().replace('\\', '/');
        } catch (IllegalArgumentException otherRoot) {
            return png.toString().replace('\\', '/');
        }
    }

    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f", millis / 1000.0);
    }

    /** Seconds with millisecond precision, as JUnit XML writes times. */
    static String preciseSeconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }

    /** {@code text} on one line, cut to {@code max} characters with an ellipsis. */
    static String abbreviate(String text, int max) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, Math.max(0, max - 1)) + "…";
    }

    /** E.g. "refusal: rule-specific, 400 [challenge]: challenge: …", or "" when the check saw no refusal. */
    static String refusal(CheckResult result) {
        Refusal refusal = result.refusal();
        return refusal == null ? "" : "refusal: " + refusal.refusalClass().label() + ", " + refusal.describe();
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** The ceremony as reports name it: "options", "registration", "authentication". */
    static String ceremony(Check check) {
        return lower(check.ceremony());
    }
}
