package dev.passkeyharness.rp.webauthn;

import dev.passkeyharness.authenticator.attestation.AttestationCa;
import dev.passkeyharness.authenticator.client.WebAuthnClient;
import dev.passkeyharness.authenticator.crypto.DeterministicRandom;
import dev.passkeyharness.authenticator.ctap.Ctap2Authenticator;
import dev.passkeyharness.authenticator.ctap.Ctap2AuthenticatorBuilder;
import dev.passkeyharness.authenticator.profile.AuthenticatorProfile;
import dev.passkeyharness.authenticator.tamper.TamperSet;
import dev.passkeyharness.authenticator.tamper.Tamperings;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;

/** A simulated device (authenticator + browser) whose credentials persist while tamperings change per ceremony. */
final class Device {

    static final String ORIGIN = "https://login.example.com";

    private final Ctap2Authenticator authenticator;

    private Device(Ctap2Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    static AttestationCa ca(long seed) {
        return AttestationCa.create(new DeterministicRandom(seed, "test-ca"),
                Clock.fixed(Ctap2AuthenticatorBuilder.SEEDED_EPOCH, ZoneOffset.UTC));
    }

    static Device of(AuthenticatorProfile profile, long seed, AttestationCa ca) {
        return new Device(Ctap2Authenticator.builder().profile(profile).seed(seed).attestationCa(ca).build());
    }

    static X509Certificate root(AttestationCa ca) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(ca.rootCertificate().toByteArray()));
        } catch (java.security.cert.CertificateException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The browser in front of this device, with the named tamperings active in both layers. */
    WebAuthnClient client(String... tamperings) {
        TamperSet set = new TamperSet(Arrays.stream(tamperings)
                .map(n -> Tamperings.byName(n).orElseThrow(() -> new IllegalArgumentException("no tampering " + n)))
                .toList());
        Ctap2Authenticator tampered = set.isEmpty() ? authenticator : Ctap2Authenticator.builder()
                .profile(authenticator.profile()).seed(1).state(authenticator.state())
                .attestationCa(authenticator.attestationCa()).tamperings(set).build();
        return WebAuthnClient.builder(tampered, ORIGIN).tamperings(set).build();
    }
}
