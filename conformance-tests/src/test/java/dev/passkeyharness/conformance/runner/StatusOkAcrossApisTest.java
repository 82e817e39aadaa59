package dev.passkeyharness.conformance.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.passkeyharness.conformance.catalogue.BuiltInCatalogue;
import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.runner.judge.CheckResult;
import dev.passkeyharness.conformance.runner.judge.Verdict;
import dev.passkeyharness.conformance.target.Api;
import dev.passkeyharness.conformance.target.EmbeddedTarget;
import org.junit.jupiter.api.Test;

/**
 * An OPTIONS check naming STATUS_OK against the reference RP through each API: the conformance API's answers are held
 * to their envelope, the onboarding API's bare options to a 2xx JSON object, and the result says which.
 */
class StatusOkAcrossApisTest {

    private static final String CHECK = "positive.options.security-key";

    private static CheckResult run(Api api) {
        Check check = BuiltInCatalogue.load().stream().filter(c -> c.id().equals(CHECK)).findFirst().orElseThrow();
        try (EmbeddedTarget target = EmbeddedTarget.start(api, 3)) {
            return new CatalogueRunner().runOne(check, target, 3);
        }
    }

    @Test
    void throughTheConformanceApiTheEnvelopeIsChecked() {
        CheckResult result = run(Api.CONFORMANCE);

        assertEquals(Verdict.PASS, result.verdict(), result.message());
        assertEquals("3 options assertions hold", result.message());
    }

    @Test
    void throughTheOnboardingApiTheResultSaysWhatStatusOkMeant() {
        CheckResult result = run(Api.ONBOARDING);

        assertEquals(Verdict.PASS, result.verdict(), result.message());
        assertEquals("3 options assertions hold (STATUS_OK read as a 2xx answer with a JSON object body: this API has "
                + "no status envelope)", result.message());
        assertEquals("POST /api/passkeys/registration/options", result.exchanges().stream()
                .map(e -> e.method() + " " + e.path()).filter(p -> p.contains("options")).findFirst().orElseThrow());
    }
}
