package dev.passkeyharness.rp.metadata;

import dev.passkeyharness.authenticator.attestation.AttestationCa;
import dev.passkeyharness.authenticator.crypto.DeterministicRandom;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.metadata.BlobKind;
import dev.passkeyharness.authenticator.metadata.TestMetadata;
import dev.passkeyharness.authenticator.profile.Profiles;
import java.security.cert.X509CRL;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The simulator's test metadata turned into what the RP reads, for the RP's own tests. */
public final class TestBlobs {

    private TestBlobs() {
    }

    public static TestMetadata create(AttestationCa ca, Instant now, Set<Bytes> revoked) {
        return TestMetadata.create(ca, Profiles.all(), revoked, new DeterministicRandom(7, "test-mds"),
                Clock.fixed(now, ZoneOffset.UTC));
    }

    /** The named BLOBs with the MDS root and both CRLs. */
    public static MetadataSources sources(TestMetadata metadata, BlobKind... kinds) throws MetadataException {
        List<MetadataSources.Blob> blobs = new ArrayList<>();
        for (BlobKind kind : kinds) {
            blobs.add(new MetadataSources.Blob(kind.fileName("blob.jwt"), metadata.blob(kind)));
        }
        List<X509CRL> crls = new ArrayList<>();
        for (Bytes crl : metadata.crls()) {
            crls.addAll(MetadataSources.crls(crl.toByteArray(), "CRL"));
        }
        return new MetadataSources(blobs,
                MetadataSources.certificates(metadata.rootCertificate().toByteArray(), "MDS root"), crls);
    }

    /** Every BLOB, loaded at {@code now}. */
    public static AuthenticatorMetadata loadAll(TestMetadata metadata, Instant now) throws MetadataException {
        return AuthenticatorMetadata.load(sources(metadata, BlobKind.values()), now);
    }
}
