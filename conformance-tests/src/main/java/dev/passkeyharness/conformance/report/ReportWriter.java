package dev.passkeyharness.conformance.report;

import dev.passkeyharness.conformance.runner.judge.CheckResult;
import dev.passkeyharness.conformance.runner.RunReport;

/** Where a run's progress and results go: the console, JUnit XML, JSON, HTML. */
public interface ReportWriter {

    default void started(int total) {
    }

    /** {@code index} counts from 1. */
    default void checkFinished(int index, int total, CheckResult result) {
    }

    void finished(RunReport report);
}
