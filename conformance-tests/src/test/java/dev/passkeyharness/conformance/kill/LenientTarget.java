package dev.passkeyharness.conformance.kill;

import dev.passkeyharness.authenticator.attestation.AttestationCa;
import dev.passkeyharness.authenticator.crypto.DeterministicRandom;
import dev.passkeyharness.conformance.target.AdjustableClock;
import dev.passkeyharness.conformance.target.Api;
import dev.passkeyharness.conformance.target.HttpTarget;
import dev.passkeyharness.conformance.target.RpSession;
import dev.passkeyharness.conformance.target.RpTarget;
import dev.passkeyharness.conformance.target.RunMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The lenient RP as a runner target: its conformance API over HTTP, and its clock in the runner's hand. */
final class LenientTarget implements RpTarget {

    private final AdjustableClock clock = new AdjustableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final LenientRp rp;
    private final HttpTarget http;

    LenientTarget(Set<Step> disabled) {
        DeterministicRandom random = new DeterministicRandom(1, "lenient-trust");
        RunMetadata metadata = RunMetadata.create(AttestationCa.create(random, clock), random, clock);
        this.rp = LenientRp.start(disabled, freePort(), clock, metadata);
        this.http = HttpTarget.of(rp.url(), Api.CONFORMANCE).withAttestationCa(metadata.attestationCa());
    }

    @Override
    public Optional<AttestationCa> attestationCa() {
        return http.attestationCa();
    }

    @Override
    public String description() {
        return "lenient RP at " + rp.url();
    }

    @Override
    public String origin() {
        return http.origin();
    }

    @Override
    public Set<Capability> capabilities() {
        Set<Capability> capabilities = EnumSet.of(Capability.CLOCK_CONTROL);
        capabilities.addAll(http.capabilities());
        return capabilities;
    }

    @Override
    public RpSession newSession() {
        return http.newSession();
    }

    @Override
    public void advanceClock(Duration by) {
        clock.advance(by);
    }

    @Override
    public void close() {
        http.close();
        rp.close();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
