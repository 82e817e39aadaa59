package dev.passkeyharness.rp;

import dev.passkeyharness.rp.account.Argon2Settings;
import dev.passkeyharness.rp.metadata.AuthenticatorMetadata;
import dev.passkeyharness.rp.store.Database;
import dev.passkeyharness.rp.webauthn.RelyingPartyPolicy;
import dev.passkeyharness.rp.webauthn.UserVerification;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How to run the reference RP. A null {@code rpId} means "localhost"; empty {@code origins} means
 * {@code http://localhost:<port>}; port 0 picks a free loopback port. A non-null {@code metadata} makes FIDO metadata
 * decide attestation trust, with {@code trustAnchors} for authenticators without an AAGUID. {@code conformanceApi}
 * serves the unauthenticated FIDO2 conformance API, for test tools; it is off unless asked for.
 */
public record RpSettings(
        String host,
        int port,
        String jdbcUrl,
        String rpId,
        List<String> origins,
        UserVerification userVerification,
        List<X509Certificate> trustAnchors,
        boolean requireTrustedAttestation,
        Duration challengeTimeout,
        List<Long> algorithms,
        Clock clock,
        AuthenticatorMetadata metadata,
        Argon2Settings passwordHashing,
        String attestationConveyance,
        boolean conformanceApi) {

    public RpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(userVerification, "userVerification");
        Objects.requireNonNull(challengeTimeout, "challengeTimeout");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(passwordHashing, "passwordHashing");
        origins = List.copyOf(origins);
        algorithms = List.copyOf(algorithms);
        trustAnchors = List.copyOf(trustAnchors);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535");
        }
    }

    /** Loopback, a free port, the file database, localhost, strict defaults. */
    public static RpSettings defaults() {
        return new RpSettings("127.0.0.1", 0, Database.DEFAULT_URL, null, List.of(), UserVerification.PREFERRED,
                List.of(), false, Duration.ofMinutes(5), RelyingPartyPolicy.DEFAULT_ALGORITHMS, Clock.systemUTC(),
                null, Argon2Settings.OWASP, null, false);
    }

    public RpSettings withHost(String value) {
        return new RpSettings(value, port, jdbcUrl, rpId, origins, userVerification, trustAnchors,
                requireTrustedAttestation, challengeTimeout, algorithms, clock, metadata, passwordHashing, attestationConveyance, conformanceApi);
    }

    public RpSettings withPort(int value) {
        return new RpSettings(host, value, jdbcUrl, rpId, origins, userVerification, trustAnchors,
                requireTrustedAttestation, challengeTimeout, algorithms, clock, metadata, passwordHashing, attestationConveyance, conformanceApi);
    }

    public RpSettings withDatabase(String value) {
        return new RpSettings(host, port, value, rpId, origins, userVerification, trustAnchors,
                requireTrustedAttestation, challengeTimeout, algorithms, clock, metadata, passwordHashing, attestationConveyance, conformanceApi);
    }

    public RpSettings withRelyingParty(String newRpId, List<String> newOrigins) {
        return new RpSettings(host, port, jdbcUrl, newRpId, newOrigins, userVerification, trustAnchors,
                requireTrustedAttestation, challengeTimeout, algorithms, clock, metadata, passwordHashing, attestationConveyance, conformanceApi);
    }

    public RpSettings withUserVerification(UserVerification value) {
        return new RpSettings(host, port, jdbcUrl, rpId, origins, value, trustAnchors, requireTrustedAttestation,
                challengeTimeout, algorithms, clock, metadata, passwordHashing, attestationConveyance, conformanceApi);
    }

    public RpSettings withTrustedAttestation(List<X509Certificate> anchors) {
        return new RpSettings(host, port, jdbcUrl, rpId, origins, userVerification, anchors, true, challengeTimeout,
                algorithms, clock, null, passwordHashing, attestationConveyance, conformanceApi);
    }

    /** FIDO metadata decides attestation trust; {@code anchors} serve authenticators without an AAGUID (fido-u2f). */
    public RpSettings withMetadata(AuthenticatorMetadata value, List<X509Certificate> anchors) {
        return new RpSettings(host, port, jdbcUrl, rpId, origins, userVerification, anchors, false, challengeTimeout,
                algorithms, clock, Objects.requireNonNull(value, "metadata"), passwordHashing, attestationConveyance, conformanceApi);
    }

    /** The COSE algorithms offered in pubKeyCredParams, in preference order. */
    public RpSettings withAlgorithms(List<Long> value) {
        return new RpSettings(host, port, jdbcUrl, rpId, origins, userVerification, trustAnchors,
                requireTrustedAttestation, challengeTimeout, value, clock, metadata, passwordHashing, attestationConveyance, conformanceApi);
    }

    /**
     * Argon2id cost for account passwords. The default is OWASP's minimum; a throwaway RP whose accounts are random
     * test users (the runner's embedded target) may choose less, since its passwords guard nothing.
     */
    public RpSettings withPasswordHashing(Argon2Settings value) {
        return new RpSettings(host, port, jdbcUrl, rpId, origins, userVerification, trustAnchors,
                requireTrustedAttestation, challengeTimeout, algorithms, clock, metadata, value, attestationConveyance, conformanceApi);
    }

    /**
     * The attestation conveyance creation options ask for when the request names none (WebAuthn L3 §5.4.7); null
     * keeps the policy's: "none", or "direct" where attestation is judged by trust anchors or metadata.
     */
    public RpSettings withAttestationConveyance(String value) {
        return new RpSettings(host, port, jdbcUrl, rpId, origins, userVerification, trustAnchors,
                requireTrustedAttestation, challengeTimeout, algorithms, clock, metadata, passwordHashing, value, conformanceApi);
    }

    public RpSettings withClock(Clock value, Duration timeout) {
        return new RpSettings(host, port, jdbcUrl, rpId, origins, userVerification, trustAnchors,
                requireTrustedAttestation, timeout, algorithms, value, metadata, passwordHashing, attestationConveyance, conformanceApi);
    }

    /**
     * Serves the FIDO2 conformance API ({@code /attestation/*}, {@code /assertion/*}) beside the onboarding API. Its
     * users are made on request without a password and live apart from the onboarding accounts.
     */
    public RpSettings withConformanceApi(boolean value) {
        return new RpSettings(host, port, jdbcUrl, rpId, origins, userVerification, trustAnchors,
                requireTrustedAttestation, challengeTimeout, algorithms, clock, metadata, passwordHashing,
                attestationConveyance, value);
    }
}
