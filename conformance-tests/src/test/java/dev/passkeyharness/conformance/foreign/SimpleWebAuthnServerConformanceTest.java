package dev.passkeyharness.conformance.foreign;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The catalogue against a conformance server on {@code @simplewebauthn/server} 14 (npm) with the library's defaults,
 * run by Node. Without Node or the fixture's installed packages the class is skipped, saying how to get them.
 */
class SimpleWebAuthnServerConformanceTest extends ForeignServerContract {

    private static final String INSTALL = "install Debian's nodejs and npm (apt-get install nodejs npm), then "
            + "npm ci --prefix conformance-tests/src/test/fixtures/simplewebauthn (.ci/run does both)";

    @Override
    protected String fixture() {
        return "simplewebauthn";
    }

    @Override
    protected ForeignServer start() {
        return start(Map.of());
    }

    /**
     * Starts the server, or skips the caller when Node or the packages are missing. {@code environment} may name a
     * PEM file in {@code ATTESTATION_ROOT_PEM}, whose certificates the server then trusts for every format.
     */
    static ForeignServer start(Map<String, String> environment) {
        return start("server.mjs", environment);
    }

    /** Starts {@code script} of the fixture folder (as {@link #start(Map)}). */
    static ForeignServer start(String script, Map<String, String> environment) {
        Path directory = FIXTURES.resolve("simplewebauthn");
        Assumptions.assumeTrue(nodeRuns(), "SimpleWebAuthn server skipped: no node on the PATH; " + INSTALL);
        Assumptions.assumeTrue(Files.isDirectory(directory.resolve("node_modules/@simplewebauthn/server")),
                "SimpleWebAuthn server skipped: its npm packages are not installed; " + INSTALL);
        return ForeignServer.start("SimpleWebAuthn", directory, List.of("node", script), environment);
    }

    private static boolean nodeRuns() {
        try {
            Process node = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            node.getInputStream().readAllBytes();
            return node.waitFor(30, TimeUnit.SECONDS) && node.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
