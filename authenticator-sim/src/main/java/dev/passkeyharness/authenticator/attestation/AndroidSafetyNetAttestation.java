package dev.passkeyharness.authenticator.attestation;

import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.crypto.Sha256;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The android-safetynet format (WebAuthn L3 §8.5), a legacy format: Google's SafetyNet service signs a JWS whose
 * payload binds the device verdict to the registration through nonce = base64(SHA-256(authenticatorData ‖
 * clientDataHash)), with a certificate issued to attest.android.com. The JWS is signed RS256 by the service's RSA key
 * (a batch key of the attestation CA), whatever the credential's algorithm, as Google's responses are: verifiers in
 * use read only RSA-signed responses.
 *
 * <p>timestampMs is read from the service's clock, not the device's: the real response is made on Google's servers at
 * request time, and RPs compare it with their own time.
 */
public final class AndroidSafetyNetAttestation implements AttestationStatementFormat {

    /** The host name the service's signing certificate is issued to (WebAuthn L3 §8.5 verification). */
    public static final String HOSTNAME = "attest.android.com";
    /** The Google Play services version reported in ver (an integer, as SafetyNet's responses give it). */
    public static final String VERSION = "241516000";
    public static final String APK_PACKAGE_NAME = "com.google.android.gms";
    /** The credential algorithms attested: what Android's keystore makes for a FIDO credential. */
    public static final List<CoseAlgorithm> ALGORITHMS = List.of(CoseAlgorithm.ES256, CoseAlgorithm.RS256);
    /** The algorithm of the service's signature over the response (RFC 7518 §3.3 RS256). */
    public static final CoseAlgorithm SERVICE_ALGORITHM = CoseAlgorithm.RS256;

    private static final Base64.Encoder BASE64 = Base64.getEncoder();
    private static final String APK_DIGEST = BASE64.encodeToString(
            Sha256.of("passkey-harness simulated Google Play services APK").toByteArray());
    private static final String APK_CERTIFICATE_DIGEST = BASE64.encodeToString(
            Sha256.of("passkey-harness simulated Google Play services signing certificate").toByteArray());

    /** Edits the response (its chain, its payload) before the service signs it (WebAuthn L3 §8.5). */
    public record JwsEdit(UnaryOperator<SafetyNetJws> edit) implements FormatFault {
    }

    private final AttestationCa ca;
    private final String vendorName;
    private final Clock serviceClock;
    private final BatchAttestationKeys keys;

    public AndroidSafetyNetAttestation(AttestationCa ca, String vendorName, Clock serviceClock) {
        this.ca = Objects.requireNonNull(ca, "ca");
        this.vendorName = Objects.requireNonNull(vendorName, "vendorName");
        this.serviceClock = Objects.requireNonNull(serviceClock, "serviceClock");
        this.keys = new BatchAttestationKeys(ca, AttestationCa.Issuer.INTERMEDIATE);
    }

    @Override
    public AttestationFormat format() {
        return AttestationFormat.ANDROID_SAFETYNET;
    }

    /** The service's signing certificate, before any tampering. */
    public AttestationCertificateSpec certificateSpec() {
        return new AttestationCertificateSpec(3, AttestationCertificateSpec.DEFAULT_COUNTRY, vendorName, null,
                HOSTNAME, false, null, false, SERVICE_ALGORITHM, null, null, List.of());
    }

    @Override
    public AttestationStatement attest(AttestationInput input) {
        CoseAlgorithm algorithm = input.credentialKey().algorithm();
        if (!ALGORITHMS.contains(algorithm)) {
            throw new IllegalArgumentException("android-safetynet attests ES256 or RS256 credentials (what Android's"
                    + " keystore makes), not " + algorithm.jwaName());
        }
        IssuedAttestationKey serviceKey = keys.keyFor(certificateSpec(), input.certificateTamper(), input.random());
        // WebAuthn L3 §8.5 verification: nonce = base64(SHA-256(authenticatorData ‖ clientDataHash))
        String nonce = BASE64.encodeToString(Sha256.of(input.signedData()).toByteArray());
        SafetyNetResponse payload = new SafetyNetResponse(nonce, serviceClock.millis(), APK_PACKAGE_NAME,
                List.of(APK_CERTIFICATE_DIGEST), APK_DIGEST, true, true);
        SafetyNetJws unsigned = input.formatFaults().apply(JwsEdit.class, JwsEdit::edit, new SafetyNetJws(
                List.of(serviceKey.certificate(), ca.intermediateCertificate()), payload));
        String response = unsigned.sign(serviceKey.key(), input.random());
        return new AttestationStatement(format().fmt(), Cbor.map()
                .put("ver", Cbor.text(VERSION))
                .put("response", Cbor.bytes(response.getBytes(StandardCharsets.US_ASCII)))
                .build());
    }
}
