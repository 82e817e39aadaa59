package dev.passkeyharness.conformance.junit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.catalogue.CheckHeader;
import dev.passkeyharness.conformance.catalogue.Expectation;
import dev.passkeyharness.conformance.catalogue.Level;
import dev.passkeyharness.conformance.catalogue.Setup;
import dev.passkeyharness.conformance.runner.judge.CheckResult;
import dev.passkeyharness.conformance.runner.RunReport;
import dev.passkeyharness.conformance.runner.judge.Verdict;
import dev.passkeyharness.conformance.target.Api;
import dev.passkeyharness.conformance.target.HttpTarget;
import dev.passkeyharness.conformance.target.RpSession;
import dev.passkeyharness.conformance.target.RpTarget;
import dev.passkeyharness.rp.ReferenceRp;
import dev.passkeyharness.rp.RpSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Running the catalogue from an RP developer's own tests, against a reference RP started at a URL. */
class PasskeyConformanceTest {

    private static final List<String> PASSING = List.of(
            "Server-ServerPublicKeyCredentialCreationOptions-Req-1 P-1",
            "options.challenge.fresh",
            "positive.registration.security-key",
            "Server-ServerAuthenticatorAttestationResponse-Resp-1 F-1",
            "options.rp.present");
    private static final String SKIPPED_ES256K = "Server-ServerAuthenticatorAttestationResponse-Resp-4 P-1";
    private static final String OPTIONAL_FAILURE = "webauthn.registration.origin-http";

    private static ReferenceRp rp;
    /** Serves https://localhost behind a TLS proxy and also accepts http://localhost: the origin-http check fails. */
    private static ReferenceRp lax;

    @BeforeAll
    static void start() throws IOException {
        int laxPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            laxPort = socket.getLocalPort();
        }
        rp = ReferenceRp.start(RpSettings.defaults()
                .withDatabase("jdbc:h2:mem:passkey-conformance-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .withConformanceApi(true));
        lax = ReferenceRp.start(RpSettings.defaults()
                .withDatabase("jdbc:h2:mem:passkey-conformance-lax-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .withPort(laxPort)
                .withRelyingParty("localhost", List.of("https://localhost", "http://localhost",
                        "http://127.0.0.1:" + laxPort))
                .withConformanceApi(true));
    }

    @AfterAll
    static void stop() {
        rp.close();
        lax.close();
    }

    /** A fresh random seed each time: one RP keeps every credential, and one seed makes the same ones again. */
    private static PasskeyConformance reference() {
        return PasskeyConformance.against(rp.url(), Api.CONFORMANCE);
    }

    /** The lax RP as its browsers see it: https://localhost, a TLS proxy in front of its loopback port. */
    private static PasskeyConformance laxOverHttps() {
        return PasskeyConformance.against(new HttpsOrigin(HttpTarget.of("http://127.0.0.1:" + lax.port(), Api.CONFORMANCE), "https://localhost"));
    }

    /** The README's usage: passing checks pass, the skipped ES256K check and the http-origin check are aborted. */
    @TestFactory
    Stream<DynamicTest> theReferenceRpConforms() {
        return reference().checks(PASSING.toArray(String[]::new)).checks(SKIPPED_ES256K, OPTIONAL_FAILURE)
                .dynamicTests();
    }

    @Test
    void theHttpOriginCheckIsSkippedWhereTheTargetsOwnOriginIsHttp() {
        TestAbortedException aborted = assertThrows(TestAbortedException.class, () -> only(reference().checks(OPTIONAL_FAILURE)));

        assertTrue(aborted.getMessage().startsWith("skipped: "), aborted.getMessage());
        assertTrue(aborted.getMessage().contains("is http, so the http origin is the RP's own"), aborted.getMessage());
    }

    @Test
    void oneDynamicTestPerCheckNamedByIdAndEachPasses() {
        List<DynamicTest> tests = reference().checks(PASSING.toArray(String[]::new)).dynamicTests().toList();

        assertEquals(PASSING.stream().sorted().toList(), tests.stream().map(DynamicTest::getDisplayName).sorted().toList());
        tests.forEach(test -> assertDoesNotThrow(() -> test.getExecutable().execute(), test.getDisplayName()));
    }

    @Test
    void aSkippedCheckIsAbortedWithTheReason() {
        TestAbortedException aborted = assertThrows(TestAbortedException.class, () -> only(reference().checks(SKIPPED_ES256K)));

        assertTrue(aborted.getMessage().startsWith("skipped: "), aborted.getMessage());
        assertTrue(aborted.getMessage().contains("ES256K"), aborted.getMessage());
    }

    @Test
    void aFailedOptionalCheckIsAbortedUnlessStrict() {
        TestAbortedException aborted = assertThrows(TestAbortedException.class, () -> only(laxOverHttps().checks(OPTIONAL_FAILURE)));
        assertTrue(aborted.getMessage().startsWith("optional check failed (does not fail the build): " + OPTIONAL_FAILURE),
                aborted.getMessage());
        assertTrue(aborted.getMessage().contains("expected refusal, got 200 ok"), aborted.getMessage());
        assertTrue(aborted.getMessage().contains("last exchange: POST /attestation/result -> 200"), aborted.getMessage());

        AssertionFailedError failed = assertThrows(AssertionFailedError.class,
                () -> only(laxOverHttps().checks(OPTIONAL_FAILURE).strict()));
        assertTrue(failed.getMessage().contains("expected refusal, got 200"), failed.getMessage());
    }

    @Test
    void assertConformsPassesForASmallSelectionAndReturnsTheRun() {
        PasskeyConformance conformance = laxOverHttps();
        RunReport report = conformance.checks(PASSING.toArray(String[]::new)).checks(SKIPPED_ES256K, OPTIONAL_FAILURE)
                .assertConforms();

        assertEquals(PASSING.size() + 2, report.results().size());
        assertEquals(1, report.count(Verdict.SKIP));
        assertEquals(1, report.count(Verdict.FAIL));
        assertEquals(conformance.seed(), report.seed());

        AssertionFailedError strict = assertThrows(AssertionFailedError.class,
                () -> laxOverHttps().checks(OPTIONAL_FAILURE, SKIPPED_ES256K).strict().assertConforms());
        assertTrue(strict.getMessage().startsWith("1 of 2 checks failed against http://127.0.0.1:" + lax.port()), strict.getMessage());
    }

    @Test
    void aFailedRequiredCheckFailsWithItsMessageAndTheLastExchange() throws IOException {
        try (AgreeableRp agreeable = new AgreeableRp()) {
            PasskeyConformance conformance = PasskeyConformance.against(agreeable.url(), Api.CONFORMANCE)
                    .checks("options.challenge.fresh");

            AssertionFailedError failed = assertThrows(AssertionFailedError.class, () -> only(conformance));
            assertTrue(failed.getMessage().startsWith("options.challenge.fresh ("), failed.getMessage());
            assertTrue(failed.getMessage().contains("last exchange: POST /attestation/options -> 200"),
                    failed.getMessage());

            AssertionFailedError all = assertThrows(AssertionFailedError.class, () -> PasskeyConformance
                    .against(agreeable.url(), Api.CONFORMANCE).checks(c -> c.id().startsWith("options."))
                    .checks(c -> c.level() == Level.REQUIRED).assertConforms());
            assertTrue(all.getMessage().contains("checks (required) failed against"), all.getMessage());
            assertTrue(all.getMessage().contains("\n  options.challenge.fresh: "), all.getMessage());
        }
    }

    @Test
    void anRpWithItsOwnEndpointsIsReachedThroughAProfileByNameOrFile(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) throws IOException {
        String[] checks = {"positive.registration.security-key", "positive.authentication.security-key"};
        try (dev.passkeyharness.conformance.foreign.yubico.YubicoServer demo =
                dev.passkeyharness.conformance.foreign.yubico.YubicoServer.start(java.util.Optional.empty(),
                        dev.passkeyharness.conformance.foreign.yubico.YubicoServer.Shape.DEMO)) {
            RunReport byName = PasskeyConformance.against(demo.origin(), "yubico-demo").checks(checks)
                    .assertConforms();
            java.nio.file.Path file = dir.resolve("demo.yaml");
            java.nio.file.Files.writeString(file, new String(getClass().getResourceAsStream(
                    "/profiles/yubico-demo.yaml").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("name: yubico-demo", "name: my-demo"));
            RunReport byFile = PasskeyConformance.against(demo.origin(), file.toString()).checks(checks)
                    .assertConforms();

            assertEquals(2, byName.count(Verdict.PASS));
            assertEquals(2, byFile.count(Verdict.PASS));
            assertTrue(byFile.results().get(0).exchanges().stream()
                    .anyMatch(e -> e.path().equals("/api/v1/register/finish")));
        }
    }

    @Test
    void anUnreachableTargetFailsEveryTestAndTheOneCall() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        PasskeyConformance nowhere = PasskeyConformance.against("http://127.0.0.1:" + port, Api.CONFORMANCE)
                .checks(PASSING.get(0), PASSING.get(1));

        List<DynamicTest> tests = nowhere.dynamicTests().toList();
        for (DynamicTest test : tests) {
            AssertionFailedError failed = assertThrows(AssertionFailedError.class, () -> test.getExecutable().execute());
            assertTrue(failed.getMessage().contains("127.0.0.1:" + port + " is unreachable"), failed.getMessage());
        }
        AssertionFailedError once = assertThrows(AssertionFailedError.class, nowhere::assertConforms);
        assertTrue(once.getMessage().contains("is unreachable"), once.getMessage());
    }

    @Test
    void anUnknownIdOrAnEmptySelectionIsAnError() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> reference().checks("no.such.check").dynamicTests());
        assertTrue(unknown.getMessage().contains("no.such.check"), unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> reference().checks((Check c) -> false).assertConforms());
    }

    @Test
    void anInconclusiveCheckIsAbortedSayingWhatItDependsOn() {
        CheckResult inconclusive = result("attestation.apple.nonce", Level.REQUIRED, Verdict.INCONCLUSIVE,
                "setup failed: registration refused: 400: untrusted; see attestation.apple.valid");

        TestAbortedException aborted = assertThrows(TestAbortedException.class,
                () -> reference().strict().judge(inconclusive));
        assertEquals("inconclusive: setup failed: registration refused: 400: untrusted; see attestation.apple.valid",
                aborted.getMessage());
        assertDoesNotThrow(() -> reference().verify(run(inconclusive)));
    }

    @Test
    void anErroredCheckErrsAsTheHarnesssErrorNotAnAssertionFailureNorAnAbort() {
        PasskeyConformance conformance = reference().seed(11);
        CheckResult errored = result("errs.registration.edit-nothing", Level.OPTIONAL, Verdict.ERROR,
                "IllegalArgumentException: edit REMOVE /response/nothing: no such member");

        HarnessErrorException error = assertThrows(HarnessErrorException.class, () -> conformance.judge(errored));
        assertFalse(AssertionError.class.isInstance(error));
        assertTrue(error.getMessage().startsWith("the harness's own error, not the RP's failure: "
                + "errs.registration.edit-nothing (title, WebAuthn L3 §7.1): IllegalArgumentException: edit REMOVE"),
                error.getMessage());
        assertTrue(error.getMessage().endsWith("seed: 11"), error.getMessage());
    }

    @Test
    void assertConformsErrsOnHarnessErrorsAndFailsWhenARequiredCheckFailedToo() {
        PasskeyConformance conformance = reference().seed(12);
        CheckResult errored = result("errs.one", Level.REQUIRED, Verdict.ERROR, "unknown tampering 'clientData.nope'");
        CheckResult failed = result("fails.one", Level.REQUIRED, Verdict.FAIL, "expected refusal, got 200 ok");
        CheckResult passed = result("passes.one", Level.REQUIRED, Verdict.PASS, "accepted");

        HarnessErrorException error = assertThrows(HarnessErrorException.class,
                () -> conformance.verify(run(passed, errored)));
        assertEquals("1 of 2 checks could not be carried out against test RP with seed 12 (the harness's own error, "
                + "not the RP's failure):\n  errs.one: unknown tampering 'clientData.nope'", error.getMessage());

        AssertionFailedError both = assertThrows(AssertionFailedError.class,
                () -> conformance.verify(run(errored, failed)));
        assertTrue(both.getMessage().startsWith("1 of 2 checks (required) failed against test RP with seed 12:\n"
                + "  fails.one: expected refusal, got 200 ok\nand 1 could not be carried out"), both.getMessage());
        assertTrue(both.getMessage().endsWith("\n  errs.one: unknown tampering 'clientData.nope'"), both.getMessage());

        assertDoesNotThrow(() -> conformance.verify(run(passed)));
    }

    private static CheckResult result(String id, Level level, Verdict verdict, String message) {
        Check check = new Check.Registration(new CheckHeader(id, "title", "WebAuthn L3 §7.1", level, "test"),
                Setup.DEFAULT, List.of(), List.of(), Expectation.REJECTED, null);
        return new CheckResult(check, verdict, message, 1, List.of(), List.of());
    }

    private static RunReport run(CheckResult... results) {
        return new RunReport("test RP", 12, Instant.EPOCH, 1, List.of(results));
    }

    private static void only(PasskeyConformance conformance) throws Throwable {
        List<DynamicTest> tests = conformance.dynamicTests().toList();
        assertEquals(1, tests.size());
        tests.get(0).getExecutable().execute();
    }

    /** A target reached at its loopback URL whose browsers see another origin, as behind a TLS-terminating proxy. */
    private record HttpsOrigin(RpTarget target, String origin) implements RpTarget {

        @Override
        public String description() {
            return target.description();
        }

        @Override
        public Set<Capability> capabilities() {
            return target.capabilities();
        }

        @Override
        public RpSession newSession() {
            return target.newSession();
        }

        @Override
        public void close() {
            target.close();
        }
    }

    /** A test-only "RP" that answers every request with {@code 200 {"status":"ok"}}: it verifies nothing. */
    private static final class AgreeableRp implements AutoCloseable {

        private final HttpServer server;

        AgreeableRp() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                byte[] body = "{\"status\":\"ok\",\"errorMessage\":\"\"}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
