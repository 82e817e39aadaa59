package dev.passkeyharness.authenticator.tamper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** The named tampering catalogue: every tampering the harness can apply, by stage, looked up by name. */
public final class Tamperings {

    private static final Map<String, Tampering> BY_NAME = index(Stream.of(
                    ClientDataTamperings.all(),
                    AuthenticatorDataTamperings.all(),
                    SignatureTamperings.all(),
                    AttestationTamperings.all(),
                    FormatTamperings.all(),
                    SafetyNetTamperings.all(),
                    EncodingTamperings.all())
            .flatMap(List::stream)
            .toList());

    private Tamperings() {
    }

    /** Every tampering, grouped by stage in pipeline order. */
    public static List<Tampering> all() {
        return List.copyOf(BY_NAME.values());
    }

    public static Optional<Tampering> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    private static Map<String, Tampering> index(List<Tampering> tamperings) {
        Map<String, Tampering> byName = new LinkedHashMap<>();
        for (Tampering t : tamperings) {
            if (byName.putIfAbsent(t.name(), t) != null) {
                throw new IllegalStateException("duplicate tampering name " + t.name());
            }
        }
        return byName;
    }
}
