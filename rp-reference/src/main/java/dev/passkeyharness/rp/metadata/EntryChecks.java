package dev.passkeyharness.rp.metadata;

import com.webauthn4j.data.AuthenticatorAttestationType;
import com.webauthn4j.metadata.data.MetadataBLOBPayloadEntry;
import com.webauthn4j.metadata.data.toc.AuthenticatorStatus;
import com.webauthn4j.metadata.data.toc.StatusReport;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What a metadata entry says about an authenticator: its current status and the attestation types it may send. */
public final class EntryChecks {

    /**
     * FIDO MDS v3 §3.1.4: statuses under which a relying party should not trust the authenticator (its attestation
     * or its keys may be forged, or it was withdrawn).
     */
    public static final Set<AuthenticatorStatus> REFUSED_STATUSES = Set.of(AuthenticatorStatus.REVOKED,
            AuthenticatorStatus.USER_VERIFICATION_BYPASS, AuthenticatorStatus.ATTESTATION_KEY_COMPROMISE,
            AuthenticatorStatus.USER_KEY_REMOTE_COMPROMISE, AuthenticatorStatus.USER_KEY_PHYSICAL_COMPROMISE);

    private EntryChecks() {
    }

    /** The status in force: the report with the latest effectiveDate; among equal dates, the later in the list. */
    public static Optional<AuthenticatorStatus> currentStatus(MetadataBLOBPayloadEntry entry) {
        List<StatusReport> reports = entry.getStatusReports() == null ? List.of() : entry.getStatusReports();
        StatusReport latest = null;
        Comparator<LocalDate> byDate = Comparator.nullsFirst(Comparator.naturalOrder());
        for (StatusReport report : reports) {
            if (report != null && (latest == null || byDate.compare(report.getEffectiveDate(),
                    latest.getEffectiveDate()) >= 0)) {
                latest = report;
            }
        }
        return latest == null ? Optional.empty() : Optional.ofNullable(latest.getStatus());
    }

    /** The current status when it is one of {@link #REFUSED_STATUSES}. */
    public static Optional<AuthenticatorStatus> refusedStatus(MetadataBLOBPayloadEntry entry) {
        return currentStatus(entry).filter(REFUSED_STATUSES::contains);
    }

    /**
     * The types a verified statement of format {@code fmt} can stand for (FIDO Registry §3.6.3, WebAuthn L3 §6.5.3):
     * without a certificate chain it is self (surrogate basic) attestation.
     */
    public static Set<AuthenticatorAttestationType> attestationTypes(String fmt, boolean hasCertificates) {
        if (!hasCertificates) {
            return Set.of(AuthenticatorAttestationType.BASIC_SURROGATE);
        }
        switch (fmt) {
            case "apple":
                return Set.of(AuthenticatorAttestationType.ANONCA);
            case "tpm":
                return Set.of(AuthenticatorAttestationType.ATTCA);
            default:
                return Set.of(AuthenticatorAttestationType.BASIC_FULL, AuthenticatorAttestationType.ATTCA);
        }
    }

    /**
     * WebAuthn L3 §7.1 step 23: the attestation type the statement shows is one the metadata statement lists.
     * {@code candidates} are the types the statement can stand for (a chain of x5c may be basic or AttCA).
     */
    public static boolean attestationTypeAllowed(MetadataBLOBPayloadEntry entry,
            Set<AuthenticatorAttestationType> candidates) {
        if (entry.getMetadataStatement() == null || entry.getMetadataStatement().getAttestationTypes() == null) {
            return false;
        }
        return entry.getMetadataStatement().getAttestationTypes().stream().anyMatch(candidates::contains);
    }
}
