package dev.passkeyharness.conformance.kill;

import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.statement.AttestationStatement;
import com.webauthn4j.data.attestation.statement.CertificateBaseAttestationStatement;
import com.webauthn4j.metadata.data.MetadataBLOB;
import com.webauthn4j.metadata.data.MetadataBLOBPayloadEntry;
import dev.passkeyharness.conformance.target.RunMetadata;
import dev.passkeyharness.rp.metadata.AttestationTrustPaths;
import dev.passkeyharness.rp.metadata.AuthenticatorMetadata;
import dev.passkeyharness.rp.metadata.BlobChecks;
import dev.passkeyharness.rp.metadata.EntryChecks;
import dev.passkeyharness.rp.metadata.LoadedBlob;
import dev.passkeyharness.rp.metadata.MetadataException;
import dev.passkeyharness.rp.metadata.MetadataSources;
import dev.passkeyharness.rp.metadata.MetadataTrustAnchors;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The lenient RP's attestation trust from the run's test metadata, each rule switchable: the BLOB processing rules
 * at start, and per registration the listing with its chain, nextUpdate, status and attestation type. Rule logic is
 * the reference RP's own ({@link BlobChecks}, {@link EntryChecks}); only which rule runs is decided here.
 */
final class LenientTrust {

    private final Set<Step> disabled;
    private final Clock clock;
    private final AuthenticatorMetadata metadata;
    private final AttestationTrustPaths chains;

    LenientTrust(Set<Step> disabled, RunMetadata run, Clock clock) {
        this.disabled = disabled;
        this.clock = clock;
        this.metadata = AuthenticatorMetadata.of(load(run.sources(), clock.instant()));
        this.chains = new AttestationTrustPaths(
                new MetadataTrustAnchors(metadata, List.of(run.attestationRoot())));
    }

    private List<LoadedBlob> load(MetadataSources sources, Instant now) {
        List<LoadedBlob> out = new ArrayList<>();
        for (MetadataSources.Blob blob : sources.blobs()) {
            MetadataBLOB parsed;
            try {
                parsed = BlobChecks.parse(blob);
            } catch (MetadataException e) {
                throw new IllegalStateException(e);
            }
            Optional<String> failure = Optional.empty();
            if (!disabled.contains(Step.METADATA_CHAIN)) {
                failure = BlobChecks.chain(parsed, sources.roots(), sources.crls(),
                        !disabled.contains(Step.METADATA_REVOCATION), now);
            }
            if (failure.isEmpty() && !disabled.contains(Step.METADATA_SIGNATURE)) {
                failure = BlobChecks.signature(parsed);
            }
            List<MetadataBLOBPayloadEntry> entries = parsed.getPayload().getEntries();
            out.add(failure.isPresent() ? new LoadedBlob.Refused(blob.name(), failure.get(), entries)
                    : new LoadedBlob.Trusted(blob.name(), parsed.getPayload().getNextUpdate(), entries));
        }
        return out;
    }

    /** The refused step, if any, for a verified attestation statement of {@code fmt} from {@code aaguid}. */
    Optional<Step> refusal(String fmt, AAGUID aaguid, AttestationStatement statement) {
        if ("none".equals(fmt)) {
            return Optional.empty();
        }
        boolean chained = statement instanceof CertificateBaseAttestationStatement c && c.getX5c() != null
                && !c.getX5c().isEmpty();
        AuthenticatorMetadata.Lookup lookup = metadata.find(aaguid);
        if (!disabled.contains(Step.ATTESTATION_TRUST) && !trusted(aaguid, statement, chained, lookup)) {
            return Optional.of(Step.ATTESTATION_TRUST);
        }
        if (!(lookup instanceof AuthenticatorMetadata.Lookup.Listed listed)) {
            return Optional.empty();
        }
        if (!disabled.contains(Step.METADATA_FRESHNESS) && !BlobChecks.fresh(listed.nextUpdate(), clock.instant())) {
            return Optional.of(Step.METADATA_FRESHNESS);
        }
        if (!disabled.contains(Step.AUTHENTICATOR_STATUS) && EntryChecks.refusedStatus(listed.entry()).isPresent()) {
            return Optional.of(Step.AUTHENTICATOR_STATUS);
        }
        if (!disabled.contains(Step.ATTESTATION_TYPE) && !EntryChecks.attestationTypeAllowed(listed.entry(),
                EntryChecks.attestationTypes(fmt, chained))) {
            return Optional.of(Step.ATTESTATION_TYPE);
        }
        return Optional.empty();
    }

    private boolean trusted(AAGUID aaguid, AttestationStatement statement, boolean chained,
            AuthenticatorMetadata.Lookup lookup) {
        if (!chained) {
            return lookup instanceof AuthenticatorMetadata.Lookup.Listed;
        }
        try {
            chains.verify(aaguid, (CertificateBaseAttestationStatement) statement, clock.instant());
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
