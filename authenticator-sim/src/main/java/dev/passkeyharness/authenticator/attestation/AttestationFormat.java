package dev.passkeyharness.authenticator.attestation;

import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The attestation choices the authenticator offers, with the fmt they produce and their command-line names. */
public enum AttestationFormat {
    NONE("none", "none"),
    PACKED_SELF("packed", "packed-self"),
    PACKED("packed", "packed"),
    FIDO_U2F("fido-u2f", "fido-u2f"),
    TPM("tpm", "tpm"),
    ANDROID_KEY("android-key", "android-key"),
    APPLE("apple", "apple"),
    /** Legacy (WebAuthn L3 §8.5): SafetyNet is retired; kept for RPs that still meet registrations made with it. */
    ANDROID_SAFETYNET("android-safetynet", "android-safetynet");

    private final String fmt;
    private final String cliName;

    AttestationFormat(String fmt, String cliName) {
        this.fmt = fmt;
        this.cliName = cliName;
    }

    /** The attestation statement format identifier (WebAuthn L3 §8, IANA registry). */
    public String fmt() {
        return fmt;
    }

    public String cliName() {
        return cliName;
    }

    public static AttestationFormat fromCliName(String name) {
        return Arrays.stream(values())
                .filter(f -> f.cliName.equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown attestation format '" + name
                        + "'; expected one of "
                        + Arrays.stream(values()).map(AttestationFormat::cliName).collect(Collectors.joining(", "))));
    }

    /**
     * A statement format of this kind; {@code ca} and {@code vendorName} are used only by the CA-backed formats,
     * {@code serviceClock} only by android-safetynet, whose response an online service timestamps.
     */
    public AttestationStatementFormat newStatementFormat(AttestationCa ca, String vendorName, Clock serviceClock) {
        return switch (this) {
            case NONE -> new NoneAttestation();
            case PACKED_SELF -> new PackedSelfAttestation();
            case PACKED -> new PackedAttestation(ca, vendorName);
            case FIDO_U2F -> new FidoU2fAttestation(ca, vendorName);
            case TPM -> new TpmAttestation(ca, vendorName);
            case ANDROID_KEY -> new AndroidKeyAttestation(ca);
            case APPLE -> new AppleAttestation(ca, vendorName);
            case ANDROID_SAFETYNET -> new AndroidSafetyNetAttestation(ca, vendorName, serviceClock);
        };
    }

    /** The credential algorithms this format can attest; empty means any the authenticator makes. */
    public List<CoseAlgorithm> algorithms() {
        return switch (this) {
            case NONE, PACKED_SELF, PACKED -> List.of();
            // WebAuthn L3 §8.6: fido-u2f carries only P-256 ECDSA keys
            case FIDO_U2F -> List.of(CoseAlgorithm.ES256);
            case TPM -> TpmAttestation.ALGORITHMS;
            case ANDROID_KEY -> AndroidKeyAttestation.ALGORITHMS;
            case APPLE -> AppleAttestation.ALGORITHMS;
            case ANDROID_SAFETYNET -> AndroidSafetyNetAttestation.ALGORITHMS;
        };
    }
}
