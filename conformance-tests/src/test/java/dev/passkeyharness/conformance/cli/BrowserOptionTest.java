package dev.passkeyharness.conformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** run's browser options without a browser: skipped journeys and bad input. */
class BrowserOptionTest {

    @TempDir
    Path dir;

    @Test
    void withoutBrowserABrowserJourneyIsSkippedWithTheReasonAndTheRunPasses() throws Exception {
        Path json = dir.resolve("r.json");
        CliRunner.Result result = CliRunner.run(CliContext.standard(), "run", "--check", "browser.first-passkey",
                "--json", json.toString());
        assertEquals(0, result.exitCode(), result.out() + result.err());
        JsonNode check = JsonMapper.builder().build().readTree(Files.readString(json)).path("results").path(0);
        assertEquals("browser", check.path("ceremony").asString());
        assertEquals("SKIP", check.path("verdict").asString());
        assertTrue(check.path("message").asString().contains("--browser"), check.toString());
        assertTrue(check.path("screenshot").isNull());
    }

    @Test
    void selectorsWithoutBrowserExit2() {
        CliRunner.Result result = CliRunner.run(CliContext.standard(), "run", "--selectors", "x.yaml");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("--selectors needs --browser"), result.err());
    }

    @Test
    void aBrokenSelectorsFileExits2WithFileAndLine() throws Exception {
        Path file = dir.resolve("site.yaml");
        Files.writeString(file, "signOut: \"#out\"\nnoSuchKey: x\n");
        CliRunner.Result result = CliRunner.run(CliContext.standard(), "run", "--browser", "--selectors",
                file.toString(), "--check", "browser.first-passkey");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("site.yaml:2"), result.err());
        assertEquals(1, result.err().strip().lines().count(), result.err());
    }
}
