package dev.passkeyharness.bench;

import dev.passkeyharness.authenticator.client.WebAuthnClientException;
import dev.passkeyharness.bench.fixture.LoopbackVisitor;
import dev.passkeyharness.bench.report.Compared;
import dev.passkeyharness.bench.report.Role;
import dev.passkeyharness.rp.ReferenceRp;
import dev.passkeyharness.rp.RpSettings;
import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Complete ceremonies over HTTP on loopback against the embedded reference RP (H2 in memory), with 1, 4 and 16
 * concurrent authenticators, each its own visitor. Sample time gives each ceremony's latency (mean, p50, p99); with
 * every thread busy all the time, ceremonies per second are threads ÷ mean latency, which the table derives.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CeremonyBenchmark {

    @State(Scope.Benchmark)
    public static class Server {
        ReferenceRp rp;

        @Setup
        public void start() {
            rp = ReferenceRp.start(RpSettings.defaults()
                    .withDatabase("jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"));
        }

        @TearDown
        public void stop() {
            rp.close();
        }
    }

    /** One person's browser and security key; registered once, so sign-ins have a credential. */
    @State(Scope.Thread)
    public static class Visitor {
        LoopbackVisitor visitor;

        @Setup
        public void setUp(Server server) throws IOException, InterruptedException, WebAuthnClientException {
            visitor = new LoopbackVisitor(server.rp.url());
            visitor.register();
            visitor.authenticate();
        }
    }

    @Benchmark
    @Threads(1)
    @Compared(operation = "registration over HTTP", role = Role.OURS)
    public void registration1(Visitor v) throws IOException, InterruptedException, WebAuthnClientException {
        v.visitor.register();
    }

    @Benchmark
    @Threads(4)
    @Compared(operation = "registration over HTTP", role = Role.OURS)
    public void registration4(Visitor v) throws IOException, InterruptedException, WebAuthnClientException {
        v.visitor.register();
    }

    @Benchmark
    @Threads(16)
    @Compared(operation = "registration over HTTP", role = Role.OURS)
    public void registration16(Visitor v) throws IOException, InterruptedException, WebAuthnClientException {
        v.visitor.register();
    }

    @Benchmark
    @Threads(1)
    @Compared(operation = "authentication over HTTP", role = Role.OURS)
    public void authentication1(Visitor v) throws IOException, InterruptedException, WebAuthnClientException {
        v.visitor.authenticate();
    }

    @Benchmark
    @Threads(4)
    @Compared(operation = "authentication over HTTP", role = Role.OURS)
    public void authentication4(Visitor v) throws IOException, InterruptedException, WebAuthnClientException {
        v.visitor.authenticate();
    }

    @Benchmark
    @Threads(16)
    @Compared(operation = "authentication over HTTP", role = Role.OURS)
    public void authentication16(Visitor v) throws IOException, InterruptedException, WebAuthnClientException {
        v.visitor.authenticate();
    }
}
