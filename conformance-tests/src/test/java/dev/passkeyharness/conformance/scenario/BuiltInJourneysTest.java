package dev.passkeyharness.conformance.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.conformance.catalogue.CatalogueFile;
import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.runner.CatalogueRunner;
import dev.passkeyharness.conformance.runner.judge.CheckResult;
import dev.passkeyharness.conformance.runner.RunReport;
import dev.passkeyharness.conformance.runner.judge.Verdict;
import dev.passkeyharness.conformance.target.Api;
import dev.passkeyharness.conformance.target.EmbeddedTarget;
import dev.passkeyharness.conformance.target.HttpTarget;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The built-in journeys against the embedded reference RP, through the catalogue runner as the CLI runs them. */
class BuiltInJourneysTest {

    private static EmbeddedTarget target;

    @BeforeAll
    static void start() {
        target = EmbeddedTarget.start(Api.CONFORMANCE);
    }

    @AfterAll
    static void stop() {
        target.close();
    }

    @Test
    void everyBuiltInJourneyPasses() {
        List<Check> checks = BuiltInScenarios.checks();
        RunReport report = new CatalogueRunner().run(checks, target, 5, CatalogueRunner.SILENT);

        assertEquals(BuiltInScenarios.FILES.size(), report.results().size());
        for (CheckResult result : report.results()) {
            assertEquals(Verdict.PASS, result.verdict(), result.check().id() + ": " + result.message());
            assertFalse(result.exchanges().isEmpty(), result.check().id());
        }
    }

    @Test
    void aWrongExpectationFailsNamingTheStep() {
        Check check = scenario("""
                id: wrong.expectation
                title: Expects a passkey that was never made
                authenticators:
                  phone: {profile: platform-synced}
                steps:
                  - signup
                  - expect: promptShown
                  - expect: {passkeyCount: 1}
                """);

        CheckResult result = new CatalogueRunner().runOne(check, target, 5);

        assertEquals(Verdict.FAIL, result.verdict());
        assertEquals("step 3 (expect passkeyCount 1): GET /api/passkeys listed 0 passkeys", result.message());
    }

    @Test
    void anUnexpectedRefusalFailsNamingTheStep() {
        Check check = scenario("""
                id: unexpected.refusal
                title: A tampered creation nobody expected to be refused
                authenticators:
                  phone: {profile: platform-synced}
                steps:
                  - signup
                  - createPasskey: phone
                    tamper: [clientData.challenge.wrong]
                  - expect: {passkeyCount: 1}
                """);

        CheckResult result = new CatalogueRunner().runOne(check, target, 5);

        assertEquals(Verdict.FAIL, result.verdict());
        assertTrue(result.message().startsWith("step 2 (createPasskey phone tamper [clientData.challenge.wrong]): "
                + "refused by the RP: "), result.message());
    }

    @Test
    void anExpectedRefusalByRuleHolds() {
        Check check = scenario("""
                id: expected.refusal
                title: A tampered creation is refused by its rule, and nothing is stored
                authenticators:
                  phone: {profile: platform-synced}
                steps:
                  - signup
                  - createPasskey: phone
                    tamper: [clientData.challenge.wrong]
                  - expect: {lastStepRefused: challenge}
                  - expect: {passkeyCount: 0}
                """);

        CheckResult result = new CatalogueRunner().runOne(check, target, 5);

        assertEquals(Verdict.PASS, result.verdict(), result.message());
    }

    @Test
    void aTargetWithoutTheOnboardingApiSkips() {
        HttpTarget conformanceOnly = HttpTarget.of(target.url(), Api.CONFORMANCE);

        CheckResult result = new CatalogueRunner().runOne(BuiltInScenarios.checks().get(0), conformanceOnly, 5);

        assertEquals(Verdict.SKIP, result.verdict());
        assertTrue(result.message().contains("onboarding API"), result.message());
    }

    private static Check scenario(String text) {
        return ScenarioLoader.read(new CatalogueFile("test.yaml", text)).toCheck();
    }
}
