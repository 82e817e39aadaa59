package dev.passkeyharness.authenticator.crypto;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The COSE signature algorithms the authenticator can create credentials for (IANA COSE Algorithms registry). */
public enum CoseAlgorithm {
    ES256(-7, "ES256", KeyType.EC2),
    ES384(-35, "ES384", KeyType.EC2),
    ES512(-36, "ES512", KeyType.EC2),
    EDDSA(-8, "EdDSA", KeyType.OKP),
    RS256(-257, "RS256", KeyType.RSA),
    PS256(-37, "PS256", KeyType.RSA),
    // Later additions go last, so the order of the first six (seen in listings and seeded test cycles) stays.
    RS384(-258, "RS384", KeyType.RSA),
    RS512(-259, "RS512", KeyType.RSA),
    PS384(-38, "PS384", KeyType.RSA),
    PS512(-39, "PS512", KeyType.RSA),
    /** ECDSA on secp256k1 with SHA-256 (RFC 8812 §3.2); uncommon, so no default profile offers it. */
    ES256K(-47, "ES256K", KeyType.EC2),
    /** RSASSA-PKCS1-v1_5 with SHA-1 (RFC 8812 §2): deprecated, so no default profile offers it. */
    RS1(-65535, "RS1", KeyType.RSA);

    /** COSE key types (RFC 9053 §7, RFC 8230 §4). */
    public enum KeyType {
        OKP(1), EC2(2), RSA(3);

        private final int coseValue;

        KeyType(int coseValue) {
            this.coseValue = coseValue;
        }

        public int coseValue() {
            return coseValue;
        }
    }

    private final int coseId;
    private final String jwaName;
    private final KeyType keyType;

    CoseAlgorithm(int coseId, String jwaName, KeyType keyType) {
        this.coseId = coseId;
        this.jwaName = jwaName;
        this.keyType = keyType;
    }

    public int coseId() {
        return coseId;
    }

    /** The name as the COSE registry writes it (ES256, EdDSA, RS256...). */
    public String jwaName() {
        return jwaName;
    }

    public KeyType keyType() {
        return keyType;
    }

    /** The JCA name of the hash the algorithm signs with (for EdDSA, the SHA-512 inside Ed25519). */
    public String digestName() {
        return switch (this) {
            case ES256, RS256, PS256, ES256K -> "SHA-256";
            case ES384, RS384, PS384 -> "SHA-384";
            case ES512, RS512, PS512, EDDSA -> "SHA-512";
            case RS1 -> "SHA-1";
        };
    }

    public static Optional<CoseAlgorithm> fromCoseId(long id) {
        return Arrays.stream(values()).filter(a -> a.coseId == id).findFirst();
    }

    /** Accepts the registry name in any case (es256, EdDSA, rs256...). */
    public static Optional<CoseAlgorithm> fromName(String name) {
        String wanted = name.toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(a -> a.jwaName.toUpperCase(Locale.ROOT).equals(wanted)).findFirst();
    }
}
