package dev.passkeyharness.bench;

import dev.passkeyharness.bench.fixture.Case;
import dev.passkeyharness.bench.fixture.RecordedCeremony;
import dev.passkeyharness.bench.fixture.ReferenceRpVerification;
import dev.passkeyharness.bench.fixture.VerificationBaseline;
import dev.passkeyharness.bench.fixture.YubicoVerification;
import dev.passkeyharness.bench.report.Compared;
import dev.passkeyharness.bench.report.Role;
import dev.passkeyharness.rp.webauthn.RegistrationResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Full registration verification (WebAuthn L3 §7.1, parse included) of a registration made by our authenticator, per
 * attestation format and algorithm: the reference RP (webauthn4j and our rules), Yubico's library, and the raw
 * cryptography. Attestation with a chain is verified up to the trusted test root.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RegistrationVerificationBenchmark {

    /** Every format with ES256, then packed self with each other algorithm; a new format is one more entry. */
    @State(Scope.Benchmark)
    public static class Ours {
        @Param({"none/ES256", "packed-self/ES256", "packed/ES256", "fido-u2f/ES256", "tpm/RS256", "tpm/ES256", "android-key/ES256", "apple/ES256",
                "packed-self/ES384", "packed-self/ES512", "packed-self/EdDSA", "packed-self/RS256", "packed-self/PS256"})
        public String format;

        ReferenceRpVerification referenceRp;
        VerificationBaseline baseline;

        @Setup
        public void setUp() {
            RecordedCeremony ceremony = RecordedCeremony.make(Case.parse(format));
            referenceRp = new ReferenceRpVerification(ceremony);
            baseline = new VerificationBaseline(ceremony);
        }
    }

    /**
     * The same cases but two Yubico's library does not verify: PS256, and android-key, a format it has no verifier for
     * (it reports such attestation as untrusted, so a strict registration fails).
     */
    @State(Scope.Benchmark)
    public static class Peer {
        @Param({"none/ES256", "packed-self/ES256", "packed/ES256", "fido-u2f/ES256", "tpm/RS256", "tpm/ES256", "apple/ES256",
                "packed-self/ES384", "packed-self/ES512", "packed-self/EdDSA", "packed-self/RS256"})
        public String format;

        YubicoVerification yubico;

        @Setup
        public void setUp() {
            RecordedCeremony ceremony = RecordedCeremony.make(Case.parse(format));
            yubico = YubicoVerification.of(ceremony);
        }
    }

    @Benchmark
    @Compared(operation = "verify registration", role = Role.OURS)
    public RegistrationResult referenceRp(Ours state) {
        return state.referenceRp.register();
    }

    @Benchmark
    @Compared(operation = "verify registration", role = Role.PEER)
    public Object yubico(Peer state) {
        return state.yubico.register();
    }

    @Benchmark
    @Compared(operation = "verify registration", role = Role.BASELINE)
    public boolean baseline(Ours state) {
        return state.baseline.register();
    }
}
