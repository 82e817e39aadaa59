package dev.passkeyharness.conformance.target;

import dev.passkeyharness.conformance.catalogue.CatalogueException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in endpoint profiles (resources {@code profiles/NAME.yaml}) and profiles read from files. A profile is
 * named by its built-in name or by a file path.
 */
public final class EndpointProfiles {

    /** The built-in profiles, in the order help lists them. */
    public static final List<String> BUILT_IN = List.of("conformance", "onboarding", "simplewebauthn-example",
            "py-webauthn", "go-webauthn-example", "yubico-demo", "spring-security");

    /** Read on first use, so a parse of someone's file never depends on the built-ins. */
    private static final class Loaded {
        static final Map<String, EndpointProfile> PROFILES = new LinkedHashMap<>();

        static {
            for (String name : BUILT_IN) {
                PROFILES.put(name, builtInResource(name));
            }
        }
    }

    private EndpointProfiles() {
    }

    /** The built-in profile {@code name}, if there is one. */
    public static Optional<EndpointProfile> builtIn(String name) {
        return Optional.ofNullable(Loaded.PROFILES.get(name));
    }

    /** The profile of the reference RP's {@code api}. */
    public static EndpointProfile of(Api api) {
        return Loaded.PROFILES.get(api.profileName());
    }

    /**
     * A built-in profile by name, else the profile in the file {@code nameOrFile}.
     *
     * @throws CatalogueException {@code file:line} when the file is not a valid profile
     * @throws IllegalArgumentException when it is neither a built-in name nor a readable file
     */
    public static EndpointProfile resolve(String nameOrFile) {
        Optional<EndpointProfile> builtIn = builtIn(nameOrFile);
        if (builtIn.isPresent()) {
            return builtIn.get();
        }
        Path file = Path.of(nameOrFile);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("'" + nameOrFile + "' is neither a built-in profile " + BUILT_IN
                    + " nor a profile file");
        }
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("the profile file " + file + " cannot be read: " + e.getMessage());
        }
    }

    /** Parses one profile; {@code file} names it in errors. */
    public static EndpointProfile parse(String file, String text) {
        return ProfileParser.parse(file, text);
    }

    private static EndpointProfile builtInResource(String name) {
        String file = "profiles/" + name + ".yaml";
        try (InputStream in = EndpointProfiles.class.getResourceAsStream("/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + file);
            }
            return parse(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CatalogueException e) {
            throw new IllegalStateException("built-in endpoint profile is wrong: " + e.getMessage(), e);
        }
    }
}
