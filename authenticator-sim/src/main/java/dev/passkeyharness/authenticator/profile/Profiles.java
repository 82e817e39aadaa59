package dev.passkeyharness.authenticator.profile;

import dev.passkeyharness.authenticator.attestation.AttestationFormat;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.data.Bytes;
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

    /**
     * Discoverable credential slots of a security key: as many as a YubiKey 5 before firmware 5.7 holds (5.7 raised
     * it to 100); small, as on real keys, so a test reaches "key full" in a few registrations.
     */
    public static final int SECURITY_KEY_SLOTS = 25;

    /**
     * Platform authenticators and passkey providers keep credentials in the OS or a synced keychain, not in a chip,
     * and publish no small limit; 1000 stands for "practically unlimited" while keeping the limit testable.
     */
    public static final int PLATFORM_SLOTS = 1000;

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
            SECURITY_KEY_SLOTS,
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
            PLATFORM_SLOTS,
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
            0, // U2F keeps every key in the credential ID, none on the device
            false,
            CounterMode.GLOBAL,
            false,
            false);

    /** A Windows Hello platform authenticator: TPM attestation of an RS256 key, the TPM's global counter. */
    public static final AuthenticatorProfile WINDOWS_HELLO = new AuthenticatorProfile(
            "windows-hello",
            Bytes.fromHex("7068682d77696e646f776873656c6c6f"),
            "passkey-harness",
            "platform",
            List.of("internal"),
            List.of(CoseAlgorithm.RS256),
            AttestationFormat.TPM,
            true,
            false,
            PLATFORM_SLOTS,
            true,
            CounterMode.GLOBAL,
            false,
            false);

    /** An Android phone's device-bound platform credential: Keystore (android-key) attestation from the TEE. */
    public static final AuthenticatorProfile ANDROID = new AuthenticatorProfile(
            "android",
            Bytes.fromHex("7068682d616e64726f69646b657973ff"),
            "passkey-harness",
            "platform",
            List.of("hybrid", "internal"),
            List.of(CoseAlgorithm.ES256, CoseAlgorithm.RS256),
            AttestationFormat.ANDROID_KEY,
            true,
            true,
            PLATFORM_SLOTS,
            true,
            CounterMode.PER_CREDENTIAL,
            false,
            false);

    /** An Apple platform passkey: anonymous apple attestation, synced (BE=1 BS=1), counter always 0. */
    public static final AuthenticatorProfile APPLE = new AuthenticatorProfile(
            "apple",
            Bytes.fromHex("7068682d6170706c65616e6f6e796d73"),
            "passkey-harness",
            "platform",
            List.of("hybrid", "internal"),
            List.of(CoseAlgorithm.ES256),
            AttestationFormat.APPLE,
            true,
            true,
            PLATFORM_SLOTS,
            true,
            CounterMode.ALWAYS_ZERO,
            true,
            true);

    private static final Map<String, AuthenticatorProfile> BY_NAME = new TreeMap<>(Map.of(
            SECURITY_KEY.name(), SECURITY_KEY,
            PLATFORM_SYNCED.name(), PLATFORM_SYNCED,
            U2F_LEGACY.name(), U2F_LEGACY,
            WINDOWS_HELLO.name(), WINDOWS_HELLO,
            ANDROID.name(), ANDROID,
            APPLE.name(), APPLE));

    private Profiles() {
    }

    public static Optional<AuthenticatorProfile> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static List<AuthenticatorProfile> all() {
        return List.copyOf(BY_NAME.values());
    }
}
