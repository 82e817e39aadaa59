package dev.passkeyharness.authenticator.metadata;

import dev.passkeyharness.authenticator.data.Bytes;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * A test authenticator model the test metadata lists: a security-key device with its own AAGUID, placed in one BLOB,
 * with a status history and the attestation types its statement allows. A check picks one by name to register an
 * authenticator the metadata says something particular about.
 *
 * @param statuses the status reports in effective-date order; the last is the current status
 * @param attestationTypes FIDO Registry §3.6.3 names (basic_full, basic_surrogate, attca, anonca, none)
 * @param attestationRoot what the statement's attestationRootCertificates holds
 */
public record MetadataModel(
        String name,
        Bytes aaguid,
        String description,
        BlobKind blob,
        List<AuthenticatorStatus> statuses,
        List<String> attestationTypes,
        AttestationRoot attestationRoot) {

    /** The trust anchor a model's metadata statement lists (FIDO Metadata Statement v3 attestationRootCertificates). */
    public enum AttestationRoot {
        /** The harness attestation CA's root, the usual case. */
        HARNESS_ROOT,
        /** An unrelated root: the attestation chain leads nowhere the metadata trusts. */
        UNRELATED_ROOT,
        /** The model's batch attestation certificate itself, the leaf of its chain (FIDO Resp-5 P-3). */
        BATCH_CERTIFICATE
    }

    public MetadataModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(aaguid, "aaguid");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(blob, "blob");
        Objects.requireNonNull(attestationRoot, "attestationRoot");
        statuses = List.copyOf(statuses);
        attestationTypes = List.copyOf(attestationTypes);
        if (aaguid.length() != 16) {
            throw new IllegalArgumentException("aaguid must be 16 bytes");
        }
        if (statuses.isEmpty() || attestationTypes.isEmpty()) {
            throw new IllegalArgumentException("a model needs a status and an attestation type");
        }
    }

    /** A readable AAGUID: sixteen ASCII characters, as the profiles' AAGUIDs are. */
    static Bytes asciiAaguid(String sixteen) {
        byte[] bytes = sixteen.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length != 16) {
            throw new IllegalArgumentException("an AAGUID is 16 bytes: '" + sixteen + "'");
        }
        return Bytes.of(bytes);
    }

    /** The status in force: the last report's (FIDO Metadata Service v3 §3.1.3 statusReports). */
    public AuthenticatorStatus currentStatus() {
        return statuses.get(statuses.size() - 1);
    }
}
