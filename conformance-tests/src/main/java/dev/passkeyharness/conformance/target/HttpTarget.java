package dev.passkeyharness.conformance.target;

import dev.passkeyharness.authenticator.attestation.AttestationCa;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/** A relying party at a URL, driven through the FIDO2 conformance API or the reference RP's onboarding API. */
public final class HttpTarget implements RpTarget {

    private final TargetUrl url;
    private final ApiDescription api;
    private final AtomicBoolean reached;
    private final Connections connections;
    private final AttestationCa attestationCa;

    public HttpTarget(TargetUrl url, Api api) {
        this(url, ApiDescriptions.builtIn(api));
    }

    /** A target whose endpoints {@code api} describes. */
    public HttpTarget(TargetUrl url, ApiDescription api) {
        this(url, api, Connections.onePerRequest());
    }

    /** A target whose requests get their connections from {@code connections}. */
    HttpTarget(TargetUrl url, ApiDescription api, Connections connections) {
        this(url, api, new AtomicBoolean(), connections, null);
    }

    private HttpTarget(TargetUrl url, ApiDescription api, AtomicBoolean reached, Connections connections,
            AttestationCa attestationCa) {
        this.url = Objects.requireNonNull(url, "url");
        this.api = Objects.requireNonNull(api, "api");
        this.reached = reached;
        this.connections = connections;
        this.attestationCa = attestationCa;
    }

    /** The same target, known to trust {@code ca}'s root (e.g. through the BLOB `authenticator metadata` wrote). */
    public HttpTarget withAttestationCa(AttestationCa ca) {
        return new HttpTarget(url, api, reached, connections, Objects.requireNonNull(ca, "ca"));
    }

    @Override
    public Optional<AttestationCa> attestationCa() {
        return Optional.ofNullable(attestationCa);
    }

    /** A target at {@code url}; its origin is the URL's scheme://host[:port]. */
    public static HttpTarget of(String url, Api api) {
        return new HttpTarget(TargetUrl.parse(url, null), api);
    }

    /** A target at {@code url} whose endpoints {@code api} describes (e.g. {@link ApiDescriptions#parse}). */
    public static HttpTarget of(String url, ApiDescription api) {
        return new HttpTarget(TargetUrl.parse(url, null), api);
    }

    /** The dialect the target speaks. */
    public Api api() {
        return api.speaks();
    }

    @Override
    public String description() {
        return url + " (" + api.speaks().name().toLowerCase(java.util.Locale.ROOT) + " API)";
    }

    @Override
    public String origin() {
        return url.origin();
    }

    @Override
    public Set<Capability> capabilities() {
        return api.capabilities();
    }

    @Override
    public RpSession newSession() {
        HttpChannel channel = new HttpChannel(url, reached, connections);
        return api.speaks() == Api.CONFORMANCE ? new ConformanceSession(channel, api) : new OnboardingSession(channel, api);
    }

    @Override
    public OnboardingSession newOnboardingSession() {
        if (api.speaks() != Api.ONBOARDING) {
            return RpTarget.super.newOnboardingSession();
        }
        return new OnboardingSession(new HttpChannel(url, reached, connections), api);
    }

    /** Nothing to release: the HTTP clients and their idle connections close when they are collected. */
    @Override
    public void close() {
    }
}
