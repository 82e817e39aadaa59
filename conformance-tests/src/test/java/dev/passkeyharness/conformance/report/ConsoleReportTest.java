package dev.passkeyharness.conformance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
