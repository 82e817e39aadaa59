package dev.passkeyharness.authenticator.transport;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's python3 with python-fido2, run on the client script shipped with the tests (in the test-jar too, for the
 * CLI's tests) with {@code tools/ctaphid_socket.py} of the source tree on its path.
 */
public final class PythonFido2 {

    /** Debian's python by default; the system property {@code fido2.python} names another. */
    public static final Path PYTHON = Path.of(System.getProperty("fido2.python", "/usr/bin/python3"));
    private static final String SCRIPT = "fido2_client.py";
    private static final long TIMEOUT_SECONDS = 120;
    /** The connection classes users import too; tests run in a module directory, one below the root. */
    private static final Path TOOLS = Path.of("..", "tools").toAbsolutePath().normalize();

    private PythonFido2() {
    }

    /** What the script printed and how it ended. */
    public record Run(int exitCode, String output) {
    }

    private static Boolean installed;

    /** Skips the calling test, saying how to install the client, when python-fido2 is not there. */
    public static synchronized void assumeInstalled() throws Exception {
        if (installed == null) {
            installed = Files.isExecutable(PYTHON)
                    && run(List.of(PYTHON.toString(), "-c", "import fido2.hid, fido2.client, fido2.server")).exitCode() == 0;
        }
        Assumptions.assumeTrue(installed, PYTHON + " cannot import fido2: apt-get install python3-fido2");
    }

    static Run client(Path dir, String carrier, String host, int port, Path attestationRoot) throws Exception {
        return script(dir, List.of(carrier, host, Integer.toString(port), attestationRoot.toString()));
    }

    /** The client script with {@code arguments} (see its usage), copied into {@code dir} first. */
    public static Run script(Path dir, List<String> arguments) throws Exception {
        Path script = dir.resolve(SCRIPT);
        if (!Files.exists(script)) {
            try (InputStream in = PythonFido2.class.getResourceAsStream(SCRIPT)) {
                assertTrue(in != null, "the test resource " + SCRIPT + " is missing");
                Files.copy(in, script);
            }
        }
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(), script.toString()));
        command.addAll(arguments);
        return run(command);
    }

    private static Run run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PYTHONPATH", TOOLS.toString());
        Process process = builder.start();
        process.getOutputStream().close();
        byte[][] output = new byte[1][];
        Thread reader = new Thread(() -> {
            try {
                output[0] = process.getInputStream().readAllBytes();
            } catch (IOException e) {
                output[0] = ("reading the output failed: " + e).getBytes(StandardCharsets.UTF_8);
            }
        });
        reader.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            reader.join(1000);
            return new Run(-1, "timed out after " + TIMEOUT_SECONDS + " s\n" + text(output[0]));
        }
        reader.join();
        return new Run(process.exitValue(), text(output[0]));
    }

    private static String text(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }
}
