package dev.passkeyharness.conformance.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** The text of one catalogue file and the name errors give it. */
public record CatalogueFile(String name, String text) {

    public CatalogueFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }

    public static CatalogueFile of(Path file) {
        try {
            return new CatalogueFile(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalogue file " + file, e);
        }
    }

    /** A file of the built-in catalogue, from {@code /catalogue/} on the class path. */
    public static CatalogueFile builtIn(String fileName) {
        String path = "/catalogue/" + fileName;
        try (InputStream in = CatalogueFile.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("built-in catalogue file missing: " + path);
            }
            return new CatalogueFile("catalogue/" + fileName, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
