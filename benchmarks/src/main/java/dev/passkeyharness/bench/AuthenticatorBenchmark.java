package dev.passkeyharness.bench;

import com.webauthn4j.test.authenticator.webauthn.MakeCredentialResponse;
import dev.passkeyharness.authenticator.ctap.Ctap2Authenticator;
import dev.passkeyharness.authenticator.crypto.Sha256;
import dev.passkeyharness.authenticator.ctap.CtapStatus;
import dev.passkeyharness.bench.fixture.Case;
import dev.passkeyharness.bench.fixture.CtapRequests;
import dev.passkeyharness.bench.fixture.EmulatedRegistration;
import dev.passkeyharness.bench.fixture.MakeCredentialBaseline;
import dev.passkeyharness.bench.fixture.RecordedCeremony;
import dev.passkeyharness.bench.fixture.SigningBaseline;
import dev.passkeyharness.bench.report.Compared;
import dev.passkeyharness.bench.report.Role;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Our authenticator's authenticatorMakeCredential and authenticatorGetAssertion through its one entry point
 * ({@code process}: CTAP2 bytes in and out), per format and algorithm; the raw cryptography of each; and
 * webauthn4j-test's emulator making the same registration.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AuthenticatorBenchmark {

    /** Every format with ES256, then packed self with each other algorithm; a new format is one more entry. */
    @State(Scope.Benchmark)
    public static class Registration {
        @Param({"none/ES256", "packed-self/ES256", "packed/ES256", "fido-u2f/ES256", "tpm/RS256", "tpm/ES256", "android-key/ES256", "apple/ES256",
                "packed-self/ES384", "packed-self/ES512", "packed-self/EdDSA", "packed-self/RS256", "packed-self/PS256"})
        public String format;

        Ctap2Authenticator authenticator;
        byte[] request;
        MakeCredentialBaseline baseline;

        @Setup
        public void setUp() {
            Case testCase = Case.parse(format);
            authenticator = Ctap2Authenticator.builder().profile(testCase.profile()).build();
            request = CtapRequests.makeCredential(testCase.algorithm());
            requireOk(authenticator.process(request));
            baseline = new MakeCredentialBaseline(testCase, new SecureRandom());
        }
    }

    @State(Scope.Benchmark)
    public static class Assertion {
        @Param({"ES256", "ES384", "ES512", "EdDSA", "RS256", "PS256"})
        public String alg;

        Ctap2Authenticator authenticator;
        byte[] request;
        SigningBaseline baseline;
        AsymmetricKeyParameter baselineKey;
        final byte[] signedData = new byte[37 + 32];

        @Setup
        public void setUp() {
            Case testCase = Case.parse("packed-self/" + alg);
            authenticator = Ctap2Authenticator.builder().profile(testCase.profile()).build();
            byte[] registered = requireOk(authenticator.process(CtapRequests.makeCredential(testCase.algorithm())));
            request = CtapRequests.getAssertion(authenticator.state().store().all().get(0).credentialId());
            requireOk(authenticator.process(request));
            baseline = new SigningBaseline(testCase.algorithm(), new SecureRandom());
            baselineKey = baseline.generateKeyPair().getPrivate();
            System.arraycopy(registered, 1, signedData, 0, Math.min(registered.length - 1, signedData.length));
        }
    }

    /** webauthn4j-test makes ES256 credentials only. */
    @State(Scope.Benchmark)
    public static class Emulator {
        @Param({"packed-self/ES256", "packed/ES256"})
        public String format;

        EmulatedRegistration emulator;

        @Setup
        public void setUp() {
            emulator = new EmulatedRegistration(Case.parse(format));
            emulator.makeCredential();
        }
    }

    @Benchmark
    @Compared(operation = "makeCredential", role = Role.OURS)
    public byte[] makeCredential(Registration state) {
        return state.authenticator.process(state.request);
    }

    @Benchmark
    @Compared(operation = "makeCredential", role = Role.BASELINE)
    public byte[] makeCredentialBaseline(Registration state) {
        return state.baseline.run();
    }

    @Benchmark
    @Compared(operation = "makeCredential", role = Role.PEER)
    public MakeCredentialResponse makeCredentialEmulator(Emulator state) {
        return state.emulator.makeCredential();
    }

    @Benchmark
    @Compared(operation = "getAssertion", role = Role.OURS)
    public byte[] getAssertion(Assertion state) {
        return state.authenticator.process(state.request);
    }

    /** CTAP 2.1 §6.2.2: hash the RP ID and sign authenticatorData ‖ clientDataHash with the credential key. */
    @Benchmark
    @Compared(operation = "getAssertion", role = Role.BASELINE)
    public byte[] getAssertionBaseline(Assertion state) {
        byte[] rpIdHash = Sha256.of(RecordedCeremony.RP_ID).toByteArray();
        System.arraycopy(rpIdHash, 0, state.signedData, 0, rpIdHash.length);
        return state.baseline.sign(state.baselineKey, state.signedData);
    }

    static byte[] requireOk(byte[] response) {
        if (response.length == 0 || response[0] != (byte) CtapStatus.CTAP2_OK.code()) {
            throw new IllegalStateException("the authenticator answered status " + (response.length == 0 ? "none"
                    : Integer.toHexString(response[0] & 0xFF)));
        }
        return response;
    }
}
