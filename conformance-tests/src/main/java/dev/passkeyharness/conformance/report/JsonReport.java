package dev.passkeyharness.conformance.report;

import dev.passkeyharness.authenticator.json.StrictJson;
import dev.passkeyharness.conformance.runner.judge.CheckResult;
import dev.passkeyharness.conformance.runner.judge.Refusal;
import dev.passkeyharness.conformance.runner.RunReport;
import dev.passkeyharness.conformance.runner.judge.Verdict;
import dev.passkeyharness.conformance.target.Exchange;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/** The run as JSON in the schema documented in REPORT-SCHEMA.md (schemaVersion {@value #SCHEMA_VERSION}). */
public final class JsonReport {

    public static final int SCHEMA_VERSION = 1;
    private static final JsonMapper MAPPER = StrictJson.mapper();

    private JsonReport() {
    }

    /** Screenshot paths in the file are relative to its directory. */
    public static void write(RunReport report, Path file) {
        ReportFiles.write(file, render(report, file.toAbsolutePath().getParent()));
    }

    /** Screenshot paths absolute. */
    public static String render(RunReport report) {
        return render(report, null);
    }

    /** Screenshot paths relative to {@code reportDir} (absolute when it is null). */
    public static String render(RunReport report, Path reportDir) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree(report, reportDir)) + "\n";
    }

    static ObjectNode tree(RunReport report) {
        return tree(report, null);
    }

    static ObjectNode tree(RunReport report, Path reportDir) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("target", report.target());
        root.put("seed", report.seed());
        root.put("startedAt", report.startedAt().toString());
        root.put("durationMs", report.millis());
        ObjectNode summary = root.putObject("summary");
        summary.put("total", report.results().size());
        summary.put("passed", report.count(Verdict.PASS));
        summary.put("failed", report.count(Verdict.FAIL));
        summary.put("skipped", report.count(Verdict.SKIP));
        summary.put("errored", report.count(Verdict.ERROR));
        summary.put("inconclusive", report.count(Verdict.INCONCLUSIVE));
        ArrayNode results = root.putArray("results");
        report.results().forEach(r -> results.add(result(r, reportDir)));
        return root;
    }

    private static ObjectNode result(CheckResult result, Path reportDir) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", result.check().id());
        node.put("title", result.check().title());
        node.put("specRef", result.check().specRef());
        node.put("ceremony", ReportText.ceremony(result.check()));
        node.put("level", ReportText.lower(result.check().level()));
        node.put("expected", ReportText.lower(result.check().expected()));
        node.put("verdict", result.verdict().name());
        node.put("message", result.message());
        node.put("durationMs", result.millis());
        ArrayNode warnings = node.putArray("warnings");
        result.warnings().forEach(warnings::add);
        ArrayNode exchanges = node.putArray("exchanges");
        result.exchanges().forEach(e -> exchanges.add(exchange(e)));
        node.set("refusal", refusal(result.refusal()));
        ArrayNode aftermath = node.putArray("aftermath");
        result.aftermath().forEach(e -> aftermath.add(exchange(e)));
        node.put("screenshot", ReportText.screenshot(result, reportDir));
        return node;
    }

    /** One exchange as the JSON report and transcripts write it. */
    /** A refusal as the report and transcripts show it: class, status, rule (or null) and message; null for none. */
    public static JsonNode refusal(Refusal refusal) {
        if (refusal == null) {
            return NullNode.getInstance();
        }
        ObjectNode r = MAPPER.createObjectNode();
        r.put("class", refusal.refusalClass().name());
        r.put("status", refusal.status());
        if (refusal.rule() == null) {
            r.putNull("rule");
        } else {
            r.put("rule", refusal.rule());
        }
        r.put("message", refusal.message());
        return r;
    }

    public static ObjectNode exchange(Exchange exchange) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("method", exchange.method());
        node.put("path", exchange.path());
        node.put("requestBody", exchange.requestBody());
        node.put("status", exchange.status());
        node.put("responseBody", exchange.responseBody());
        node.put("millis", exchange.millis());
        return node;
    }
}
