package dev.passkeyharness.rp.metadata;

import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.metadata.data.MetadataBLOB;
import com.webauthn4j.metadata.data.MetadataBLOBPayloadEntry;
import com.webauthn4j.util.HexUtil;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/** The relying party's FIDO metadata: the BLOBs it loaded, and the entry (if any) a trusted BLOB has per authenticator. */
public final class AuthenticatorMetadata {

    /** What the metadata says about one authenticator. */
    public sealed interface Lookup {
        /** A trusted BLOB lists it; {@code nextUpdate} is that BLOB's. */
        record Listed(MetadataBLOBPayloadEntry entry, String blob, LocalDate nextUpdate) implements Lookup {
        }

        /** No trusted BLOB lists it; {@code reason} says where it was looked for. */
        record NotListed(String reason) implements Lookup {
        }
    }

    private final List<LoadedBlob> blobs;

    private AuthenticatorMetadata(List<LoadedBlob> blobs) {
        this.blobs = List.copyOf(blobs);
    }

    /** Metadata from BLOBs that were processed already. */
    public static AuthenticatorMetadata of(List<LoadedBlob> blobs) {
        return new AuthenticatorMetadata(blobs);
    }

    /**
     * Applies the FIDO MDS v3 §3.2 processing rules at {@code now} to every BLOB: one that does not parse is an error;
     * one whose chain, revocation or signature fails is kept as {@link LoadedBlob.Refused}.
     */
    public static AuthenticatorMetadata load(MetadataSources sources, Instant now) throws MetadataException {
        List<LoadedBlob> loaded = new ArrayList<>();
        for (MetadataSources.Blob blob : sources.blobs()) {
            MetadataBLOB parsed = BlobChecks.parse(blob);
            Optional<String> failure = BlobChecks.chain(parsed, sources.roots(), sources.crls(), true, now)
                    .or(() -> BlobChecks.signature(parsed));
            List<MetadataBLOBPayloadEntry> entries = parsed.getPayload().getEntries();
            loaded.add(failure.<LoadedBlob>map(reason -> new LoadedBlob.Refused(blob.name(), reason, entries))
                    .orElseGet(() -> new LoadedBlob.Trusted(blob.name(), parsed.getPayload().getNextUpdate(), entries)));
        }
        return new AuthenticatorMetadata(loaded);
    }

    public List<LoadedBlob> blobs() {
        return blobs;
    }

    /** The entry for an AAGUID (FIDO Metadata Statement v3 §4.1 aaguid). */
    public Lookup find(AAGUID aaguid) {
        Objects.requireNonNull(aaguid, "aaguid");
        return find(e -> aaguid.equals(e.getAaguid()), "AAGUID " + aaguid);
    }

    /** The entry for an attestation certificate's key identifier (attestationCertificateKeyIdentifiers, for U2F). */
    public Lookup find(byte[] keyIdentifier) {
        String hex = HexUtil.encodeToString(keyIdentifier);
        return find(e -> e.getAttestationCertificateKeyIdentifiers() != null
                && e.getAttestationCertificateKeyIdentifiers().stream().anyMatch(hex::equalsIgnoreCase)
                || e.getMetadataStatement() != null
                && e.getMetadataStatement().getAttestationCertificateKeyIdentifiers() != null
                && e.getMetadataStatement().getAttestationCertificateKeyIdentifiers().stream()
                        .anyMatch(k -> Arrays.equals(HexUtil.decode(k), keyIdentifier)),
                "attestation key identifier " + hex);
    }

    private Lookup find(Predicate<MetadataBLOBPayloadEntry> matches, String what) {
        List<String> untrusted = new ArrayList<>();
        for (LoadedBlob blob : blobs) {
            Optional<MetadataBLOBPayloadEntry> entry = blob.entries().stream().filter(matches).findFirst();
            if (entry.isEmpty()) {
                continue;
            }
            if (blob instanceof LoadedBlob.Trusted trusted) {
                return new Lookup.Listed(entry.get(), trusted.name(), trusted.nextUpdate());
            }
            untrusted.add(blob.name() + " (" + ((LoadedBlob.Refused) blob).reason() + ")");
        }
        if (untrusted.isEmpty()) {
            return new Lookup.NotListed(what + " is in no metadata BLOB");
        }
        return new Lookup.NotListed(what + " is listed only in metadata BLOBs that are not trusted: "
                + String.join("; ", untrusted));
    }
}
