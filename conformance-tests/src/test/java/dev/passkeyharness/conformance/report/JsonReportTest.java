package dev.passkeyharness.conformance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonReportTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void theTopLevelHoldsTheRunAndItsSummary() throws Exception {
        Path file = dir.resolve("report.json");
        JsonReport.write(SampleRun.report(), file);
        JsonNode root = MAPPER.readTree(Files.readString(file));
        assertEquals(List.of("schemaVersion", "target", "seed", "startedAt", "durationMs", "summary", "results"),
                fieldNames(root));
        assertEquals(JsonReport.SCHEMA_VERSION, root.path("schemaVersion").asInt());
        assertEquals("embedded reference RP", root.path("target").asString());
        assertEquals(42, root.path("seed").asLong());
        assertEquals("2026-11-25T10:00:00Z", root.path("startedAt").asString());
        assertEquals(3210, root.path("durationMs").asLong());
        JsonNode summary = root.path("summary");
        assertEquals(5, summary.path("total").asInt());
        assertEquals(2, summary.path("passed").asInt());
        assertEquals(2, summary.path("failed").asInt());
        assertEquals(1, summary.path("skipped").asInt());
    }

    @Test
    void anErroredCheckHasItsOwnVerdictAndSummaryCount() {
        JsonNode root = MAPPER.readTree(JsonReport.render(SampleRun.withError()));
        assertEquals(List.of("total", "passed", "failed", "skipped", "errored", "inconclusive"),
                fieldNames(root.path("summary")));
        assertEquals(6, root.path("summary").path("total").asInt());
        assertEquals(2, root.path("summary").path("failed").asInt());
        assertEquals(1, root.path("summary").path("errored").asInt());
        JsonNode errored = root.path("results").get(5);
        assertEquals("ERROR", errored.path("verdict").asString());
        assertEquals(SampleRun.EDIT_ERROR, errored.path("message").asString());
        assertEquals(0, MAPPER.readTree(JsonReport.render(SampleRun.report())).path("summary").path("errored").asInt());
    }

    @Test
    void anInconclusiveCheckHasItsOwnVerdictAndSummaryCount() {
        JsonNode root = MAPPER.readTree(JsonReport.render(SampleRun.withInconclusive()));
        assertEquals(1, root.path("summary").path("inconclusive").asInt());
        assertEquals(2, root.path("summary").path("failed").asInt());
        assertEquals(1, root.path("summary").path("skipped").asInt());
        JsonNode inconclusive = root.path("results").get(5);
        assertEquals("INCONCLUSIVE", inconclusive.path("verdict").asString());
        assertEquals(SampleRun.UNTRUSTED, inconclusive.path("message").asString());
    }

    @Test
    void eachResultHasEverySchemaField() {
        JsonNode results = MAPPER.readTree(JsonReport.render(SampleRun.report())).path("results");
        assertEquals(5, results.size());
        for (JsonNode result : results) {
            assertEquals(List.of("id", "title", "specRef", "ceremony", "level", "expected", "verdict", "message",
                    "durationMs", "warnings", "exchanges", "refusal", "aftermath", "screenshot"), fieldNames(result));
            assertTrue(result.path("aftermath").isArray());
        }
        assertTrue(results.get(0).path("refusal").isNull());
        JsonNode failed = results.get(2);
        assertEquals("Server-ServerAuthenticatorAssertionResponse-Resp-3 F-4", failed.path("id").asString());
        assertEquals("authentication", failed.path("ceremony").asString());
        assertEquals("required", failed.path("level").asString());
        assertEquals("rejected", failed.path("expected").asString());
        assertEquals("FAIL", failed.path("verdict").asString());
        assertEquals(21, failed.path("durationMs").asLong());
        assertEquals("the refusal named no rule", failed.path("warnings").get(0).asString());
        JsonNode refusal = failed.path("refusal");
        assertEquals(List.of("class", "status", "rule", "message"), fieldNames(refusal));
        assertEquals("CRASH", refusal.path("class").asString());
        assertEquals(500, refusal.path("status").asInt());
        assertTrue(refusal.path("rule").isNull());
        assertEquals(SampleRun.HOSTILE_MESSAGE, refusal.path("message").asString());
        JsonNode exchange = failed.path("exchanges").get(0);
        assertEquals(List.of("method", "path", "requestBody", "status", "responseBody", "millis"), fieldNames(exchange));
        assertEquals(500, exchange.path("status").asInt());
        assertEquals(SampleRun.HOSTILE_BODY, exchange.path("responseBody").asString());
        assertTrue(results.get(4).path("exchanges").isEmpty());
    }

    private static List<String> fieldNames(JsonNode node) {
        return node.propertyNames().stream().toList();
    }

    @Test
    void aScreenshotIsNamedRelativeToTheReportFile() throws Exception {
        dev.passkeyharness.conformance.runner.RunReport sample = SampleRun.report();
        java.util.List<dev.passkeyharness.conformance.runner.judge.CheckResult> results =
                new java.util.ArrayList<>(sample.results());
        results.set(0, results.get(0).withScreenshot(dir.resolve("screenshots").resolve("a.png")));
        dev.passkeyharness.conformance.runner.RunReport report = new dev.passkeyharness.conformance.runner.RunReport(
                sample.target(), sample.seed(), sample.startedAt(), sample.millis(), results);
        Path file = dir.resolve("report.json");
        JsonReport.write(report, file);
        JsonNode root = MAPPER.readTree(Files.readString(file));
        assertEquals("screenshots/a.png", root.path("results").path(0).path("screenshot").asString());
        assertTrue(root.path("results").path(1).path("screenshot").isNull());
        Path html = dir.resolve("report.html");
        HtmlReport.write(report, html);
        assertTrue(Files.readString(html).contains("href=\"screenshots/a.png\""));
    }
}
