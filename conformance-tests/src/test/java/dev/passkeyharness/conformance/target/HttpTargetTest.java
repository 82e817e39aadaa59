package dev.passkeyharness.conformance.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.conformance.catalogue.BuiltInChecks;
import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.runner.CatalogueRunner;
import dev.passkeyharness.conformance.runner.judge.CheckResult;
import dev.passkeyharness.conformance.runner.RunReport;
import dev.passkeyharness.conformance.runner.judge.Verdict;
import dev.passkeyharness.rp.ReferenceRp;
import dev.passkeyharness.rp.RpSettings;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** HttpTarget against a reference RP started at a URL, through both APIs. */
class HttpTargetTest {

    private static ReferenceRp rp;

    @BeforeAll
    static void start() {
        rp = ReferenceRp.start(RpSettings.defaults()
                .withDatabase("jdbc:h2:mem:http-target-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .withConformanceApi(true));
    }

    @AfterAll
    static void stop() {
        rp.close();
    }

    private static HttpTarget target(Api api) {
        return new HttpTarget(TargetUrl.parse("http://127.0.0.1:" + rp.port(), rp.url()), api);
    }

    @Test
    void theConformanceApiRunsTheBuiltInChecksButCannotMoveTheClock() {
        RunReport report = new CatalogueRunner().run(new BuiltInChecks().load(), target(Api.CONFORMANCE), 11,
                CatalogueRunner.SILENT);

        assertTrue(report.passed(), report.results().stream().map(r -> r.check().id() + " " + r.message()).toList()::toString);
        CheckResult expired = byId(report, "builtin.authentication.expired");
        assertEquals(Verdict.SKIP, expired.verdict());
        assertTrue(expired.message().contains("CLOCK_CONTROL"), expired.message());
        assertEquals(1, report.count(Verdict.SKIP));
    }

    @Test
    void theOnboardingApiSignsUpRegistersAndSignsIn() {
        List<String> ids = List.of("builtin.registration.valid", "builtin.registration.challenge-wrong",
                "builtin.authentication.valid", "builtin.authentication.signature-bitflip",
                "builtin.authentication.unknown-credential", "builtin.registration.duplicate");
        List<Check> checks = new BuiltInChecks().load().stream().filter(c -> ids.contains(c.id())).toList();

        RunReport report = new CatalogueRunner().run(checks, target(Api.ONBOARDING), 12, CatalogueRunner.SILENT);

        assertEquals(List.of(Verdict.PASS), report.results().stream().map(CheckResult::verdict).distinct().toList(),
                report.results().stream().map(r -> r.check().id() + " " + r.message()).toList().toString());
        List<String> paths = byId(report, "builtin.authentication.valid").exchanges().stream()
                .map(e -> e.method() + " " + e.path()).toList();
        assertEquals(List.of("POST /api/signup", "POST /api/passkeys/registration/options",
                "POST /api/passkeys/registration/verify", "POST /api/passkeys/authentication/options",
                "POST /api/passkeys/authentication/verify", "POST /api/passkeys/authentication/options",
                "POST /api/passkeys/authentication/verify"), paths);
        String signUp = byId(report, "builtin.authentication.valid").exchanges().get(0).requestBody();
        assertTrue(signUp.contains("\"password\":\"********\""), "the password is not recorded: " + signUp);
    }

    @Test
    void aSessionKeepsItsCookiesAndSendsTheOrigin() {
        HttpTarget onboarding = target(Api.ONBOARDING);
        RpSession session = onboarding.newSession();
        String email = "cookie-" + UUID.randomUUID() + "@example.test";

        assertTrue(session.prepareUser(email, "Cookie").accepted());
        Answer options = session.registrationOptions(new OptionsRequest(email, "Cookie", null, null, null));

        assertEquals(200, options.status(), options.exchange().responseBody());
        assertEquals(401, onboarding.newSession().registrationOptions(
                new OptionsRequest(email, "Cookie", null, null, null)).status(),
                "another visitor of the same target, on the same HTTP client, is not signed in");
        assertEquals(200, session.registrationOptions(new OptionsRequest(email, "Cookie", null, null, null)).status(),
                "the first visitor still is");
    }

    @Test
    void aPathPrefixThatIsNotThereAnswers404WithoutJsonStatus() {
        HttpTarget prefixed = new HttpTarget(TargetUrl.parse("http://127.0.0.1:" + rp.port() + "/fido", rp.url()),
                Api.CONFORMANCE);

        Answer answer = prefixed.newSession().authenticationOptions(null, null);

        assertEquals("/assertion/options", answer.exchange().path());
        assertEquals(404, answer.status());
    }

    @Test
    void anUnreachableTargetIsTyped() {
        HttpTarget nowhere = HttpTarget.of("http://127.0.0.1:9", Api.CONFORMANCE);

        assertThrows(TargetUnreachableException.class, () -> nowhere.newSession().authenticationOptions(null, null));
        assertThrows(TargetUnreachableException.class, () -> new CatalogueRunner().run(new BuiltInChecks().load(),
                nowhere, 1, CatalogueRunner.SILENT));
    }

    private static CheckResult byId(RunReport report, String id) {
        return report.results().stream().filter(r -> r.check().id().equals(id)).findFirst().orElseThrow();
    }
}
