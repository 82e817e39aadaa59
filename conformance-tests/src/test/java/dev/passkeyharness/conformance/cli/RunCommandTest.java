package dev.passkeyharness.conformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.conformance.catalogue.BuiltInChecks;
import dev.passkeyharness.conformance.report.ConsoleReportWriter;
import dev.passkeyharness.conformance.target.HostileServer;
import dev.passkeyharness.conformance.target.HostileServer.Behaviour;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;
import tools.jackson.databind.json.JsonMapper;

/** run and list through the CLI, with the built-in checks. */
class RunCommandTest {

    /** The runner's own small set of checks (one per ceremony and procedure), not the YAML catalogue. */
    private static final CliContext BUILT_IN = new CliContext(new BuiltInChecks(), ConsoleReportWriter::new);

    @Test
    void theBuiltInChecksPassAgainstTheEmbeddedRp() {
        CliRunner.Result result = CliRunner.run(BUILT_IN, "run", "--seed", "3");

        assertEquals(ExitCodes.OK, result.exitCode(), result.out() + result.err());
        assertTrue(result.out().contains("[1/14] builtin.options.creation PASS ("), result.out());
        assertTrue(result.out().contains("14 checks: 14 passed, 0 failed, 0 skipped"), result.out());
    }

    @Test
    void selectedChecksOnly() {
        CliRunner.Result result = CliRunner.run(BUILT_IN, "run", "--check", "builtin.registration.valid",
                "builtin.registration.replay");

        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        assertTrue(result.out().contains("[2/2] builtin.registration.replay PASS"), result.out());
    }

    @Test
    void reportFilesAreWritten(@TempDir Path dir) throws Exception {
        Path junit = dir.resolve("report.xml");
        Path json = dir.resolve("report.json");
        Path html = dir.resolve("report.html");
        CliRunner.Result result = CliRunner.run(BUILT_IN, "run", "--seed", "4", "--junit", junit.toString(), "--json",
                json.toString(), "--html", html.toString());

        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        Element suite = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile())
                .getDocumentElement();
        assertEquals("testsuite", suite.getTagName());
        assertEquals("14", suite.getAttribute("tests"));
        assertEquals("0", suite.getAttribute("failures"));
        assertEquals(14, JsonMapper.builder().build().readTree(json.toFile()).path("results").size());
        assertTrue(Files.readString(html).contains("builtin.registration.duplicate"));
    }

    @Test
    void anUnreachableTargetExits3() {
        CliRunner.Result result = CliRunner.run(BUILT_IN, "run", "--target", "http://127.0.0.1:9");

        assertEquals(ExitCodes.TARGET_UNREACHABLE, result.exitCode(), result.err());
        assertTrue(result.err().startsWith("passkey-harness: target http://127.0.0.1:9 is unreachable"), result.err());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Behaviour.class, names = {"HUGE_BODY", "ENDLESS_CHUNKED", "INVALID_JSON", "SERVER_ERROR",
            "REDIRECT"})
    void aHostileTargetFailsItsChecksWithoutAStackTrace(Behaviour behaviour) throws IOException {
        try (HostileServer server = HostileServer.everywhere(behaviour)) {
            CliRunner.Result result = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CliRunner.run(BUILT_IN,
                    "run", "--target", server.url(), "--check", "builtin.registration.valid",
                    "builtin.registration.challenge-wrong"));

            assertEquals(ExitCodes.CHECK_FAILED, result.exitCode(), result.out() + result.err());
            assertTrue(result.out().contains("2 checks: 0 passed, 2 failed, 0 skipped"), result.out());
            assertTrue(result.out().contains("setup failed: registration options refused: "), result.out());
            for (String internal : List.of("java.", "Exception", "OutOfMemoryError", "\tat ")) {
                assertFalse((result.out() + result.err()).contains(internal), internal + " in: " + result.out()
                        + result.err());
            }
        }
    }

    @Test
    void listPrintsEveryCheck() {
        CliRunner.Result table = CliRunner.run(BUILT_IN, "list");
        CliRunner.Result json = CliRunner.run(BUILT_IN, "list", "--json");

        assertEquals(14, table.out().lines().count());
        assertTrue(table.out().contains("builtin.registration.duplicate"), table.out());
        assertTrue(json.out().contains("\"specRef\" : \"WebAuthn L3 §7.1 step 26\""), json.out());
    }
}
