package dev.passkeyharness.authenticator.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.ctap.Ctap2Authenticator;
import dev.passkeyharness.authenticator.hid.Ctap2Port;
import dev.passkeyharness.authenticator.tamper.TamperSet;
import dev.passkeyharness.authenticator.tamper.Tamperings;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * python-fido2, a real client, judges the authenticator over each carrier: CTAPHID INIT, PING, WINK, getInfo,
 * makeCredential with its attestation verified up to the simulator's root, getAssertion with its signature verified,
 * and Fido2Client against Fido2Server from options to verified responses.
 */
class PythonFido2ClientTest {

    private static final List<String> STEPS = List.of("ok init", "ok ping wink", "ok get_info",
            "ok make_credential fmt=packed attestation=BASIC", "ok get_assertion", "ok unknown command refused",
            "ok Fido2Client make_credential verified by Fido2Server",
            "ok Fido2Client get_assertion verified by Fido2Server", "ALL OK");

    @TempDir
    Path dir;

    @BeforeEach
    void python() throws Exception {
        PythonFido2.assumeInstalled();
    }

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"udp", "tcp"})
    void registersAndAuthenticates(String carrier) throws Exception {
        PythonFido2.Run run = runClient(carrier, Ctap2Authenticator.builder().seed(41).build());
        System.out.print("python-fido2 over " + carrier + ":\n" + run.output());
        assertEquals(0, run.exitCode(), run.output());
        for (String step : STEPS) {
            assertTrue(run.output().contains(step), () -> "missing '" + step + "' in\n" + run.output());
        }
    }

    /** The client is no rubber stamp: a zeroed signature makes it fail. */
    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"udp", "tcp"})
    void refusesAWrongSignature(String carrier) throws Exception {
        Ctap2Authenticator tampered = Ctap2Authenticator.builder().seed(42)
                .tamperings(TamperSet.of(Tamperings.byName("signature.zeroed").orElseThrow())).build();
        PythonFido2.Run run = runClient(carrier, tampered);
        System.out.print("python-fido2 over " + carrier + ", signatures zeroed:\n" + run.output());
        assertNotEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("ok get_info"), run.output());
        assertTrue(run.output().contains("InvalidSignature"), run.output());
        assertTrue(!run.output().contains("ALL OK"), run.output());
    }

    private PythonFido2.Run runClient(String carrier, Ctap2Authenticator authenticator) throws Exception {
        Path root = dir.resolve("attestation-root.der");
        Files.write(root, authenticator.attestationCa().rootCertificate().toByteArray());
        InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        Ctap2Port port = Ctap2Port.of(authenticator);
        try (Carrier running = carrier.equals("udp") ? UdpCarrier.start(loopback, port) : TcpCarrier.start(loopback, port)) {
            InetSocketAddress at = running.localAddress();
            return PythonFido2.client(dir, carrier, at.getAddress().getHostAddress(), at.getPort(), root);
        }
    }
}
