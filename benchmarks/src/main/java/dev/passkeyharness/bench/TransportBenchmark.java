package dev.passkeyharness.bench;

import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.ctap.Ctap2Authenticator;
import dev.passkeyharness.authenticator.hid.Ctap2Port;
import dev.passkeyharness.authenticator.hid.CtapHidCommand;
import dev.passkeyharness.authenticator.transport.UdpCarrier;
import dev.passkeyharness.bench.fixture.CtapRequests;
import dev.passkeyharness.bench.fixture.UdpHidHost;
import dev.passkeyharness.bench.report.Compared;
import dev.passkeyharness.bench.report.Role;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One authenticatorGetAssertion (ES256) as a host on loopback UDP sends it, framed into CTAPHID reports, against
 * {@code process} alone; and a CTAPHID_PING round trip, the transport's own cost.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TransportBenchmark {

    @State(Scope.Benchmark)
    public static class Loopback {
        Ctap2Authenticator authenticator;
        byte[] request;
        UdpCarrier carrier;
        UdpHidHost host;
        final byte[] ping = new byte[64];

        @Setup
        public void setUp() throws IOException {
            authenticator = Ctap2Authenticator.builder().build();
            AuthenticatorBenchmark.requireOk(authenticator.process(CtapRequests.makeCredential(CoseAlgorithm.ES256)));
            request = CtapRequests.getAssertion(authenticator.state().store().all().get(0).credentialId());
            carrier = UdpCarrier.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), Ctap2Port.of(authenticator));
            host = new UdpHidHost(carrier.localAddress());
            AuthenticatorBenchmark.requireOk(host.call(CtapHidCommand.CBOR, request));
        }

        @TearDown
        public void tearDown() {
            host.close();
            carrier.close();
        }
    }

    @Benchmark
    @Compared(operation = "getAssertionOverUdp", role = Role.OURS)
    public byte[] getAssertionOverUdp(Loopback state) {
        return state.host.call(CtapHidCommand.CBOR, state.request);
    }

    @Benchmark
    @Compared(operation = "getAssertionOverUdp", role = Role.BASELINE)
    public byte[] getAssertionProcess(Loopback state) {
        return state.authenticator.process(state.request);
    }

    @Benchmark
    @Compared(operation = "pingOverUdp", role = Role.OURS)
    public byte[] pingOverUdp(Loopback state) {
        return state.host.call(CtapHidCommand.PING, state.ping);
    }
}
