package dev.passkeyharness.conformance.catalogue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The catalogue shipped with the harness: the FIDO server items, the WebAuthn L3 steps, options and state checks. */
public final class BuiltInCatalogue {

    /** The built-in files, in the order their checks run. */
    public static final List<String> FILES = List.of("options.yaml", "fido-server.yaml", "webauthn-registration.yaml",
            "webauthn-authentication.yaml", "state.yaml", "positive.yaml", "attestation-formats.yaml",
            "metadata.yaml");

    private BuiltInCatalogue() {
    }

    public static List<Check> load() {
        return CatalogueLoader.load(sources());
    }

    /** The built-in checks followed by those of {@code extraFiles}; ids must stay unique across all. */
    public static List<Check> loadWith(List<Path> extraFiles) {
        List<CatalogueFile> all = new ArrayList<>(sources());
        extraFiles.forEach(file -> all.add(CatalogueFile.of(file)));
        return CatalogueLoader.load(all);
    }

    private static List<CatalogueFile> sources() {
        return FILES.stream().map(CatalogueFile::builtIn).toList();
    }
}
