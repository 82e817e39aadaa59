package dev.passkeyharness.conformance.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.conformance.catalogue.BuiltInChecks;
import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.runner.CatalogueRunner;
import dev.passkeyharness.conformance.runner.RunReport;
import dev.passkeyharness.conformance.runner.judge.CheckResult;
import dev.passkeyharness.conformance.runner.judge.RefusalClass;
import dev.passkeyharness.conformance.target.HostileServer.Behaviour;
import dev.passkeyharness.conformance.target.HostileServer.Forwarding;
import dev.passkeyharness.rp.ReferenceRp;
import dev.passkeyharness.rp.RpSettings;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The transport decides no verdict: a server that closes its connections, answers in HTTP/1.0 or answers late gets
 * the verdicts the reference RP gets when reached directly, and one that hangs up after reading a request crashed.
 */
class HttpChannelTest {

    private static final long SEED = 21;
    private static final List<String> SOME = List.of("builtin.registration.valid", "builtin.registration.challenge-wrong",
            "builtin.authentication.valid", "builtin.authentication.signature-bitflip",
            "builtin.registration.duplicate");

    @Test
    void aServerThatClosesEveryConnectionAfterOneAnswerGetsTheReferenceVerdictsForTheWholeCatalogue()
            throws IOException {
        assertSameVerdicts(new BuiltInChecks().load(), Forwarding.CLOSE_AFTER_ANSWER);
    }

    @Test
    void anHttp10ServerWhoseBodiesEndAtCloseGetsTheReferenceVerdicts() throws IOException {
        assertSameVerdicts(some(), Forwarding.HTTP_1_0);
    }

    @Test
    void aSlowAnswerWithinTheDeadlineGetsTheReferenceVerdicts() throws IOException {
        assertSameVerdicts(some().subList(0, 2), Forwarding.SLOW);
    }

    @Test
    void aServerThatReadsTheRequestAndHangsUpCrashedAndGotTheRequestOnce() throws IOException {
        try (HostileServer server = HostileServer.atTheTestedStep(Behaviour.HANG_UP)) {
            Answer answer = server.target().newSession().registrationResult("{}");

            assertFalse(answer.answered());
            assertEquals("the server closed the connection without answering", answer.failure());
            assertEquals(1, server.requestsTo("/attestation/result"), "the request is not sent again");

            RunReport report = new CatalogueRunner().run(byId(List.of("builtin.registration.challenge-wrong")),
                    server.target(), SEED, CatalogueRunner.SILENT);
            CheckResult result = report.results().get(0);
            assertEquals(RefusalClass.CRASH, result.refusal().refusalClass(), result.message());
            assertTrue(result.message().contains("the server closed the connection without answering"),
                    result.message());
            assertFalse(result.message().contains("Exception") || result.message().contains("parser"),
                    result.message());
            assertEquals(2, server.requestsTo("/attestation/result"), "the tested result is sent once");
        }
    }

    private static void assertSameVerdicts(List<Check> checks, Forwarding forwarding) throws IOException {
        try (ReferenceRp direct = rp(); ReferenceRp behind = rp();
                HostileServer server = HostileServer.forwardingTo(behind, forwarding)) {
            RunReport expected = new CatalogueRunner().run(checks, target("http://127.0.0.1:" + direct.port(),
                    direct), SEED, CatalogueRunner.SILENT);
            RunReport forwarded = new CatalogueRunner().run(checks, target(server.url(), behind), SEED,
                    CatalogueRunner.SILENT);

            List<String> transport = forwarded.results().stream()
                    .filter(r -> r.message().contains("connection")).map(r -> r.check().id() + ": " + r.message())
                    .toList();
            System.out.printf("%s: %d checks, %d requests forwarded, %d failed for the transport%n", forwarding,
                    checks.size(), server.requests(), transport.size());
            assertEquals(List.of(), transport, "checks failed for the transport");
            assertEquals(verdicts(expected), verdicts(forwarded));
        }
    }

    private static Map<String, String> verdicts(RunReport report) {
        Map<String, String> verdicts = new LinkedHashMap<>();
        report.results().forEach(r -> verdicts.put(r.check().id(), r.verdict() + (r.refusal() == null ? ""
                : " " + r.refusal().refusalClass())));
        return verdicts;
    }

    private static ReferenceRp rp() {
        return ReferenceRp.start(RpSettings.defaults()
                .withDatabase("jdbc:h2:mem:http-channel-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .withConformanceApi(true));
    }

    private static HttpTarget target(String url, ReferenceRp rp) {
        return new HttpTarget(TargetUrl.parse(url, rp.url()), Api.CONFORMANCE);
    }

    private static List<Check> some() {
        return byId(SOME);
    }

    private static List<Check> byId(List<String> ids) {
        return new BuiltInChecks().load().stream().filter(c -> ids.contains(c.id())).toList();
    }
}
