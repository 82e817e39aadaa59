package dev.passkeyharness.bench.report;

import dev.passkeyharness.authenticator.json.StrictJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;

/** Reads the JSON file JMH writes with {@code -rf json}. */
public final class JmhResults {

    /** JMH writes these files, not we: read them as Jackson reads by default. */
    private static final ObjectReader JSON = StrictJson.tolerantReader();

    private JmhResults() {
    }

    public static List<JmhResult> read(Path file) throws IOException {
        return parse(Files.readString(file));
    }

    /** @throws IllegalArgumentException when the text is not a JMH result array */
    public static List<JmhResult> parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException("a JMH result file is a JSON array");
        }
        List<JmhResult> results = new ArrayList<>();
        for (JsonNode node : root) {
            results.add(result(node));
        }
        return results;
    }

    /** JMH writes a missing error (one iteration) as the string "NaN". */
    private static double number(JsonNode value) {
        return value.isNumber() ? value.asDouble() : Double.NaN;
    }

    private static JmhResult result(JsonNode node) {
        JsonNode metric = node.path("primaryMetric");
        if (!node.path("benchmark").isString() || !metric.path("score").isNumber()) {
            throw new IllegalArgumentException("a result needs benchmark and primaryMetric.score: " + node);
        }
        Map<String, String> params = new LinkedHashMap<>();
        node.path("params").properties().forEach(e -> params.put(e.getKey(), e.getValue().asString()));
        JsonNode percentiles = metric.path("scorePercentiles");
        boolean sample = "sample".equals(node.path("mode").asString(""));
        return new JmhResult(node.path("benchmark").asString(), node.path("mode").asString(""),
                node.path("threads").asInt(1), params, metric.path("score").asDouble(),
                number(metric.path("scoreError")), metric.path("scoreUnit").asString(""),
                sample ? number(percentiles.path("50.0")) : Double.NaN, sample ? number(percentiles.path("99.0")) : Double.NaN);
    }
}
