package dev.passkeyharness.rp.journey;

import dev.passkeyharness.authenticator.client.WebAuthnClient;
import dev.passkeyharness.authenticator.client.WebAuthnClientException;
import dev.passkeyharness.authenticator.ctap.Ctap2Authenticator;
import dev.passkeyharness.authenticator.profile.AuthenticatorProfile;
import dev.passkeyharness.authenticator.state.CredentialStateFile;
import dev.passkeyharness.authenticator.state.SavedAuthenticator;
import dev.passkeyharness.authenticator.state.StateFileException;
import dev.passkeyharness.authenticator.tamper.TamperSet;
import dev.passkeyharness.authenticator.tamper.Tamperings;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;

/**
 * A simulated authenticator with a browser in front of it. Its credentials persist across ceremonies; tamperings are
 * chosen per ceremony and act in both the authenticator and the client.
 */
final class Device {

    private final Ctap2Authenticator authenticator;
    private final long seed;
    private int copies;

    private Device(Ctap2Authenticator authenticator, long seed) {
        this.authenticator = authenticator;
        this.seed = seed;
    }

    /** Two devices of the same profile and seed make the same credentials. */
    static Device of(AuthenticatorProfile profile, long seed) {
        return new Device(Ctap2Authenticator.builder().profile(profile).seed(seed).build(), seed);
    }

    /**
     * A clone: another device holding copies of this one's credentials and counters, as an attacker who copied the
     * keys would. From now on the two count on their own.
     */
    Device cloned() {
        try {
            SavedAuthenticator copy = CredentialStateFile.parse(CredentialStateFile.format(
                    new SavedAuthenticator(authenticator.state(), authenticator.attestationCa())), "clone");
            return new Device(Ctap2Authenticator.builder().profile(authenticator.profile()).seed(seed * 7 + ++copies)
                    .state(copy.state()).attestationCa(copy.attestationCa()).build(), seed * 7 + copies);
        } catch (StateFileException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The root of the CA that issued this device's attestation certificate. */
    X509Certificate attestationRoot() {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(
                    new ByteArrayInputStream(authenticator.attestationCa().rootCertificate().toByteArray()));
        } catch (CertificateException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The browser at {@code origin} in front of this device, with the named tamperings active. */
    WebAuthnClient client(String origin, String... tamperings) {
        TamperSet set = new TamperSet(Arrays.stream(tamperings)
                .map(n -> Tamperings.byName(n).orElseThrow(() -> new IllegalArgumentException("no tampering " + n)))
                .toList());
        if (set.isEmpty()) {
            return WebAuthnClient.of(authenticator, origin);
        }
        // a copy over the same state, so it signs with the registered credentials and moves the same counter
        Ctap2Authenticator tampered = Ctap2Authenticator.builder().profile(authenticator.profile())
                .seed(seed * 1_000 + ++copies).state(authenticator.state())
                .attestationCa(authenticator.attestationCa()).tamperings(set).build();
        return WebAuthnClient.builder(tampered, origin).tamperings(set).build();
    }

    /** navigator.credentials.create() on these options: the RegistrationResponseJSON. */
    String create(String origin, String optionsJson, String... tamperings) throws WebAuthnClientException {
        return client(origin, tamperings).create(optionsJson).toJson();
    }

    /** navigator.credentials.get() on these options: the AuthenticationResponseJSON. */
    String get(String origin, String optionsJson, String... tamperings) throws WebAuthnClientException {
        return client(origin, tamperings).get(optionsJson).toJson();
    }
}
