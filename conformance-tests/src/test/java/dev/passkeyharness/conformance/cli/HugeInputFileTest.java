package dev.passkeyharness.conformance.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file the user names, given as /dev/zero (endless, and 0 bytes long to {@code Files.size}): exit 2, one line
 * naming the file and the cap, no stack trace, and an existing state file left as it was.
 */
class HugeInputFileTest {

    private static final String ZERO = "/dev/zero";

    @TempDir
    static Path dir;

    private static Path state;
    private static byte[] stateBefore;

    @BeforeAll
    static void needsDevZero() {
        assumeTrue(Files.isReadable(Path.of(ZERO)), "needs /dev/zero");
    }

    @BeforeEach
    void files() throws IOException {
        Files.writeString(dir.resolve("options.json"), AuthenticatorCommandsTest.CREATION_OPTIONS);
        state = dir.resolve("state.json");
        if (!Files.exists(state)) {
            CliRunner.Result made = CliRunner.run(CliContext.standard(), "authenticator", "register",
                    "--options", dir.resolve("options.json").toString(), "--origin", "https://example.com", "--state",
                    state.toString());
            assertEquals(ExitCodes.OK, made.exitCode(), made.err());
            stateBefore = Files.readAllBytes(state);
        }
    }

    static Stream<Arguments> hugeFiles() {
        return Stream.of(
                huge("options file", "options file /dev/zero: larger than 16 MiB", "authenticator", "register",
                        "--options", ZERO, "--origin", "https://example.com", "--state", "@state.json"),
                huge("state file (register)", "state file /dev/zero: larger than 16 MiB", "authenticator", "register",
                        "--options", "@options.json", "--origin", "https://example.com", "--state", ZERO),
                huge("state file (login)", "state file /dev/zero: larger than 16 MiB", "authenticator", "login",
                        "--options", "@options.json", "--origin", "https://example.com", "--state", ZERO),
                huge("state file (run --target)", "state file /dev/zero: larger than 16 MiB", "run", "--target",
                        "http://127.0.0.1:1", "--state", ZERO),
                huge("transcript", "/dev/zero: larger than 16 MiB", "replay", ZERO),
                huge("scenario file", "catalogue file /dev/zero: larger than 16 MiB", "run", "--scenario", ZERO),
                huge("selectors file", "--selectors: cannot read catalogue file /dev/zero: larger than 16 MiB", "run",
                        "--browser", "--selectors", ZERO));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hugeFiles")
    void refusedWithExitCode2AndOneLine(String label, String expected, List<String> args) throws IOException {
        CliRunner.Result result = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> CliRunner.run(CliContext.standard(), CliRunner.inDir(dir, args)));

        assertEquals(ExitCodes.BAD_INPUT, result.exitCode(), result.err());
        assertEquals("", result.out());
        String err = result.err();
        assertEquals(1, err.lines().count(), "one line: " + err);
        assertTrue(err.startsWith("passkey-harness: "), err);
        assertTrue(err.contains(expected), "expected '" + expected + "' in: " + err);
        assertFalse(err.contains("Exception") || err.contains("Error") || err.contains("\tat "), "no stack trace: " + err);
        assertArrayEquals(stateBefore, Files.readAllBytes(state), "the stored state is untouched");
    }

    private static Arguments huge(String label, String expected, String... args) {
        return Arguments.of(label, expected, List.of(args));
    }
}
