package dev.passkeyharness.conformance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.conformance.catalogue.CheckCeremony;
import dev.passkeyharness.conformance.catalogue.Expectation;
import dev.passkeyharness.conformance.catalogue.Level;
import dev.passkeyharness.conformance.runner.judge.CheckResult;
import dev.passkeyharness.conformance.runner.RunReport;
import dev.passkeyharness.conformance.runner.judge.Verdict;
import java.io.PrintWriter;
import java.io.StringWriter;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleReportTest {

    private final List<String> lines = ConsoleReport.lines(SampleRun.report());

    @Test
    void onePassLinePerCheckWithItsTime() {
        assertEquals("PASS  positive.registration.security-key  (12 ms)", lines.get(0));
        assertTrue(lines.contains("SKIP  Server-ServerAuthenticatorAttestationResponse-Resp-4 P-8  (0 ms)  "
                + "the authenticator has no RS1"), lines::toString);
    }

    @Test
    void aFailureShowsWhyWhatWasSentWhatCameBackAndTheSpec() {
        int at = lines.indexOf("FAIL  webauthn.registration.rp-id-hash  (15 ms)");
        assertTrue(at >= 0, lines::toString);
        assertEquals("      why:  expected a refusal, the RP accepted", lines.get(at + 1));
        assertEquals("      sent: POST /attestation/result {\"id\":\"cred\",\"type\":\"public-key\"}", lines.get(at + 2));
        assertEquals("      got:  200 {\"status\":\"ok\",\"errorMessage\":\"\"}", lines.get(at + 3));
        assertEquals("      spec: WebAuthn L3 §7.1 step 13", lines.get(at + 4));
        assertTrue(lines.contains("      warning: the refusal named no rule"));
    }

    @Test
    void aRefusalShowsItsClassOnTheLineAndItsMessageUnderAFailure() {
        int at = lines.indexOf("FAIL  Server-ServerAuthenticatorAssertionResponse-Resp-3 F-4  (21 ms)  [crash]");
        assertTrue(at >= 0, lines::toString);
        assertTrue(lines.contains("      refusal: crash, 500: " + SampleRun.HOSTILE_MESSAGE), lines::toString);
    }

    @Test
    void longBodiesAreAbbreviatedToOneLine() {
        String body = "{\n" + "x".repeat(500) + "\n}";
        String cut = ReportText.abbreviate(body, ConsoleReport.BODY_CHARACTERS);
        assertEquals(ConsoleReport.BODY_CHARACTERS, cut.length());
        assertTrue(cut.endsWith("…") && !cut.contains("\n"));
    }

    @Test
    void endsWithTheSummary() {
        assertEquals("5 checks: 2 passed, 2 failed, 1 skipped in 3.2 s", lines.get(lines.size() - 1));
    }

    @Test
    void anErroredCheckSaysErrorAndThatItIsTheHarnesssNotTheRps() {
        List<String> errored = ConsoleReport.lines(SampleRun.withError());

        int at = errored.indexOf("ERROR  edits.registration.remove-nothing  (6 ms)");
        assertTrue(at >= 0, errored::toString);
        assertEquals("      why:  harness error, not the RP's failure: " + SampleRun.EDIT_ERROR, errored.get(at + 1));
        assertEquals("      sent: POST /attestation/options {\"username\":\"ada\"}", errored.get(at + 2));
        assertEquals("      spec: WebAuthn L3 §7.1 step 13", errored.get(at + 4));
        assertEquals("6 checks: 2 passed, 2 failed, 1 skipped, 1 errored (harness error, not the RP's failure) in 3.2 s",
                errored.get(errored.size() - 1));
    }

    @Test
    void anInconclusiveCheckSaysWhatItDependsOnAndIsCountedApart() {
        RunReport run = SampleRun.withInconclusive();
        List<String> lines = ConsoleReport.lines(run);
        assertTrue(lines.contains("INCONCLUSIVE  attestation.apple.nonce  (9 ms)  " + SampleRun.UNTRUSTED), lines::toString);
        assertEquals("6 checks: 2 passed, 2 failed, 1 skipped, 1 inconclusive in 3.2 s", lines.get(lines.size() - 1));

        StringWriter text = new StringWriter();
        ConsoleReportWriter writer = new ConsoleReportWriter(new PrintWriter(text));
        writer.checkFinished(6, 6, run.results().get(5));
        writer.finished(run);
        List<String> printed = text.toString().lines().toList();
        assertEquals("[6/6] attestation.apple.nonce INCONCLUSIVE (9 ms)", printed.get(0));
        assertEquals("      " + SampleRun.UNTRUSTED, printed.get(1));
        assertTrue(printed.get(printed.size() - 1).startsWith("6 checks: 2 passed, 2 failed, 1 skipped, 1 inconclusive "
                + "in 3210 ms"), printed::toString);
    }

    @Test
    void theConsoleWriterCountsErroredChecksApartFromFailures() {
        RunReport run = SampleRun.withError();
        CheckResult error = run.results().get(run.results().size() - 1);
        StringWriter text = new StringWriter();
        ConsoleReportWriter writer = new ConsoleReportWriter(new PrintWriter(text));
        writer.checkFinished(6, 6, error);
        writer.finished(run);
        List<String> printed = text.toString().lines().toList();

        assertEquals("[6/6] edits.registration.remove-nothing ERROR (6 ms)", printed.get(0));
        assertEquals("      why:  harness error, not the RP's failure: " + SampleRun.EDIT_ERROR, printed.get(1));
        assertTrue(printed.get(printed.size() - 1).startsWith("6 checks: 2 passed, 2 failed, 1 skipped, 1 errored "
                + "(harness error, not the RP's failure) in 3210 ms"), printed::toString);
    }

    @Test
    void aFailedOptionalCheckSaysItsLevelAndTheSummarySaysItDoesNotFailTheRun() {
        CheckResult optional = new CheckResult(SampleRun.check("webauthn.registration.origin-http",
                CheckCeremony.REGISTRATION, Expectation.REJECTED, Level.OPTIONAL), Verdict.FAIL,
                "expected a refusal, the RP accepted", 5, List.of(), List.of());
        CheckResult required = SampleRun.report().results().get(1);
        assertEquals("FAIL (optional)", ConsoleReport.verdict(optional));
        assertEquals("FAIL", ConsoleReport.verdict(required));

        StringWriter text = new StringWriter();
        ConsoleReportWriter writer = new ConsoleReportWriter(new PrintWriter(text));
        writer.checkFinished(1, 2, optional);
        writer.checkFinished(2, 2, required);
        writer.finished(new RunReport("embedded reference RP", 1L, SampleRun.STARTED, 10L, List.of(optional, required)));
        List<String> printed = text.toString().lines().toList();

        assertEquals("[1/2] webauthn.registration.origin-http FAIL (optional) (5 ms)", printed.get(0));
        assertTrue(printed.contains("      spec: WebAuthn L3 §7.1 step 13"), printed::toString);
        assertTrue(printed.contains("      sent: POST /attestation/result {\"id\":\"cred\",\"type\":\"public-key\"}"),
                printed::toString);
        assertTrue(printed.get(printed.size() - 1).startsWith(
                "2 checks: 0 passed, 2 failed (1 optional or advisory), 0 skipped in 10 ms"), printed::toString);
    }
}
