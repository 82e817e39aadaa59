package dev.passkeyharness.conformance.scenario;

import dev.passkeyharness.conformance.catalogue.CatalogueFile;
import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.catalogue.Scenario;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The onboarding journeys shipped with the harness, from {@code /scenarios/} on the class path. */
public final class BuiltInScenarios {

    /** The built-in files, in the order their journeys run. */
    public static final List<String> FILES = List.of("first-passkey.yaml", "dismiss-prompt.yaml",
            "user-declines.yaml", "second-device.yaml", "remove-passkey.yaml", "username-first.yaml",
            "synced-and-device-bound.yaml");

    /** The built-in browser journeys ({@code ceremony: browser}), run by {@code run --browser}. */
    public static final List<String> BROWSER_FILES = List.of("browser/first-passkey.yaml", "browser/not-now.yaml",
            "browser/user-declines.yaml", "browser/second-device.yaml", "browser/autofill.yaml");

    private BuiltInScenarios() {
    }

    public static List<Scenario> load() {
        return ScenarioLoader.load(FILES.stream().map(BuiltInScenarios::file).toList());
    }

    /** The built-in journeys as JOURNEY checks. */
    public static List<Check> checks() {
        return load().stream().map(Scenario::toCheck).toList();
    }

    /** The built-in browser journeys as BROWSER checks. */
    public static List<Check> browserChecks() {
        return ScenarioLoader.load(BROWSER_FILES.stream().map(BuiltInScenarios::file).toList()).stream()
                .map(Scenario::toCheck).toList();
    }

    private static CatalogueFile file(String fileName) {
        String path = "/scenarios/" + fileName;
        try (InputStream in = BuiltInScenarios.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("built-in scenario file missing: " + path);
            }
            return new CatalogueFile("scenarios/" + fileName, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
