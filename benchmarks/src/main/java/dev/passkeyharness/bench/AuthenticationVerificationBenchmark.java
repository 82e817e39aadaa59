package dev.passkeyharness.bench;

import dev.passkeyharness.bench.fixture.Case;
import dev.passkeyharness.bench.fixture.RecordedCeremony;
import dev.passkeyharness.bench.fixture.ReferenceRpVerification;
import dev.passkeyharness.bench.fixture.VerificationBaseline;
import dev.passkeyharness.bench.fixture.YubicoVerification;
import dev.passkeyharness.bench.report.Compared;
import dev.passkeyharness.bench.report.Role;
import dev.passkeyharness.rp.webauthn.AuthenticationResult;
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
 * Full authentication verification (WebAuthn L3 §7.2, parse included) of an assertion made by our authenticator, per
 * algorithm: the reference RP, Yubico's library, and the raw cryptography (two hashes and one signature check).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AuthenticationVerificationBenchmark {

    @State(Scope.Benchmark)
    public static class Ours {
        @Param({"ES256", "ES384", "ES512", "EdDSA", "RS256", "PS256"})
        public String alg;

        ReferenceRpVerification referenceRp;
        VerificationBaseline baseline;

        @Setup
        public void setUp() {
            RecordedCeremony ceremony = RecordedCeremony.make(Case.parse("packed-self/" + alg));
            referenceRp = new ReferenceRpVerification(ceremony);
            baseline = new VerificationBaseline(ceremony);
        }
    }

    /** The same algorithms but PS256, which Yubico's library does not verify. */
    @State(Scope.Benchmark)
    public static class Peer {
        @Param({"ES256", "ES384", "ES512", "EdDSA", "RS256"})
        public String alg;

        YubicoVerification yubico;

        @Setup
        public void setUp() {
            RecordedCeremony ceremony = RecordedCeremony.make(Case.parse("packed-self/" + alg));
            yubico = YubicoVerification.of(ceremony);
        }
    }

    @Benchmark
    @Compared(operation = "verify authentication", role = Role.OURS)
    public AuthenticationResult referenceRp(Ours state) {
        return state.referenceRp.authenticate();
    }

    @Benchmark
    @Compared(operation = "verify authentication", role = Role.PEER)
    public Object yubico(Peer state) {
        return state.yubico.authenticate();
    }

    @Benchmark
    @Compared(operation = "verify authentication", role = Role.BASELINE)
    public boolean baseline(Ours state) {
        return state.baseline.authenticate();
    }
}
