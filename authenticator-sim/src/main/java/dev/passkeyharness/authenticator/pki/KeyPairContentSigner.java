package dev.passkeyharness.authenticator.pki;

import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.crypto.CredentialKeyPair;
import dev.passkeyharness.authenticator.crypto.Signatures;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;

/**
 * A BouncyCastle {@link ContentSigner} over a {@link CredentialKeyPair}, so certificates are signed with the same
 * deterministic (RFC 6979) signing as everything else and a seeded run gives byte-identical certificates.
 */
public final class KeyPairContentSigner implements ContentSigner {

    private final CredentialKeyPair key;
    private final AlgorithmIdentifier algorithmIdentifier;
    private final ByteArrayOutputStream toBeSigned = new ByteArrayOutputStream(512);

    public KeyPairContentSigner(CredentialKeyPair key) {
        this.key = key;
        this.algorithmIdentifier =
                new DefaultSignatureAlgorithmIdentifierFinder().find(x509SignatureName(key.algorithm()));
    }

    private static String x509SignatureName(CoseAlgorithm algorithm) {
        return switch (algorithm) {
            case ES256 -> "SHA256withECDSA";
            case ES384 -> "SHA384withECDSA";
            case ES512 -> "SHA512withECDSA";
            case ES256K -> "SHA256withECDSA";
            case EDDSA -> "Ed25519";
            case RS256 -> "SHA256withRSA";
            case RS384 -> "SHA384withRSA";
            case RS512 -> "SHA512withRSA";
            case RS1 -> "SHA1withRSA";
            // PSS needs a salt from a random source; certificate signing here stays random-free.
            case PS256, PS384, PS512 -> throw new IllegalArgumentException(
                    algorithm.jwaName() + " keys cannot sign certificates here");
        };
    }

    @Override
    public AlgorithmIdentifier getAlgorithmIdentifier() {
        return algorithmIdentifier;
    }

    @Override
    public OutputStream getOutputStream() {
        return toBeSigned;
    }

    @Override
    public byte[] getSignature() {
        // No random source: none of the algorithms accepted above draws from it.
        return Signatures.sign(key, toBeSigned.toByteArray(), null);
    }
}
