package dev.passkeyharness.conformance.target;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import dev.passkeyharness.conformance.catalogue.BuiltInChecks;
import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.runner.CatalogueRunner;
import dev.passkeyharness.conformance.runner.judge.CheckResult;
import dev.passkeyharness.conformance.runner.RunReport;
import dev.passkeyharness.conformance.runner.judge.Verdict;
import dev.passkeyharness.rp.ReferenceRp;
import dev.passkeyharness.rp.RpSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A target is described, not subclassed: the FIDO2 conformance API served at other paths (a loopback server that
 * forwards them to a reference RP) runs the checks through an endpoint profile read from text.
 */
class DescribedTargetTest {

    private static final Map<String, String> FORWARDS = Map.of(
            "/webauthn/register/begin", "/attestation/options",
            "/webauthn/register/finish", "/attestation/result",
            "/webauthn/login/begin", "/assertion/options",
            "/webauthn/login/finish", "/assertion/result");
    private static final String DESCRIPTION = """
            name: webauthn-paths
            success: {match: {/status: ok}}
            steps:
              registrationOptions:
                request: POST /webauthn/register/begin
                body: {username: "${username}", displayName: "${displayName}"}
              registrationResult: POST /webauthn/register/finish
              authenticationOptions: {request: POST /webauthn/login/begin, body: {username: "${username}"}}
              authenticationResult: POST /webauthn/login/finish
            """;

    private static ReferenceRp rp;
    private static HttpServer forwarder;

    @BeforeAll
    static void start() throws IOException {
        rp = ReferenceRp.start(RpSettings.defaults()
                .withDatabase("jdbc:h2:mem:described-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .withConformanceApi(true));
        forwarder = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        forwarder.createContext("/", Forwarder.to(rp.port(), FORWARDS::get));
        forwarder.start();
    }

    @AfterAll
    static void stop() {
        forwarder.stop(0);
        rp.close();
    }

    @Test
    void theChecksRunThroughTheDescribedPaths() {
        List<String> ids = List.of("builtin.registration.valid", "builtin.registration.challenge-wrong",
                "builtin.authentication.valid", "builtin.authentication.signature-bitflip");
        List<Check> checks = new BuiltInChecks().load().stream().filter(c -> ids.contains(c.id())).toList();
        HttpTarget target = new HttpTarget(TargetUrl.parse("http://127.0.0.1:" + forwarder.getAddress().getPort(),
                rp.url()), EndpointProfiles.parse("webauthn.yaml", DESCRIPTION));

        RunReport report = new CatalogueRunner().run(checks, target, 5, CatalogueRunner.SILENT);

        assertEquals(List.of(Verdict.PASS), report.results().stream().map(CheckResult::verdict).distinct().toList(),
                report.results().stream().map(r -> r.check().id() + " " + r.message()).toList().toString());
        CheckResult valid = report.results().stream().filter(r -> r.check().id().equals("builtin.authentication.valid"))
                .findFirst().orElseThrow();
        assertEquals(List.of("/webauthn/register/begin", "/webauthn/register/finish", "/webauthn/login/begin",
                "/webauthn/login/finish"), valid.exchanges().stream().map(Exchange::path).distinct().toList());
    }
}
