package dev.passkeyharness.conformance.catalogue;

import dev.passkeyharness.authenticator.io.BoundedFile;
import dev.passkeyharness.authenticator.io.FileTooLargeException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/** The text of one catalogue file and the name errors give it. */
public record CatalogueFile(String name, String text) {

    public CatalogueFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }

    /** A catalogue, scenario or selectors file; at most {@link BoundedFile#MAX_BYTES}. */
    public static CatalogueFile of(Path file) {
        try {
            return new CatalogueFile(file.toString(), BoundedFile.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalogue file " + file + ": " + reason(e), e);
        }
    }

    private static String reason(IOException e) {
        if (e instanceof FileTooLargeException tooLarge) {
            return tooLarge.problem();
        }
        if (e instanceof NoSuchFileException) {
            return "not found";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
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
