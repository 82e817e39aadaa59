package dev.passkeyharness.authenticator.metadata;

import static dev.passkeyharness.authenticator.metadata.MetadataModel.asciiAaguid;

import dev.passkeyharness.authenticator.metadata.MetadataModel.AttestationRoot;
import java.util.List;
import java.util.Optional;

/** The test authenticator models the test metadata lists besides the simulator's own profiles. */
public final class MetadataModels {

    private static final List<String> FULL_OR_SELF = List.of("basic_full", "basic_surrogate");
    private static final List<AuthenticatorStatus> CERTIFIED = List.of(AuthenticatorStatus.FIDO_CERTIFIED);

    public static final List<MetadataModel> ALL = List.of(
            model("untrusted-root", "phh-mds-untrustd", "lists another attestation root than the one it chains to",
                    BlobKind.VALID, CERTIFIED, FULL_OR_SELF, AttestationRoot.UNRELATED_ROOT),
            model("self-only", "phh-mds-selfonly", "allows only self (surrogate basic) attestation",
                    BlobKind.VALID, CERTIFIED, List.of("basic_surrogate"), AttestationRoot.HARNESS_ROOT),
            model("batch-anchor", "phh-mds-batchanc", "lists its batch attestation certificate as the attestation root",
                    BlobKind.VALID, CERTIFIED, FULL_OR_SELF, AttestationRoot.BATCH_CERTIFICATE),
            compromised("revoked", "phh-mds-revoked_", AuthenticatorStatus.REVOKED),
            compromised("user-verification-bypass", "phh-mds-uvbypass", AuthenticatorStatus.USER_VERIFICATION_BYPASS),
            compromised("attestation-key-compromise", "phh-mds-attkeycp",
                    AuthenticatorStatus.ATTESTATION_KEY_COMPROMISE),
            compromised("user-key-remote-compromise", "phh-mds-remotecp",
                    AuthenticatorStatus.USER_KEY_REMOTE_COMPROMISE),
            compromised("user-key-physical-compromise", "phh-mds-physcomp",
                    AuthenticatorStatus.USER_KEY_PHYSICAL_COMPROMISE),
            inBlob("expired-blob", "phh-mds-expired_", BlobKind.EXPIRED),
            inBlob("bad-signature-blob", "phh-mds-badsig__", BlobKind.BAD_SIGNATURE),
            inBlob("untrusted-chain-blob", "phh-mds-badchain", BlobKind.UNTRUSTED_CHAIN),
            inBlob("revoked-intermediate-blob", "phh-mds-revokedi", BlobKind.REVOKED_INTERMEDIATE),
            inBlob("revoked-signer-blob", "phh-mds-revokeds", BlobKind.REVOKED_SIGNER));

    private MetadataModels() {
    }

    public static Optional<MetadataModel> byName(String name) {
        return ALL.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    public static List<String> names() {
        return ALL.stream().map(MetadataModel::name).toList();
    }

    private static MetadataModel model(String name, String aaguid, String what, BlobKind blob,
            List<AuthenticatorStatus> statuses, List<String> types, AttestationRoot root) {
        return new MetadataModel(name, asciiAaguid(aaguid), "passkey-harness test model that " + what, blob, statuses,
                types, root);
    }

    /** Certified first, then the compromise: the current status is the later report. */
    private static MetadataModel compromised(String name, String aaguid, AuthenticatorStatus status) {
        return model(name, aaguid, "is " + status, BlobKind.VALID,
                List.of(AuthenticatorStatus.FIDO_CERTIFIED, status), FULL_OR_SELF, AttestationRoot.HARNESS_ROOT);
    }

    private static MetadataModel inBlob(String name, String aaguid, BlobKind blob) {
        return model(name, aaguid, "is listed only in the " + blob + " BLOB", blob, CERTIFIED, FULL_OR_SELF,
                AttestationRoot.HARNESS_ROOT);
    }
}
