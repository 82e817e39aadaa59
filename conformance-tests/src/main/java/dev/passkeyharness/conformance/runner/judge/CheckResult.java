package dev.passkeyharness.conformance.runner.judge;

import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.target.Exchange;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What happened when a check ran: the verdict, a one-line reason (why it failed, erred or was skipped; for a refusal
 * that passed, the rule the RP named), the time it took and every exchange with the RP. {@code refusal} classifies the
 * tested step's refusal (null when it was accepted or never sent); {@code aftermath} holds the follow-up exchanges
 * that checked what the refusal left behind (empty when none ran). {@code screenshot} is the PNG of a browser check's
 * last page (null for every other check).
 */
public record CheckResult(Check check, Verdict verdict, String message, long millis, List<Exchange> exchanges,
        List<String> warnings, Refusal refusal, List<Exchange> aftermath, Path screenshot) {

    public CheckResult {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(verdict, "verdict");
        message = message == null ? "" : message;
        exchanges = List.copyOf(exchanges);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        aftermath = aftermath == null ? List.of() : List.copyOf(aftermath);
    }

    /** A result without a screenshot. */
    public CheckResult(Check check, Verdict verdict, String message, long millis, List<Exchange> exchanges,
            List<String> warnings, Refusal refusal, List<Exchange> aftermath) {
        this(check, verdict, message, millis, exchanges, warnings, refusal, aftermath, null);
    }

    /** A result without a refusal or aftermath (skips, options checks, journeys). */
    public CheckResult(Check check, Verdict verdict, String message, long millis, List<Exchange> exchanges,
            List<String> warnings) {
        this(check, verdict, message, millis, exchanges, warnings, null, List.of());
    }

    public CheckResult withScreenshot(Path png) {
        return new CheckResult(check, verdict, message, millis, exchanges, warnings, refusal, aftermath, png);
    }

    /** Whether this result fails the run: a failed REQUIRED check. */
    public boolean failsRun() {
        return verdict == Verdict.FAIL && check.level() == dev.passkeyharness.conformance.catalogue.Level.REQUIRED;
    }

    /** Whether the harness could not carry this check out (whatever its level): the run is incomplete, not failed. */
    public boolean errored() {
        return verdict == Verdict.ERROR;
    }
}
