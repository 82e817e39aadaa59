package dev.passkeyharness.conformance.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.conformance.catalogue.CheckCeremony;
import dev.passkeyharness.conformance.catalogue.Expectation;
import dev.passkeyharness.conformance.catalogue.Procedure;
import dev.passkeyharness.conformance.runner.judge.CheckResult;
import dev.passkeyharness.conformance.runner.judge.RefusalClass;
import dev.passkeyharness.conformance.runner.judge.Verdict;
import dev.passkeyharness.conformance.target.Api;
import dev.passkeyharness.conformance.target.HttpTarget;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A refusal passes only when nothing was stored and a correct ceremony right after succeeds; a crash never passes. */
class AftermathTest {

    private final CatalogueRunner runner = new CatalogueRunner();

    @Test
    void aRefusedRegistrationThatWasStoredFails() {
        CheckResult result = run(CarelessRp.Flaw.STORES_REFUSED, CheckCeremony.REGISTRATION);

        assertEquals(Verdict.FAIL, result.verdict());
        assertTrue(result.message().startsWith("refused, but the credential was stored: it appears in excludeCredentials"),
                result.message());
        assertEquals(RefusalClass.GENERIC_4XX, result.refusal().refusalClass());
        assertEquals(List.of("/attestation/options"), result.aftermath().stream().map(e -> e.path()).toList());
    }

    @Test
    void aRefusalByCrashingFailsWithoutAftermath() {
        CheckResult result = run(CarelessRp.Flaw.CRASHES, CheckCeremony.REGISTRATION);

        assertEquals(Verdict.FAIL, result.verdict());
        assertTrue(result.message().startsWith("refused by crashing: 500: a body that is not JSON: <html>"),
                result.message());
        assertEquals(RefusalClass.CRASH, result.refusal().refusalClass());
        assertTrue(result.aftermath().isEmpty());
    }

    @Test
    void aRefusedAssertionThatMovedTheCounterFails() {
        CheckResult result = run(CarelessRp.Flaw.COUNTS_REFUSED, CheckCeremony.AUTHENTICATION);

        assertEquals(Verdict.FAIL, result.verdict());
        assertTrue(result.message().startsWith("refused, but the refused assertion moved the sign counter"),
                result.message());
        assertEquals(List.of("/assertion/options", "/assertion/result", "/assertion/options", "/assertion/result"),
                result.aftermath().stream().map(e -> e.path()).toList());
    }

    @Test
    void aCarefulRefusalPassesAfterItsFollowUps() {
        // the crashing RP stores nothing and counts nothing on a refusal it answers properly: use the other flaws' RPs
        // on the ceremony they do not touch
        CheckResult registration = run(CarelessRp.Flaw.COUNTS_REFUSED, CheckCeremony.REGISTRATION);
        CheckResult authentication = run(CarelessRp.Flaw.STORES_REFUSED, CheckCeremony.AUTHENTICATION);

        assertEquals(Verdict.PASS, registration.verdict(), registration.message());
        assertEquals(Verdict.PASS, authentication.verdict(), authentication.message());
        assertFalse(registration.aftermath().isEmpty());
        assertFalse(authentication.aftermath().isEmpty());
    }

    private CheckResult run(CarelessRp.Flaw flaw, CheckCeremony ceremony) {
        try (CarelessRp rp = new CarelessRp(flaw); HttpTarget target = HttpTarget.of(rp.url(), Api.CONFORMANCE)) {
            return runner.runOne(Checks.of("careless." + flaw + "." + ceremony, ceremony, Procedure.STANDARD,
                    List.of("clientData.challenge.wrong"), List.of(), Expectation.REJECTED), target, 1);
        }
    }
}
