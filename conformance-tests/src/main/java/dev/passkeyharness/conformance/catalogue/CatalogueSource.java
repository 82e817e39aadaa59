package dev.passkeyharness.conformance.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** The text of one catalogue file and the name errors give it. */
public record CatalogueSource(String name, String text) {

    public CatalogueSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }

    public static CatalogueSource of(Path file) {
        try {
            return new CatalogueSource(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalogue file " + file, e);
        }
    }

    /** A file of the built-in catalogue, from {@code /catalogue/} on the class path. */
    public static CatalogueSource builtIn(String fileName) {
        String path = "/catalogue/" + fileName;
        try (InputStream in = CatalogueSource.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("built-in catalogue file missing: " + path);
            }
            return new CatalogueSource("catalogue/" + fileName, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
