package dev.passkeyharness.authenticator.metadata;

/**
 * The test metadata BLOBs: one a relying party must trust and five it must not (FIDO Metadata Service v3 §3.2 "Metadata
 * BLOB object processing rules"). Each faulty BLOB lists its own test authenticator, so an RP that wrongly trusts the
 * BLOB accepts that authenticator.
 */
public enum BlobKind {
    /** Signed by the MDS signer, chained to the MDS root, nextUpdate ahead. */
    VALID(""),
    /** Correctly signed, but nextUpdate is already past (§3.2 step 5: a newer BLOB must be fetched). */
    EXPIRED("-expired"),
    /** The JWS signature does not verify (§3.2 step 4). */
    BAD_SIGNATURE("-bad-signature"),
    /** Signed by a chain that leads to another root than the MDS root (§3.2 step 3). */
    UNTRUSTED_CHAIN("-untrusted-chain"),
    /** Signed by a chain whose intermediate the MDS root's CRL revokes (§3.2 step 3, RFC 5280 §6.3). */
    REVOKED_INTERMEDIATE("-revoked-intermediate"),
    /** Signed by a signing certificate the MDS intermediate's CRL revokes (§3.2 step 3, RFC 5280 §6.3). */
    REVOKED_SIGNER("-revoked-signer");

    private final String suffix;

    BlobKind(String suffix) {
        this.suffix = suffix;
    }

    /** The file name next to {@code validBlobName}: {@code blob.jwt} gives {@code blob-expired.jwt}. */
    public String fileName(String validBlobName) {
        int dot = validBlobName.lastIndexOf('.');
        return dot <= 0 ? validBlobName + suffix
                : validBlobName.substring(0, dot) + suffix + validBlobName.substring(dot);
    }
}
