package dev.passkeyharness.conformance.cli;

import dev.passkeyharness.authenticator.io.BoundedFile;
import dev.passkeyharness.authenticator.io.FileTooLargeException;
import dev.passkeyharness.authenticator.json.StrictJson;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads an options file: it must exist and hold one JSON object; the client checks its members. */
final class OptionsFile {

    private static final JsonMapper JSON = StrictJson.mapper();

    private OptionsFile() {
    }

    static String read(Path file) {
        String text;
        try {
            text = BoundedFile.readString(file);
        } catch (NoSuchFileException e) {
            throw CliException.badInput("options file " + file + ": not found");
        } catch (FileTooLargeException e) {
            throw CliException.badInput("options file " + file + ": " + e.problem());
        } catch (IOException e) {
            throw CliException.badInput("options file " + file + ": cannot read: " + e.getClass().getSimpleName());
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            throw CliException.badInput("options file " + file + ": not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw CliException.badInput("options file " + file + ": expected a JSON object");
        }
        return text;
    }
}
