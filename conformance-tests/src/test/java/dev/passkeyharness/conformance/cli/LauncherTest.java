package dev.passkeyharness.conformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher script refuses a JVM it cannot use before building anything: one line on stderr, exit 2. */
class LauncherTest {

    private static final Path LAUNCHER = Path.of("..", "passkey-harness").toAbsolutePath().normalize();

    @Test
    void aJavaHomeWithoutJavaIsNamed(@TempDir Path empty) throws Exception {
        Result result = launch(empty);

        assertEquals(2, result.exit());
        assertTrue(result.stderr().contains("no java at '" + empty + "/bin/java'"), result.stderr());
    }

    @Test
    void aJavaOlderThan17IsRefused(@TempDir Path jdk8) throws Exception {
        Path bin = Files.createDirectories(jdk8.resolve("bin"));
        Path java = Files.writeString(bin.resolve("java"), "#!/bin/sh\nexit 0\n");
        assertTrue(java.toFile().setExecutable(true));
        Files.writeString(jdk8.resolve("release"), "JAVA_VERSION=\"1.8.0_402\"\n");

        Result result = launch(jdk8);

        assertEquals(2, result.exit());
        assertTrue(result.stderr().contains("needs Java 17 or later"), result.stderr());
    }

    private record Result(int exit, String stderr) {
    }

    private static Result launch(Path javaHome) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", LAUNCHER.toString(), "list");
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), stderr);
    }
}
