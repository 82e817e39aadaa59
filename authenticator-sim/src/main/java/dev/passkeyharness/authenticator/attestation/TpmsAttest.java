package dev.passkeyharness.authenticator.attestation;

import dev.passkeyharness.authenticator.crypto.Sha256;
import dev.passkeyharness.authenticator.data.Bytes;
import java.util.Objects;

/**
 * TPMS_ATTEST (TPM 2.0 Part 2 §10.12.12) with TPMS_CERTIFY_INFO as attested (§10.12.3): the certInfo of a tpm
 * attestation statement (WebAuthn L3 §8.3), the structure the AIK signs.
 *
 * @param magic TPM_GENERATED_VALUE for structures the TPM made
 * @param type TPMI_ST_ATTEST; TPM_ST_ATTEST_CERTIFY for TPM2_Certify
 * @param qualifiedSigner TPM2B_NAME body: the qualified Name of the signing key
 * @param extraData TPM2B_DATA body: the caller's qualifying data, here the hash of attToBeSigned
 * @param clock TPMS_CLOCK_INFO.clock, milliseconds the TPM has been powered
 * @param resetCount TPMS_CLOCK_INFO.resetCount
 * @param restartCount TPMS_CLOCK_INFO.restartCount
 * @param safe TPMS_CLOCK_INFO.safe
 * @param firmwareVersion vendor firmware version
 * @param attestedName TPMS_CERTIFY_INFO.name: the Name of the certified object
 * @param attestedQualifiedName TPMS_CERTIFY_INFO.qualifiedName
 */
public record TpmsAttest(long magic, int type, Bytes qualifiedSigner, Bytes extraData, long clock, long resetCount,
        long restartCount, boolean safe, long firmwareVersion, Bytes attestedName, Bytes attestedQualifiedName) {

    /** TPM 2.0 Part 2 §6.2: 0xFF 'T' 'C' 'G'. */
    public static final long TPM_GENERATED_VALUE = 0xFF544347L;
    /** TPM 2.0 Part 2 §6.9 TPM_ST. */
    public static final int TPM_ST_ATTEST_CERTIFY = 0x8017;
    public static final int TPM_ST_ATTEST_QUOTE = 0x8018;
    private static final long FIRMWARE_VERSION = 0x0002000100000000L;

    public TpmsAttest {
        Objects.requireNonNull(qualifiedSigner, "qualifiedSigner");
        Objects.requireNonNull(extraData, "extraData");
        Objects.requireNonNull(attestedName, "attestedName");
        Objects.requireNonNull(attestedQualifiedName, "attestedQualifiedName");
    }

    /**
     * What TPM2_Certify reports for an object: magic and type as the TPM sets them, {@code extraData} as qualifying
     * data, the object's Name. {@code clock} varies the clock fields as a running TPM's would.
     */
    public static TpmsAttest certify(Bytes signerName, Bytes extraData, Bytes objectName, long clock) {
        // a qualified name is nameAlg ‖ H(parent's qualified name ‖ name) (Part 1 §16); the parent is a hierarchy here
        Bytes qualifiedName = new TpmWriter().u16(TpmtPublic.TPM_ALG_SHA256).raw(Sha256.of(objectName)).bytes();
        return new TpmsAttest(TPM_GENERATED_VALUE, TPM_ST_ATTEST_CERTIFY, signerName, extraData, clock & 0xFFFFFFFFL,
                1, 0, true, FIRMWARE_VERSION, objectName, qualifiedName);
    }

    /** The marshalled structure, the bytes of attStmt.certInfo. */
    public Bytes encode() {
        return new TpmWriter().u32(magic).u16(type).sized(qualifiedSigner).sized(extraData)
                .u64(clock).u32(resetCount).u32(restartCount).u8(safe ? 1 : 0)
                .u64(firmwareVersion)
                .sized(attestedName).sized(attestedQualifiedName)
                .bytes();
    }

    public TpmsAttest withMagic(long newMagic) {
        return new TpmsAttest(newMagic, type, qualifiedSigner, extraData, clock, resetCount, restartCount, safe,
                firmwareVersion, attestedName, attestedQualifiedName);
    }

    public TpmsAttest withType(int newType) {
        return new TpmsAttest(magic, newType, qualifiedSigner, extraData, clock, resetCount, restartCount, safe,
                firmwareVersion, attestedName, attestedQualifiedName);
    }

    public TpmsAttest withExtraData(Bytes newExtraData) {
        return new TpmsAttest(magic, type, qualifiedSigner, newExtraData, clock, resetCount, restartCount, safe,
                firmwareVersion, attestedName, attestedQualifiedName);
    }

    public TpmsAttest withAttestedName(Bytes newAttestedName) {
        return new TpmsAttest(magic, type, qualifiedSigner, extraData, clock, resetCount, restartCount, safe,
                firmwareVersion, newAttestedName, attestedQualifiedName);
    }
}
