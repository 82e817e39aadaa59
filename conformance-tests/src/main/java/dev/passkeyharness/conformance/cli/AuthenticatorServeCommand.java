package dev.passkeyharness.conformance.cli;

import dev.passkeyharness.authenticator.device.DeviceSpec;
import dev.passkeyharness.authenticator.device.SimulatedDevice;
import dev.passkeyharness.authenticator.profile.AuthenticatorProfile;
import dev.passkeyharness.authenticator.profile.Profiles;
import dev.passkeyharness.authenticator.transport.Carrier;
import dev.passkeyharness.authenticator.transport.TcpCarrier;
import dev.passkeyharness.authenticator.transport.UdpCarrier;
import dev.passkeyharness.authenticator.user.SimulatedUser;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code authenticator serve}: the simulated authenticator over CTAPHID on UDP and/or TCP until stopped. */
@Command(name = "serve", description = "Serve the simulated authenticator over CTAPHID to clients outside the JVM "
        + "(python-fido2, libfido2 with a socket transport): UDP, one report a datagram, and/or TCP, each report after "
        + "its length in two bytes. Prints one line per address it listens on. Ctrl-C stops it, saving the state.")
final class AuthenticatorServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--udp", paramLabel = "[HOST:]PORT", arity = "0..1", converter = Converters.Listen.class,
            fallbackValue = "" + UdpCarrier.DEFAULT_PORT,
            description = "Listen on UDP (loopback unless a host is given; 0 picks a free port). Without a value: "
                    + "port ${FALLBACK-VALUE}. Default when neither --udp nor --tcp is given: 127.0.0.1:8111.")
    InetSocketAddress udp;

    @Option(names = "--tcp", paramLabel = "[HOST:]PORT", arity = "0..1", converter = Converters.Listen.class,
            fallbackValue = "" + TcpCarrier.DEFAULT_PORT,
            description = "Listen on TCP (loopback unless a host is given; 0 picks a free port). Without a value: "
                    + "port ${FALLBACK-VALUE}.")
    InetSocketAddress tcp;

    @Option(names = "--profile", paramLabel = "NAME", converter = Converters.Profile.class,
            defaultValue = "security-key", description = "Device profile. Default: ${DEFAULT-VALUE}.")
    AuthenticatorProfile profile = Profiles.SECURITY_KEY;

    @Option(names = "--state", paramLabel = "FILE",
            description = "Credential state file: continued from if it exists, rewritten (atomically) after every "
                    + "change. Default: none, the credentials live as long as the process.")
    Path state;

    @Option(names = "--presence-delay", paramLabel = "MS", defaultValue = "0",
            description = "How long the simulated person takes to touch the device before each makeCredential, "
                    + "getAssertion, reset or selection; keepalives go out meanwhile. Default: ${DEFAULT-VALUE}.")
    long presenceDelayMillis;

    @Option(names = "--user", paramLabel = "ANSWER", defaultValue = "approve", converter = Converters.User.class,
            description = "How the simulated person answers: approve, decline, no-uv. Default: ${DEFAULT-VALUE}.")
    SimulatedUser user;

    @Override
    public Integer call() throws InterruptedException {
        if (presenceDelayMillis < 0) {
            throw CliException.badInput("--presence-delay must be 0 or more milliseconds, got " + presenceDelayMillis);
        }
        DeviceSpec device = DeviceSpec.of(profile).withUser(user);
        PrintWriter out = spec.commandLine().getOut();
        ServedAuthenticator served = served(device);
        List<Carrier> carriers = start(served);
        try {
            StopSignal stop = StopSignal.install();
            served.saveIfChanged();
            for (Carrier carrier : carriers) {
                InetSocketAddress at = carrier.localAddress();
                out.println("listening on " + (carrier instanceof UdpCarrier ? "udp " : "tcp ")
                        + hostPort(at));
            }
            out.flush();
            stop.await();
        } finally {
            carriers.forEach(Carrier::close);
            served.saveIfChanged();
        }
        return ExitCodes.OK;
    }

    private ServedAuthenticator served(DeviceSpec device) {
        PrintWriter err = spec.commandLine().getErr();
        if (state == null) {
            return new ServedAuthenticator(SimulatedDevice.of(device), Duration.ofMillis(presenceDelayMillis),
                    Optional.empty(), false, err);
        }
        AuthenticatorSession session = AuthenticatorSession.open(state, device);
        return new ServedAuthenticator(session.device(), Duration.ofMillis(presenceDelayMillis), Optional.of(state),
                session.loaded(), err);
    }

    /** The carriers asked for, UDP on 127.0.0.1:8111 if none; an address that cannot be bound is bad input. */
    private List<Carrier> start(ServedAuthenticator served) {
        InetSocketAddress udpAt = udp == null && tcp == null
                ? new InetSocketAddress(InetAddress.getLoopbackAddress(), UdpCarrier.DEFAULT_PORT) : udp;
        List<Carrier> carriers = new ArrayList<>();
        try {
            if (udpAt != null) {
                carriers.add(bind("udp", udpAt, () -> UdpCarrier.start(udpAt, served)));
            }
            if (tcp != null) {
                carriers.add(bind("tcp", tcp, () -> TcpCarrier.start(tcp, served)));
            }
        } catch (CliException e) {
            carriers.forEach(Carrier::close);
            throw e;
        }
        return carriers;
    }

    private interface Binding {
        Carrier start() throws IOException;
    }

    private static Carrier bind(String carrier, InetSocketAddress at, Binding binding) {
        try {
            return binding.start();
        } catch (IOException e) {
            throw CliException.badInput("cannot listen on " + carrier + " " + hostPort(at) + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    private static String hostPort(InetSocketAddress at) {
        String host = at.getAddress().getHostAddress();
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + at.getPort();
    }
}
