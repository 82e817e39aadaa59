package dev.passkeyharness.rp.metadata;

import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.metadata.data.MetadataBLOB;
import com.webauthn4j.metadata.data.MetadataBLOBFactory;
import java.security.GeneralSecurityException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXParameters;
import java.security.cert.PKIXRevocationChecker;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The FIDO Metadata Service v3 §3.2 processing rules for one BLOB, each on its own so a caller can apply them in order
 * (and a test fixture can leave one out): parse, signing chain (with revocation), signature, nextUpdate.
 */
public final class BlobChecks {

    private static final ObjectConverter CONVERTER = new ObjectConverter();

    private BlobChecks() {
    }

    /** Parses the compact JWS and its payload; a BLOB that is not one is refused with its name. */
    public static MetadataBLOB parse(MetadataSources.Blob blob) throws MetadataException {
        MetadataBLOB parsed;
        try {
            parsed = new MetadataBLOBFactory(CONVERTER).parse(blob.jws());
        } catch (RuntimeException e) {
            String detail = e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage().lines().findFirst().orElse("");
            throw new MetadataException("metadata BLOB " + blob.name() + ": not an MDS3 BLOB JWS (" + detail + ")", e);
        }
        if (parsed.getPayload() == null || parsed.getPayload().getNextUpdate() == null
                || parsed.getPayload().getEntries() == null) {
            throw new MetadataException("metadata BLOB " + blob.name() + ": the payload lacks nextUpdate or entries");
        }
        return parsed;
    }

    /** FIDO MDS v3 §3.2 step 4 (RFC 7515 §5.2): the JWS signature verifies with the x5c[0] key. */
    public static Optional<String> signature(MetadataBLOB blob) {
        if (blob.getHeader().getAlg() == null || blob.getHeader().getX5c() == null
                || blob.getHeader().getX5c().getCertificates().isEmpty()) {
            return Optional.of("the JWS header has no alg or no x5c");
        }
        try {
            return blob.isValidSignature() ? Optional.empty() : Optional.of("the JWS signature does not verify");
        } catch (RuntimeException e) {
            return Optional.of("the JWS signature cannot be verified (" + e.getMessage() + ")");
        }
    }

    /**
     * FIDO MDS v3 §3.2 step 3: x5c chains to one of {@code roots} at {@code at} (RFC 5280 §6.1); with
     * {@code revocation}, every certificate is checked against {@code crls} (RFC 5280 §6.3). A certificate whose
     * issuer published no CRL there counts as not revoked: CRLs are files here, never fetched.
     */
    public static Optional<String> chain(MetadataBLOB blob, List<X509Certificate> roots, List<X509CRL> crls,
            boolean revocation, Instant at) {
        CertPath path = blob.getHeader().getX5c();
        if (path == null || path.getCertificates().isEmpty()) {
            return Optional.of("the JWS header has no x5c");
        }
        try {
            Set<TrustAnchor> anchors = roots.stream().map(r -> new TrustAnchor(r, null)).collect(Collectors.toSet());
            PKIXParameters parameters = new PKIXParameters(anchors);
            parameters.setDate(Date.from(at));
            CertPathValidator validator = CertPathValidator.getInstance("PKIX");
            parameters.setRevocationEnabled(false);
            if (revocation) {
                parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(crls)));
                PKIXRevocationChecker checker = (PKIXRevocationChecker) validator.getRevocationChecker();
                checker.setOptions(EnumSet.of(PKIXRevocationChecker.Option.PREFER_CRLS,
                        PKIXRevocationChecker.Option.NO_FALLBACK, PKIXRevocationChecker.Option.SOFT_FAIL));
                parameters.addCertPathChecker(checker);
            }
            validator.validate(path, parameters);
            return Optional.empty();
        } catch (CertPathValidatorException e) {
            String reason = e.getReason() == CertPathValidatorException.BasicReason.REVOKED
                    ? "a certificate of the signing chain is revoked" : "the signing chain does not verify";
            return Optional.of(reason + " (" + e.getMessage() + ")");
        } catch (GeneralSecurityException | RuntimeException e) {
            return Optional.of("the signing chain cannot be checked (" + e.getMessage() + ")");
        }
    }

    /** FIDO MDS v3 §3.2 step 5: a BLOB whose nextUpdate has passed is stale and a newer one must be used. */
    public static boolean fresh(LocalDate nextUpdate, Instant now) {
        return !LocalDate.ofInstant(now, ZoneOffset.UTC).isAfter(nextUpdate);
    }
}
