package dev.passkeyharness.conformance.transcript;

import dev.passkeyharness.authenticator.io.BoundedFile;
import dev.passkeyharness.authenticator.io.FileTooLargeException;
import dev.passkeyharness.authenticator.json.StrictJson;
import dev.passkeyharness.conformance.catalogue.CatalogueException;
import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.catalogue.CheckDocument;
import dev.passkeyharness.conformance.catalogue.YamlNode;
import dev.passkeyharness.conformance.catalogue.YamlTreeReader;
import dev.passkeyharness.conformance.report.JsonReport;
import dev.passkeyharness.conformance.runner.judge.CheckResult;
import dev.passkeyharness.conformance.runner.judge.Verdict;
import dev.passkeyharness.conformance.target.Exchange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Writes transcripts as JSON (one file per check) and reads them back strictly. */
public final class Transcripts {

    public static final int SCHEMA_VERSION = 1;
    private static final JsonMapper MAPPER = StrictJson.mapper();

    private Transcripts() {
    }

    /** Whether a check can be recorded: journeys (scenarios) have no catalogue form to replay from. */
    public static boolean recordable(Check check) {
        return check instanceof Check.SingleStep;
    }

    /** {@code <sanitised check id>.json}: every character but letters, digits, '.', '-' and '_' becomes '_'. */
    public static String fileName(String checkId) {
        return checkId.replaceAll("[^A-Za-z0-9._-]", "_") + ".json";
    }

    /** Writes the transcript of {@code result} into {@code dir} and returns its file. */
    public static Path write(Path dir, CheckResult result, long seed, String target, String profile) {
        Path file = dir.resolve(fileName(result.check().id()));
        try {
            Files.createDirectories(dir);
            Files.writeString(file, render(result, seed, target, profile), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    public static String render(CheckResult result, long seed, String target, String profile) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("checkId", result.check().id());
        root.put("seed", seed);
        root.put("target", target);
        root.put("profile", profile);
        root.set("check", CheckDocument.toJson(result.check()));
        root.put("verdict", result.verdict().name());
        root.put("message", result.message());
        root.set("refusal", JsonReport.refusal(result.refusal()));
        ArrayNode exchanges = root.putArray("exchanges");
        result.exchanges().forEach(e -> exchanges.add(JsonReport.exchange(e)));
        ArrayNode aftermath = root.putArray("aftermath");
        result.aftermath().forEach(e -> aftermath.add(JsonReport.exchange(e)));
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    /**
     * Reads a transcript; its {@code check} is validated like a catalogue entry.
     *
     * @throws TranscriptException naming the file and what is wrong
     */
    public static Transcript read(Path file) {
        String name = file.toString();
        String text;
        try {
            text = BoundedFile.readString(file);
        } catch (FileTooLargeException e) {
            throw new TranscriptException(name + ": " + e.problem());
        } catch (IOException e) {
            throw new TranscriptException(name + ": cannot read the file (" + e.getMessage() + ")");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JacksonException e) {
            String problem = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
            throw new TranscriptException(name + ": not valid JSON: " + problem);
        }
        if (root == null || !root.isObject()) {
            throw new TranscriptException(name + ": a transcript is a JSON object");
        }
        int version = integer(name, root, "schemaVersion");
        if (version != SCHEMA_VERSION) {
            throw new TranscriptException(name + ": schemaVersion " + version + " is not supported (expected "
                    + SCHEMA_VERSION + ")");
        }
        long seed = longValue(name, root, "seed");
        String target = string(name, root, "target");
        // transcripts before endpoint profiles named the reference RP's API, which is now a built-in profile's name
        String profile = string(name, root, root.has("api") && !root.has("profile") ? "api" : "profile");
        String verdictName = string(name, root, "verdict");
        Verdict verdict;
        try {
            verdict = Verdict.valueOf(verdictName);
        } catch (IllegalArgumentException e) {
            throw new TranscriptException(name + ": unknown verdict '" + verdictName + "'; expected PASS, FAIL or SKIP");
        }
        Check check = check(name, text, root);
        String checkId = string(name, root, "checkId");
        if (!checkId.equals(check.id())) {
            throw new TranscriptException(name + ": checkId '" + checkId + "' differs from the check's id '"
                    + check.id() + "'");
        }
        String message = root.path("message").isString() ? root.path("message").asString() : "";
        return new Transcript(seed, target, profile, check, verdict, message, exchanges(name, root, "exchanges"),
                exchanges(name, root, "aftermath"));
    }

    /** The {@code check} member through the catalogue's own reader, so errors carry the transcript's line. */
    private static Check check(String name, String text, JsonNode root) {
        if (!root.path("check").isObject()) {
            throw new TranscriptException(name + ": missing or malformed 'check' (the check's definition, an object)");
        }
        try {
            YamlNode document = YamlTreeReader.read(name, text);
            YamlNode node = ((YamlNode.Mapping) document).members().get("check").value();
            return CheckDocument.parse(name, node);
        } catch (CatalogueException e) {
            throw new TranscriptException(e.getMessage().replaceFirst(":(\\d+): ", ":$1: check: "));
        }
    }

    private static List<Exchange> exchanges(String name, JsonNode root, String field) {
        JsonNode list = root.get(field);
        if (list == null || !list.isArray()) {
            throw new TranscriptException(name + ": missing or malformed '" + field + "' (a list of exchanges)");
        }
        List<Exchange> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode e = list.get(i);
            String where = field + "[" + i + "]";
            if (!e.isObject()) {
                throw new TranscriptException(name + ": " + where + " must be an object");
            }
            out.add(new Exchange(string(name, e, "method", where), string(name, e, "path", where),
                    string(name, e, "requestBody", where), integer(name, e, "status", where),
                    string(name, e, "responseBody", where), e.path("millis").asLong(0)));
        }
        return out;
    }

    private static String string(String name, JsonNode node, String field) {
        return string(name, node, field, null);
    }

    private static String string(String name, JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString()) {
            throw new TranscriptException(name + ": missing or malformed '" + path(where, field) + "' (a string)");
        }
        return value.asString();
    }

    private static int integer(String name, JsonNode node, String field) {
        return integer(name, node, field, null);
    }

    private static int integer(String name, JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isInt()) {
            throw new TranscriptException(name + ": missing or malformed '" + path(where, field) + "' (a whole number)");
        }
        return value.asInt();
    }

    private static long longValue(String name, JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new TranscriptException(name + ": missing or malformed '" + field + "' (a whole number)");
        }
        return value.asLong();
    }

    private static String path(String where, String field) {
        return where == null ? field : where + "." + field;
    }
}
