package dev.passkeyharness.conformance.selftest;

import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.converter.exception.DataConversionException;
import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationData;
import com.webauthn4j.data.AuthenticationParameters;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.RegistrationParameters;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.server.ServerProperty;
import com.webauthn4j.verifier.exception.VerificationException;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.rp.webauthn.WebAuthnManagers;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A strict relying party in a box for the self-test: the reference RP's webauthn4j verifier (every attestation format
 * it verifies), full attestation trusted only when its chain ends at the given root certificate, self attestation
 * accepted.
 */
public final class InProcessVerifier {

    private final String rpId;
    private final Origin origin;
    private final WebAuthnManager manager;

    /** @param trustedRootDer the attestation root (DER) that full attestation chains must end at */
    public InProcessVerifier(String rpId, String origin, Bytes trustedRootDer) {
        this.rpId = Objects.requireNonNull(rpId, "rpId");
        this.origin = Origin.create(Objects.requireNonNull(origin, "origin"));
        this.manager = WebAuthnManagers.trustingRoots(List.of(x509(trustedRootDer)), Clock.systemUTC());
    }

    /** WebAuthn L3 §7.1: verifies RegistrationResponseJSON for the challenge the RP issued. */
    public VerifiedCredential verifyRegistration(String responseJson, Bytes challenge) throws VerificationFailure {
        List<PublicKeyCredentialParameters> params = Arrays.stream(CoseAlgorithm.values())
                .map(a -> new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY,
                        COSEAlgorithmIdentifier.create(a.coseId())))
                .toList();
        RegistrationData data;
        try {
            data = manager.verifyRegistrationResponseJSON(responseJson,
                    new RegistrationParameters(serverProperty(challenge), params, false, true));
        } catch (VerificationException | DataConversionException e) {
            throw failure("registration", e);
        } catch (RuntimeException e) {
            throw failure("registration", e);
        }
        var attestationObject = Objects.requireNonNull(data.getAttestationObject());
        CredentialRecordImpl record = new CredentialRecordImpl(attestationObject, data.getCollectedClientData(),
                data.getClientExtensions(), data.getTransports());
        Bytes credentialId = Bytes.of(attestationObject.getAuthenticatorData().getAttestedCredentialData().getCredentialId());
        return new VerifiedCredential(credentialId, attestationObject.getFormat(), record);
    }

    /**
     * WebAuthn L3 §7.2: verifies AuthenticationResponseJSON against a registered credential, including the signature
     * counter rule (step 22), then moves the stored counter on. Returns the counter the authenticator sent.
     */
    public long verifyAuthentication(String responseJson, Bytes challenge, VerifiedCredential credential)
            throws VerificationFailure {
        AuthenticationData data;
        try {
            data = manager.verifyAuthenticationResponseJSON(responseJson, new AuthenticationParameters(
                    serverProperty(challenge), credential.record(),
                    List.of(credential.credentialId().toByteArray()), false, true));
        } catch (VerificationException | DataConversionException e) {
            throw failure("authentication", e);
        } catch (RuntimeException e) {
            throw failure("authentication", e);
        }
        long signCount = Objects.requireNonNull(data.getAuthenticatorData()).getSignCount();
        credential.record().setCounter(signCount);
        return signCount;
    }

    private ServerProperty serverProperty(Bytes challenge) {
        return ServerProperty.builder()
                .origin(origin)
                .rpId(rpId)
                .challenge(new DefaultChallenge(challenge.toByteArray()))
                .build();
    }

    private static VerificationFailure failure(String ceremony, RuntimeException e) {
        return new VerificationFailure(ceremony + " rejected: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()), e);
    }

    private static X509Certificate x509(Bytes der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der.toByteArray()));
        } catch (CertificateException e) {
            throw new IllegalArgumentException("trusted root is not an X.509 certificate", e);
        }
    }
}
