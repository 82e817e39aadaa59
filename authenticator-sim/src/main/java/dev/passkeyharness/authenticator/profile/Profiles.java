package dev.passkeyharness.authenticator.profile;

import dev.passkeyharness.authenticator.Bytes;
import dev.passkeyharness.authenticator.attestation.AttestationFormat;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The named profile presets. */
public final class Profiles {

    /**
     * The algorithms the full-featured presets can make: all but RS1 (SHA-1, deprecated by RFC 8812 §2) and ES256K
     * (rare outside blockchain wallets). A check that needs one of those asks for it by name (withAlgorithms).
     */
    public static final List<CoseAlgorithm> COMMON_ALGORITHMS = Arrays.stream(CoseAlgorithm.values())
            .filter(a -> a != CoseAlgorithm.RS1 && a != CoseAlgorithm.ES256K)
            .toList();

    public static final AuthenticatorProfile SECURITY_KEY = new AuthenticatorProfile(
            "security-key",
            Bytes.fromHex("7068682d736563757269747979796b65"),
            "passkey-harness",
            "cross-platform",
            List.of("usb", "nfc"),
            COMMON_ALGORITHMS,
            AttestationFormat.PACKED,
            true,
            false,
            true,
            CounterMode.PER_CREDENTIAL,
            false,
            false);

    public static final AuthenticatorProfile PLATFORM_SYNCED = new AuthenticatorProfile(
            "platform-synced",
            Bytes.fromHex("7068682d706c6174666f726d73796e63"),
            "passkey-harness",
            "platform",
            List.of("hybrid", "internal"),
            COMMON_ALGORITHMS,
            AttestationFormat.NONE,
            true,
            true,
            true,
            CounterMode.ALWAYS_ZERO,
            true,
            true);

    public static final AuthenticatorProfile U2F_LEGACY = new AuthenticatorProfile(
            "u2f-legacy",
            Bytes.of(new byte[16]),
            "passkey-harness",
            "cross-platform",
            List.of("usb"),
            List.of(CoseAlgorithm.ES256),
            AttestationFormat.FIDO_U2F,
            false,
            false,
            false,
            CounterMode.GLOBAL,
            false,
            false);

    private static final Map<String, AuthenticatorProfile> BY_NAME = new TreeMap<>(Map.of(
            SECURITY_KEY.name(), SECURITY_KEY,
            PLATFORM_SYNCED.name(), PLATFORM_SYNCED,
            U2F_LEGACY.name(), U2F_LEGACY));

    private Profiles() {
    }

    public static Optional<AuthenticatorProfile> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static List<AuthenticatorProfile> all() {
        return List.copyOf(BY_NAME.values());
    }
}
