package dev.passkeyharness.conformance.target;

import dev.passkeyharness.authenticator.attestation.AttestationCa;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/** A relying party at a URL, driven through an endpoint profile (the FIDO2 conformance API's, by default). */
public final class HttpTarget implements RpTarget {

    private final TargetUrl url;
    private final EndpointProfile profile;
    private final AtomicBoolean reached;
    private final Connections connections;
    private final AttestationCa attestationCa;

    public HttpTarget(TargetUrl url, Api api) {
        this(url, EndpointProfiles.of(api));
    }

    /** A target driven through {@code profile}. */
    public HttpTarget(TargetUrl url, EndpointProfile profile) {
        this(url, profile, Connections.onePerRequest());
    }

    /** A target whose requests get their connections from {@code connections}. */
    HttpTarget(TargetUrl url, EndpointProfile profile, Connections connections) {
        this(url, profile, new AtomicBoolean(), connections, null);
    }

    private HttpTarget(TargetUrl url, EndpointProfile profile, AtomicBoolean reached, Connections connections,
            AttestationCa attestationCa) {
        this.url = Objects.requireNonNull(url, "url");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.reached = reached;
        this.connections = connections;
        this.attestationCa = attestationCa;
    }

    /** The same target, known to trust {@code ca}'s root (e.g. through the BLOB `authenticator metadata` wrote). */
    public HttpTarget withAttestationCa(AttestationCa ca) {
        return new HttpTarget(url, profile, reached, connections, Objects.requireNonNull(ca, "ca"));
    }

    @Override
    public Optional<AttestationCa> attestationCa() {
        return Optional.ofNullable(attestationCa);
    }

    /** The same target, its https certificate trusted as {@code tls} says. */
    public HttpTarget withTls(TlsTrust tls) {
        return new HttpTarget(url, profile, reached, Connections.onePerRequest(tls), attestationCa);
    }

    /** A target at {@code url}; its origin is the URL's scheme://host[:port]. */
    public static HttpTarget of(String url, Api api) {
        return new HttpTarget(TargetUrl.parse(url, null), api);
    }

    /** A target at {@code url} driven through {@code profile} (e.g. {@link EndpointProfiles#resolve}). */
    public static HttpTarget of(String url, EndpointProfile profile) {
        return new HttpTarget(TargetUrl.parse(url, null), profile);
    }

    /** Whether the target is on this machine (localhost, 127.0.0.0/8, ::1), where a development server may be. */
    public boolean loopback() {
        return url.loopback();
    }

    /** The profile the target is driven through. */
    public EndpointProfile profile() {
        return profile;
    }

    @Override
    public String description() {
        return url + " (" + profile.name() + " profile)";
    }

    @Override
    public String origin() {
        return url.origin();
    }

    @Override
    public Set<Capability> capabilities() {
        return profile.capabilities();
    }

    @Override
    public ProfileSession newSession() {
        return new ProfileSession(new HttpChannel(url, reached, connections), profile);
    }

    @Override
    public ProfileSession newOnboardingSession() {
        if (!profile.capabilities().contains(Capability.ONBOARDING_API)) {
            return RpTarget.super.newOnboardingSession();
        }
        return newSession();
    }

    /** Nothing to release: the HTTP clients and their idle connections close when they are collected. */
    @Override
    public void close() {
    }
}
