package dev.passkeyharness.authenticator.attestation;

import com.webauthn4j.WebAuthnRegistrationManager;
import com.webauthn4j.anchor.TrustAnchorRepository;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.RegistrationParameters;
import com.webauthn4j.data.RegistrationRequest;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.server.ServerProperty;
import com.webauthn4j.verifier.attestation.statement.androidkey.AndroidKeyAttestationStatementVerifier;
import com.webauthn4j.verifier.attestation.statement.androidsafetynet.AndroidSafetyNetAttestationStatementVerifier;
import com.webauthn4j.verifier.attestation.statement.apple.AppleAnonymousAttestationStatementVerifier;
import com.webauthn4j.verifier.attestation.statement.none.NoneAttestationStatementVerifier;
import com.webauthn4j.verifier.attestation.statement.tpm.TPMAttestationStatementVerifier;
import com.webauthn4j.verifier.attestation.statement.packed.PackedAttestationStatementVerifier;
import com.webauthn4j.verifier.attestation.statement.u2f.FIDOU2FAttestationStatementVerifier;
import com.webauthn4j.verifier.attestation.trustworthiness.certpath.DefaultCertPathTrustworthinessVerifier;
import com.webauthn4j.verifier.attestation.trustworthiness.self.DefaultSelfAttestationTrustworthinessVerifier;
import dev.passkeyharness.authenticator.crypto.Sha256;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.crypto.CredentialKeyPair;
import dev.passkeyharness.authenticator.crypto.DeterministicRandom;
import dev.passkeyharness.authenticator.crypto.KeyPairGeneration;
import dev.passkeyharness.authenticator.data.AttestedCredentialData;
import dev.passkeyharness.authenticator.data.AuthenticatorData;
import dev.passkeyharness.authenticator.data.Bytes;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds registration ceremonies around our statements and verifies them with webauthn4j's strict verifiers. */
final class Registrations {

    static final String RP_ID = "example.com";
    static final String ORIGIN = "https://example.com";
    static final String VENDOR = "passkey-harness";
    static final Bytes AAGUID = Bytes.fromHex("7e3a1f0c2b5d4e6f8a9b0c1d2e3f4a5b");
    static final Clock FIXED_CLOCK = Clock.fixed(Instant.parse("2025-06-01T12:34:56.789Z"), ZoneOffset.UTC);

    /** One CA for the whole test run; creating it is cheap but reusing it keeps test output readable. */
    static final AttestationCa CA = AttestationCa.create(new DeterministicRandom(1, "test-ca"), FIXED_CLOCK);

    private static final Map<CoseAlgorithm, CredentialKeyPair> CREDENTIAL_KEYS = new EnumMap<>(CoseAlgorithm.class);

    private Registrations() {
    }

    /** The client's part of a registration: clientDataJSON and its hash. */
    record Ceremony(Bytes challenge, byte[] clientDataJson, Bytes clientDataHash) {
    }

    static Ceremony ceremony(SecureRandom random) {
        byte[] challenge = new byte[32];
        random.nextBytes(challenge);
        Bytes challengeBytes = Bytes.of(challenge);
        byte[] json = ("{\"type\":\"webauthn.create\",\"challenge\":\"" + challengeBytes.base64Url()
                + "\",\"origin\":\"" + ORIGIN + "\",\"crossOrigin\":false}").getBytes(StandardCharsets.UTF_8);
        return new Ceremony(challengeBytes, json, Sha256.of(json));
    }

    /** Credential keys are cached per algorithm: RSA key generation is slow. */
    static synchronized CredentialKeyPair credentialKey(CoseAlgorithm algorithm) {
        return CREDENTIAL_KEYS.computeIfAbsent(algorithm,
                a -> KeyPairGeneration.generate(a, new DeterministicRandom(7, "credential-" + a.jwaName())));
    }

    /** Authenticator data for a new credential: UP and AT set, signCount 0 (WebAuthn L3 §6.1). */
    static AuthenticatorData authData(CredentialKeyPair key, Bytes aaguid) {
        Bytes credentialId = Sha256.of(key.subjectPublicKeyInfo().toByteArray());
        return new AuthenticatorData(Sha256.of(RP_ID.getBytes(StandardCharsets.UTF_8)),
                AuthenticatorData.UP | AuthenticatorData.AT, 0,
                new AttestedCredentialData(aaguid, credentialId, key.coseKey()), null);
    }

    /** Strict webauthn4j registration verification, trusting only our root; throws on any failed rule. */
    static RegistrationData verify(Bytes attestationObject, Ceremony ceremony) {
        TrustAnchor anchor = new TrustAnchor(x509(CA.rootCertificate()), null);
        TrustAnchorRepository anchors = new TrustAnchorRepository() {
            @Override
            public Set<TrustAnchor> find(AAGUID aaguid) {
                return Set.of(anchor);
            }

            @Override
            public Set<TrustAnchor> find(byte[] attestationCertificateKeyIdentifier) {
                return Set.of(anchor);
            }
        };
        WebAuthnRegistrationManager manager = new WebAuthnRegistrationManager(
                List.of(new NoneAttestationStatementVerifier(), new PackedAttestationStatementVerifier(),
                        new FIDOU2FAttestationStatementVerifier(), new TPMAttestationStatementVerifier(),
                        new AndroidKeyAttestationStatementVerifier(), new AndroidSafetyNetAttestationStatementVerifier(),
                        new AppleAnonymousAttestationStatementVerifier()),
                new DefaultCertPathTrustworthinessVerifier(anchors),
                new DefaultSelfAttestationTrustworthinessVerifier());
        ServerProperty serverProperty = ServerProperty.builder()
                .origin(Origin.create(ORIGIN))
                .rpId(RP_ID)
                .challenge(new DefaultChallenge(ceremony.challenge().toByteArray()))
                .build();
        List<PublicKeyCredentialParameters> pubKeyCredParams = Arrays.stream(CoseAlgorithm.values())
                .map(a -> new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY,
                        COSEAlgorithmIdentifier.create(a.coseId())))
                .toList();
        return manager.verify(new RegistrationRequest(attestationObject.toByteArray(), ceremony.clientDataJson()),
                new RegistrationParameters(serverProperty, pubKeyCredParams, false, true));
    }

    static X509Certificate x509(Bytes der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der.toByteArray()));
        } catch (CertificateException e) {
            throw new IllegalStateException(e);
        }
    }


    /**
     * Asserts that webauthn4j refuses the registration for a rule it checks: a verification failure, or a parse
     * failure where webauthn4j reads the structure strictly (tpm magic and type).
     */
    static void assertRefused(org.junit.jupiter.api.function.Executable verification) {
        Throwable thrown = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, verification);
        org.junit.jupiter.api.Assertions.assertTrue(
                thrown instanceof com.webauthn4j.verifier.exception.VerificationException
                        || thrown instanceof tools.jackson.core.JacksonException,
                () -> "refused for an unexpected reason: " + thrown);
    }
}
