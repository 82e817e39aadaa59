package dev.passkeyharness.conformance.foreign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A foreign server's checked-in expectations: the checks it fails with its library's defaults, each saying what the
 * server does and the rule that forbids it. File format ({@code expected-failures.yaml}):
 *
 * <pre>
 * server: the library and its version
 * failures:
 *   - check: webauthn.registration.cross-origin
 *     does: accepts clientData.crossOrigin true from an RP page that is never framed
 *     breaks: WebAuthn L3 §7.1 step 10 (C.crossOrigin)
 * </pre>
 */
public record Expectations(String server, Map<String, Entry> failures) {

    /** One expected failure: what the server does, and the rule (spec section and step, or FIDO test item) it breaks. */
    public record Entry(String check, String does, String breaks) {
    }

    public Expectations {
        failures = Map.copyOf(failures);
    }

    /** Reads and validates {@code file}: every entry needs a check, what the server does and the rule it breaks. */
    public static Expectations read(Path file) {
        JsonNode root;
        try {
            root = YAMLMapper.builder().build().readTree(file.toFile());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + ": not YAML: " + e.getMessage(), e);
        }
        String server = text(root, "server", file + "");
        Map<String, Entry> failures = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (JsonNode entry : root.path("failures")) {
            String check = entry.path("check").asString("");
            String does = entry.path("does").asString("");
            String breaks = entry.path("breaks").asString("");
            if (check.isBlank() || does.isBlank() || breaks.isBlank()) {
                problems.add("entry " + entry + " needs check, does and breaks");
            } else if (failures.put(check, new Entry(check, does, breaks)) != null) {
                problems.add(check + " is listed twice");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(file + ": " + String.join("; ", problems));
        }
        return new Expectations(server, failures);
    }

    private static String text(JsonNode root, String member, String where) {
        String value = root.path(member).asString("");
        if (value.isBlank()) {
            throw new IllegalArgumentException(where + ": '" + member + "' is missing");
        }
        return value;
    }
}
