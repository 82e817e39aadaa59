package dev.passkeyharness.authenticator.attestation;

import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.crypto.CredentialKeyPair;
import dev.passkeyharness.authenticator.crypto.Sha256;
import dev.passkeyharness.authenticator.data.Bytes;
import java.math.BigInteger;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Objects;

/**
 * TPMT_PUBLIC (TPM 2.0 Part 2 §12.2.4), the pubArea of a tpm attestation statement (WebAuthn L3 §8.3): the public
 * area of the credential key as the TPM describes it.
 *
 * @param type TPMI_ALG_PUBLIC, {@link #TPM_ALG_RSA} or {@link #TPM_ALG_ECC}
 * @param nameAlg TPMI_ALG_HASH the Name is computed with
 * @param objectAttributes TPMA_OBJECT bits
 * @param authPolicy TPM2B_DIGEST body
 * @param parameters TPMU_PUBLIC_PARMS, already marshalled (TPMS_RSA_PARMS or TPMS_ECC_PARMS)
 * @param unique TPMU_PUBLIC_ID, already marshalled (TPM2B_PUBLIC_KEY_RSA or TPMS_ECC_POINT)
 */
public record TpmtPublic(int type, int nameAlg, long objectAttributes, Bytes authPolicy, Bytes parameters,
        Bytes unique) {

    // TPM 2.0 Part 2 §6.3 TPM_ALG_ID and §6.4 TPM_ECC_CURVE constants
    public static final int TPM_ALG_RSA = 0x0001;
    public static final int TPM_ALG_SHA256 = 0x000B;
    public static final int TPM_ALG_NULL = 0x0010;
    public static final int TPM_ALG_ECC = 0x0023;
    public static final int TPM_ECC_NIST_P256 = 0x0003;
    /** TPMA_OBJECT (Part 2 §8.3): fixedTPM, fixedParent, sensitiveDataOrigin, userWithAuth, noDA, sign. */
    public static final long SIGNING_KEY_ATTRIBUTES = (1L << 1) | (1L << 4) | (1L << 5) | (1L << 6) | (1L << 10)
            | (1L << 18);
    private static final int P256_COORDINATE = 32;

    public TpmtPublic {
        Objects.requireNonNull(authPolicy, "authPolicy");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(unique, "unique");
    }

    /** The pubArea of an RS256 (RSA 2048) or ES256 (ECC NIST P-256) credential key, nameAlg SHA-256. */
    public static TpmtPublic of(CredentialKeyPair key) {
        PublicKey publicKey = key.toJcaPublicKey();
        if (key.algorithm() == CoseAlgorithm.RS256 && publicKey instanceof RSAPublicKey rsa) {
            // TPMS_RSA_PARMS: symmetric, scheme, keyBits, exponent (Part 2 §12.2.3.5: 0 means the default 2^16+1)
            long exponent = rsa.getPublicExponent().equals(BigInteger.valueOf(65537)) ? 0
                    : rsa.getPublicExponent().longValueExact();
            Bytes parameters = new TpmWriter().u16(TPM_ALG_NULL).u16(TPM_ALG_NULL)
                    .u16(rsa.getModulus().bitLength()).u32(exponent).bytes();
            Bytes unique = new TpmWriter().sized(unsigned(rsa.getModulus(), (rsa.getModulus().bitLength() + 7) / 8))
                    .bytes();
            return new TpmtPublic(TPM_ALG_RSA, TPM_ALG_SHA256, SIGNING_KEY_ATTRIBUTES, Bytes.EMPTY, parameters, unique);
        }
        if (key.algorithm() == CoseAlgorithm.ES256 && publicKey instanceof ECPublicKey ec) {
            // TPMS_ECC_PARMS: symmetric, scheme, curveID, kdf
            Bytes parameters = new TpmWriter().u16(TPM_ALG_NULL).u16(TPM_ALG_NULL).u16(TPM_ECC_NIST_P256)
                    .u16(TPM_ALG_NULL).bytes();
            // TPMS_ECC_POINT: x and y as TPM2B_ECC_PARAMETER
            Bytes unique = new TpmWriter().sized(unsigned(ec.getW().getAffineX(), P256_COORDINATE))
                    .sized(unsigned(ec.getW().getAffineY(), P256_COORDINATE)).bytes();
            return new TpmtPublic(TPM_ALG_ECC, TPM_ALG_SHA256, SIGNING_KEY_ATTRIBUTES, Bytes.EMPTY, parameters, unique);
        }
        throw new IllegalArgumentException("tpm attestation covers RS256 and ES256 keys, not "
                + key.algorithm().jwaName());
    }

    /** The marshalled structure, the bytes of attStmt.pubArea. */
    public Bytes encode() {
        return new TpmWriter().u16(type).u16(nameAlg).u32(objectAttributes).sized(authPolicy).raw(parameters)
                .raw(unique).bytes();
    }

    /** The object's Name (TPM 2.0 Part 1 §16): nameAlg ‖ H_nameAlg(pubArea); SHA-256 is the only nameAlg here. */
    public Bytes name() {
        if (nameAlg != TPM_ALG_SHA256) {
            throw new IllegalStateException("nameAlg 0x" + Integer.toHexString(nameAlg) + " is not SHA-256");
        }
        return new TpmWriter().u16(nameAlg).raw(Sha256.of(encode())).bytes();
    }

    public TpmtPublic withUnique(Bytes newUnique) {
        return new TpmtPublic(type, nameAlg, objectAttributes, authPolicy, parameters, newUnique);
    }

    public TpmtPublic withParameters(Bytes newParameters) {
        return new TpmtPublic(type, nameAlg, objectAttributes, authPolicy, newParameters, unique);
    }

    /** Big-endian, unsigned, left-padded to {@code length} bytes. */
    private static Bytes unsigned(BigInteger value, int length) {
        byte[] signed = value.toByteArray();
        int start = Math.max(0, signed.length - length);
        for (int i = 0; i < start; i++) {
            if (signed[i] != 0) {
                throw new IllegalArgumentException("value longer than " + length + " bytes");
            }
        }
        byte[] out = new byte[length];
        System.arraycopy(signed, start, out, length - (signed.length - start), signed.length - start);
        return Bytes.of(out);
    }
}
