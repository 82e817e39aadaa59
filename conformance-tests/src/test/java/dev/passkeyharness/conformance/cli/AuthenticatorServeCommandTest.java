package dev.passkeyharness.conformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.state.CredentialStateFile;
import dev.passkeyharness.authenticator.state.SavedAuthenticator;
import dev.passkeyharness.authenticator.store.StoredCredential;
import dev.passkeyharness.authenticator.transport.PythonFido2;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code authenticator serve} as a user runs it, in its own JVM, judged by python-fido2 over real loopback sockets:
 * credentials and counters kept in the state file across a stop and a restart.
 */
class AuthenticatorServeCommandTest {

    private static final Pattern MADE = Pattern.compile(
            "ok make_credential credential=(\\p{XDigit}+) public_key=(\\p{XDigit}+) counter=(\\d+) keepalive=(\\w+)");
    private static final Pattern ASSERTED = Pattern.compile("ok get_assertion counter=(\\d+) keepalive=(\\w+)");

    @TempDir
    Path dir;

    private record Credential(String id, String publicKey) {
    }

    @BeforeEach
    void python() throws Exception {
        PythonFido2.assumeInstalled();
    }

    @ParameterizedTest(name = "over {0}")
    @ValueSource(strings = {"udp", "tcp"})
    void keepsCredentialAndCounterInTheStateFileAcrossARestart(String carrier) throws Exception {
        Path state = dir.resolve("state.json");
        Credential credential;
        int counter;
        try (ServeProcess serve = ServeProcess.start(dir, List.of(carrier), "--" + carrier, "0", "--state",
                state.toString())) {
            credential = makeCredential(carrier, serve.port(carrier));
            counter = getAssertion(carrier, serve.port(carrier), credential);

            StoredCredential saved = onlyCredential(state);
            assertEquals(credential.id(), saved.credentialId().hex());
            assertEquals(counter, saved.signCount(), "the state file follows the counter without a stop");
            assertEquals(ExitCodes.OK, serve.stop("TERM"), serve.stderr());
        }
        assertEquals(counter, onlyCredential(state).signCount(), "intact after SIGTERM");

        try (ServeProcess again = ServeProcess.start(dir, List.of(carrier), "--" + carrier, "0", "--state",
                state.toString())) {
            int next = getAssertion(carrier, again.port(carrier), credential);
            assertTrue(next > counter, "counter " + next + " after " + counter);
            assertEquals(next, onlyCredential(state).signCount());
            assertEquals(ExitCodes.OK, again.stop("INT"), again.stderr());
        }
    }

    @Test
    void oneDeviceBehindBothCarriers() throws Exception {
        try (ServeProcess serve = ServeProcess.start(dir, List.of("udp", "tcp"), "--udp", "0", "--tcp", "0")) {
            Credential credential = makeCredential("udp", serve.port("udp"));
            assertTrue(getAssertion("tcp", serve.port("tcp"), credential) > 0);
            assertEquals(ExitCodes.OK, serve.stop("INT"), serve.stderr());
        }
    }

    /** The client gives up after 0.4 s without a report: only keepalives carry it through the 1.5 s touch. */
    @Test
    void keepalivesWhileThePersonTakesTimeToTouch() throws Exception {
        try (ServeProcess serve = ServeProcess.start(dir, List.of("udp"), "--udp", "0", "--presence-delay", "1500")) {
            long start = System.nanoTime();
            PythonFido2.Run run = client("make-credential", "udp", serve.port("udp"), "--timeout", "0.4");
            long millis = (System.nanoTime() - start) / 1_000_000;
            Matcher made = MADE.matcher(run.output());
            assertTrue(run.exitCode() == 0 && made.find(), run.output());
            assertEquals("PROCESSING", made.group(4), run.output());
            assertTrue(millis >= 1500, "answered after " + millis + " ms");
            assertEquals(ExitCodes.OK, serve.stop("TERM"), serve.stderr());
        }
    }

    @Test
    void aDecliningPersonMeansOperationDenied() throws Exception {
        try (ServeProcess serve = ServeProcess.start(dir, List.of("tcp"), "--tcp", "0", "--user", "decline")) {
            PythonFido2.Run run = client("make-credential", "tcp", serve.port("tcp"));
            assertEquals(3, run.exitCode(), run.output());
            assertTrue(run.output().contains("refused OPERATION_DENIED"), run.output());
            assertEquals(ExitCodes.OK, serve.stop("TERM"), serve.stderr());
        }
    }

    @Test
    void aUdpPortInUseIsBadInput() throws Exception {
        try (DatagramSocket taken = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            assertRefused("cannot listen on udp 127.0.0.1:" + taken.getLocalPort(), "--udp",
                    Integer.toString(taken.getLocalPort()));
        }
    }

    @Test
    void aTcpPortInUseIsBadInput() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertRefused("cannot listen on tcp 127.0.0.1:" + taken.getLocalPort(), "--udp", "0", "--tcp",
                    Integer.toString(taken.getLocalPort()));
        }
    }

    private void assertRefused(String expected, String... args) {
        String[] command = new String[args.length + 2];
        command[0] = "authenticator";
        command[1] = "serve";
        System.arraycopy(args, 0, command, 2, args.length);
        CliRunner.Result result = CliRunner.run(CliContext.standard(), command);
        assertEquals(ExitCodes.BAD_INPUT, result.exitCode(), result.err());
        assertEquals("", result.out());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().contains(expected), result.err());
    }

    private Credential makeCredential(String carrier, int port) throws Exception {
        PythonFido2.Run run = client("make-credential", carrier, port);
        Matcher made = MADE.matcher(run.output());
        assertTrue(run.exitCode() == 0 && made.find(), run.output());
        return new Credential(made.group(1), made.group(2));
    }

    private int getAssertion(String carrier, int port, Credential credential) throws Exception {
        PythonFido2.Run run = client("get-assertion", carrier, port, credential.id(), credential.publicKey());
        Matcher asserted = ASSERTED.matcher(run.output());
        assertTrue(run.exitCode() == 0 && asserted.find(), run.output());
        return Integer.parseInt(asserted.group(1));
    }

    private PythonFido2.Run client(String step, String carrier, int port, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of(step, carrier, "127.0.0.1", Integer.toString(port)));
        args.addAll(List.of(more));
        return PythonFido2.script(dir, args);
    }

    private static StoredCredential onlyCredential(Path state) throws Exception {
        assertTrue(Files.exists(state), "state file written");
        SavedAuthenticator saved = CredentialStateFile.read(state).orElseThrow();
        List<StoredCredential> all = List.copyOf(saved.state().store().all());
        assertEquals(1, all.size(), "credentials: " + all);
        return all.get(0);
    }
}
