package dev.passkeyharness.conformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.conformance.report.ConsoleReportWriter;
import dev.passkeyharness.conformance.scenario.BuiltInScenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --scenario FILE…} and the journeys in {@code list}. */
class ScenarioOptionTest {

    /** No catalogue checks, so only the given scenarios run. */
    private static final CliContext NO_CHECKS = new CliContext(List::of, ConsoleReportWriter::new);

    @Test
    void aUserScenarioFileRuns(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("mine.yaml"), """
                id: mine.second-key
                title: Two security keys on one account
                authenticators:
                  a: {profile: security-key}
                  b: {profile: security-key, alg: ES256}
                steps:
                  - signup
                  - createPasskey: a
                  - createPasskey: b
                  - expect: {passkeyCount: 2}
                  - logout
                  - signInWithPasskey: b
                    email: account
                  - expect: signedIn
                """);

        CliRunner.Result result = CliRunner.run(NO_CHECKS, "run", "--seed", "2", "--scenario", file.toString());

        assertEquals(ExitCodes.OK, result.exitCode(), result.out() + result.err());
        assertTrue(result.out().contains("[1/1] mine.second-key PASS"), result.out());
    }

    @Test
    void aFailingUserScenarioExits1(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("wrong.yaml"), """
                id: mine.wrong
                title: Expects the prompt after a passkey was made
                authenticators:
                  a: {profile: platform-synced}
                steps:
                  - signup
                  - createPasskey: a
                  - expect: promptShown
                """);

        CliRunner.Result result = CliRunner.run(NO_CHECKS, "run", "--seed", "2", "--scenario", file.toString());

        assertEquals(ExitCodes.CHECK_FAILED, result.exitCode(), result.out() + result.err());
        assertTrue(result.out().contains("step 3 (expect promptShown)"), result.out());
    }

    @Test
    void aBrokenScenarioFileExits2WithFileAndLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("broken.yaml"), """
                id: mine.broken
                title: Names a device it does not have
                authenticators:
                  a: {profile: security-key}
                steps:
                  - signup
                  - createPasskey: z
                """);

        CliRunner.Result result = CliRunner.run(NO_CHECKS, "run", "--scenario", file.toString());

        assertEquals(ExitCodes.BAD_INPUT, result.exitCode(), result.out() + result.err());
        assertTrue(result.err().startsWith("passkey-harness: " + file + ":7: unknown authenticator 'z'"), result.err());
    }

    @Test
    void aMissingScenarioFileExits2(@TempDir Path dir) {
        CliRunner.Result result = CliRunner.run(NO_CHECKS, "run", "--scenario", dir.resolve("nope.yaml").toString());

        assertEquals(ExitCodes.BAD_INPUT, result.exitCode(), result.err());
        assertTrue(result.err().contains("nope.yaml"), result.err());
    }

    @Test
    void listShowsTheBuiltInJourneys() {
        CliRunner.Result result = CliRunner.run(CliContext.standard(), "list");

        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        for (String id : BuiltInScenarios.load().stream().map(s -> s.id()).toList()) {
            assertTrue(result.out().lines().anyMatch(l -> l.startsWith(id + " ") && l.contains("JOURNEY")), id);
        }
    }
}
