package dev.passkeyharness.conformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.conformance.catalogue.BuiltInChecks;
import dev.passkeyharness.conformance.report.ConsoleReportWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** run --record writes transcripts; replay re-runs them, edited or not. */
class ReplayCommandTest {

    private static final CliContext BUILT_IN = new CliContext(new BuiltInChecks(), ConsoleReportWriter::new);
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final String CHECK = "builtin.registration.valid";

    private static Path record(Path dir) {
        CliRunner.Result run = CliRunner.run(BUILT_IN, "run", "--check", CHECK, "--seed", "3", "--record",
                dir.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.out() + run.err());
        return dir.resolve(CHECK + ".json");
    }

    @Test
    void runRecordsOneTranscriptPerCheckWithItsExchanges(@TempDir Path dir) throws Exception {
        JsonNode transcript = MAPPER.readTree(record(dir).toFile());

        assertEquals(1, transcript.path("schemaVersion").asInt());
        assertEquals(CHECK, transcript.path("checkId").asString());
        assertEquals(3, transcript.path("seed").asLong());
        assertEquals("PASS", transcript.path("verdict").asString());
        assertEquals("registration", transcript.path("check").path("ceremony").asString());
        assertEquals("accepted", transcript.path("check").path("expected").asString());
        JsonNode exchanges = transcript.path("exchanges");
        assertTrue(exchanges.size() >= 2, exchanges.toString());
        for (JsonNode exchange : exchanges) {
            assertFalse(exchange.path("method").asString().isEmpty());
            assertTrue(exchange.path("path").asString().startsWith("/"), exchange.toString());
            assertTrue(exchange.has("requestBody") && exchange.has("responseBody"), exchange.toString());
        }
    }

    @Test
    void aRefusalIsRecordedAsTheJsonReportShowsIt(@TempDir Path dir) throws Exception {
        String refused = "builtin.registration.challenge-wrong";
        CliRunner.Result run = CliRunner.run(BUILT_IN, "run", "--check", refused, "--seed", "3", "--record",
                dir.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.out() + run.err());

        JsonNode refusal = MAPPER.readTree(dir.resolve(refused + ".json").toFile()).path("refusal");
        assertEquals("RULE_SPECIFIC", refusal.path("class").asString(), refusal.toString());
        assertEquals(400, refusal.path("status").asInt(), refusal.toString());
        assertEquals("challenge", refusal.path("rule").asString(), refusal.toString());
        assertFalse(refusal.path("message").asString().isEmpty(), refusal.toString());
    }

    @Test
    void sanitisedFileNames(@TempDir Path dir) {
        assertEquals("Server-X-Resp-1_P-2.json",
                dev.passkeyharness.conformance.transcript.Transcripts.fileName("Server-X-Resp-1 P-2"));
    }

    @Test
    void replayOfAnUneditedTranscriptGivesTheSameVerdict(@TempDir Path dir) {
        Path file = record(dir);

        CliRunner.Result replay = CliRunner.run(BUILT_IN, "replay", file.toString());

        assertEquals(ExitCodes.OK, replay.exitCode(), replay.out() + replay.err());
        assertTrue(replay.out().contains("verdict: PASS"), replay.out());
        assertTrue(replay.out().contains("recorded PASS"), replay.out());
        assertTrue(replay.out().contains("exchange 1: POST "), replay.out());
        assertTrue(replay.out().contains(": same request"), replay.out());
        assertFalse(replay.out().contains("differs"), replay.out());
    }

    @Test
    void anEditedTranscriptReplaysWithItsTampering(@TempDir Path dir) throws Exception {
        Path file = record(dir);
        ObjectNode transcript = (ObjectNode) MAPPER.readTree(file.toFile());
        ((ArrayNode) transcript.path("check").path("tamperings")).add("clientData.challenge.wrong");
        Files.writeString(file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(transcript));

        CliRunner.Result replay = CliRunner.run(BUILT_IN, "replay", file.toString());

        assertEquals(ExitCodes.CHECK_FAILED, replay.exitCode(), replay.out() + replay.err());
        assertTrue(replay.out().contains("verdict: FAIL"), replay.out());
        assertTrue(replay.out().contains("recorded PASS"), replay.out());
        assertTrue(replay.out().contains("refusal: 4"), replay.out());
        assertTrue(replay.out().contains("verdict differs from the transcript"), replay.out());
    }

    @Test
    void aMalformedTranscriptExits2NamingTheProblem(@TempDir Path dir) throws Exception {
        Path file = record(dir);
        ObjectNode transcript = (ObjectNode) MAPPER.readTree(file.toFile());
        transcript.remove("seed");
        Files.writeString(file, MAPPER.writeValueAsString(transcript));

        CliRunner.Result replay = CliRunner.run(BUILT_IN, "replay", file.toString());

        assertEquals(ExitCodes.BAD_INPUT, replay.exitCode(), replay.out() + replay.err());
        assertTrue(replay.err().contains(file + ": missing or malformed 'seed'"), replay.err());
    }

    @Test
    void anEditedCheckIsValidatedLikeACatalogueEntry(@TempDir Path dir) throws Exception {
        Path file = record(dir);
        ObjectNode transcript = (ObjectNode) MAPPER.readTree(file.toFile());
        ((ArrayNode) transcript.path("check").path("tamperings")).add("no.such.tampering");
        Files.writeString(file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(transcript));

        CliRunner.Result replay = CliRunner.run(BUILT_IN, "replay", file.toString());

        assertEquals(ExitCodes.BAD_INPUT, replay.exitCode(), replay.out() + replay.err());
        assertTrue(replay.err().contains(": check: unknown tampering 'no.such.tampering'"), replay.err());
        assertTrue(replay.err().contains(file + ":"), replay.err());
    }

    @Test
    void notJsonExits2(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"schemaVersion\": 1,");

        CliRunner.Result replay = CliRunner.run(BUILT_IN, "replay", file.toString());

        assertEquals(ExitCodes.BAD_INPUT, replay.exitCode(), replay.err());
        assertTrue(replay.err().contains(file + ": not valid JSON"), replay.err());
    }
}
