package dev.passkeyharness.conformance.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.attestation.AttestationFormat;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.state.CredentialStateFile;
import dev.passkeyharness.conformance.ceremony.CeremonyRequest;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** register, login, ca and tamperings against stand-in seams. */
class AuthenticatorCommandsTest {

    @TempDir
    Path dir;

    private Path options;
    private Path state;

    @BeforeEach
    void files() throws Exception {
        options = dir.resolve("options.json");
        Files.writeString(options, "{\"challenge\":\"AAAA\",\"rp\":{\"id\":\"example.com\"}}");
        state = dir.resolve("state.json");
    }

    @Test
    void registerPrintsTheResponseAloneAndCreatesTheStateFile() throws Exception {
        FakeDrivers.Recording driver = new FakeDrivers.Recording();

        CliRunner.Result result = CliRunner.run(driver.context(), "authenticator", "register", "--options",
                options.toString(), "--origin", "https://example.com/", "--state", state.toString(), "--tamper",
                "clientData.challenge.flip", "--seed", "7");

        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        assertEquals("{\"type\":\"public-key\",\"id\":\"created\"}" + System.lineSeparator(), result.out());
        assertEquals("", result.err());
        CeremonyRequest request = driver.requests.get(0);
        assertEquals("https://example.com", request.origin());
        assertEquals(Files.readString(options), request.optionsJson());
        assertEquals(List.of(FakeDrivers.CHALLENGE), request.tamperings().tamperings());
        assertTrue(CredentialStateFile.read(state).isPresent());
    }

    @Test
    void algAndAttestationOverrideTheProfile() throws Exception {
        FakeDrivers.Recording driver = new FakeDrivers.Recording();

        CliRunner.Result result = CliRunner.run(driver.context(), "authenticator", "register", "--options",
                options.toString(), "--origin", "https://example.com", "--state", state.toString(), "--profile",
                "platform-synced", "--alg", "es256", "--attestation", "packed-self");

        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        var profile = driver.requests.get(0).authenticator().profile();
        assertEquals("platform-synced", profile.name());
        assertEquals(List.of(CoseAlgorithm.ES256), profile.algorithms());
        assertEquals(AttestationFormat.PACKED_SELF, profile.attestation());
    }

    @Test
    void loginContinuesFromTheSavedStateAndSavesItAgain() throws Exception {
        FakeDrivers.Recording driver = new FakeDrivers.Recording();
        CliRunner.run(driver.context(), "authenticator", "register", "--options", options.toString(), "--origin",
                "https://example.com", "--state", state.toString());
        var wrappingKey = CredentialStateFile.read(state).orElseThrow().state().wrappingKey();

        CliRunner.Result result = CliRunner.run(driver.context(), "authenticator", "login", "--options",
                options.toString(), "--origin", "https://example.com", "--state", state.toString());

        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        assertEquals("{\"type\":\"public-key\",\"id\":\"asserted\"}" + System.lineSeparator(), result.out());
        assertEquals(wrappingKey, driver.requests.get(1).authenticator().state().wrappingKey());
        assertEquals(wrappingKey, CredentialStateFile.read(state).orElseThrow().state().wrappingKey());
    }

    @Test
    void refusedCeremonyExitsWith1NamingTheDomExceptionAndLeavesTheStateFile() throws Exception {
        CliRunner.run(new FakeDrivers.Recording().context(), "authenticator", "register", "--options",
                options.toString(), "--origin", "https://example.com", "--state", state.toString());
        byte[] before = Files.readAllBytes(state);

        for (String command : List.of("register", "login")) {
            CliRunner.Result result = CliRunner.run(FakeDrivers.refusing("NotAllowedError"), "authenticator", command,
                    "--options", options.toString(), "--origin", "https://example.com", "--state", state.toString(),
                    "--user", "decline");

            assertEquals(ExitCodes.CHECK_FAILED, result.exitCode(), command);
            assertEquals("", result.out());
            assertEquals("passkey-harness: NotAllowedError: refused by the fake client" + System.lineSeparator(),
                    result.err());
            assertArrayEquals(before, Files.readAllBytes(state));
        }
    }

    @Test
    void securityErrorIsBadInput() {
        CliRunner.Result result = CliRunner.run(FakeDrivers.refusing("SecurityError"), "authenticator", "register",
                "--options", options.toString(), "--origin", "https://evil.example", "--state", state.toString());

        assertEquals(ExitCodes.BAD_INPUT, result.exitCode());
        assertTrue(result.err().startsWith("passkey-harness: SecurityError"), result.err());
        assertFalse(Files.exists(state));
    }

    @Test
    void tamperingsListsOneLinePerTampering() {
        CliRunner.Result result = CliRunner.run(FakeDrivers.unreachable(), "authenticator", "tamperings");

        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        List<String> lines = result.out().lines().toList();
        assertEquals(2, lines.size(), result.out());
        assertTrue(lines.get(0).matches("clientData\\.challenge\\.flip +clientData +WebAuthn L3 §7\\.1 step 8 +"
                + "Flips a bit of the challenge"), lines.get(0));
        assertTrue(lines.get(1).startsWith("signature.truncate "), lines.get(1));
        assertTrue(lines.get(1).contains(" signature "), lines.get(1));
    }

    @Test
    void caWritesRootAndIntermediatePemAndKeepsTheCaInTheStateFile() throws Exception {
        Path out = dir.resolve("pem");

        CliRunner.Result result = CliRunner.run(FakeDrivers.unreachable(), "authenticator", "ca", "--out",
                out.toString(), "--state", state.toString());

        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        X509Certificate root = pem(out.resolve("root.pem"));
        X509Certificate intermediate = pem(out.resolve("intermediate.pem"));
        root.verify(root.getPublicKey());
        intermediate.verify(root.getPublicKey());
        assertEquals(root.getSubjectX500Principal(), intermediate.getIssuerX500Principal());
        assertTrue(intermediate.getBasicConstraints() >= 0, "intermediate is a CA");
        assertTrue(Files.exists(state));

        Path again = dir.resolve("again");
        CliRunner.run(FakeDrivers.unreachable(), "authenticator", "ca", "--out", again.toString(), "--state",
                state.toString());
        assertArrayEquals(Files.readAllBytes(out.resolve("root.pem")), Files.readAllBytes(again.resolve("root.pem")));
    }

    @Test
    void helpExitsWith0() {
        CliRunner.Result result = CliRunner.run(FakeDrivers.unreachable(), "--help");
        assertEquals(ExitCodes.OK, result.exitCode());
        assertTrue(result.out().contains("authenticator"), result.out());
    }

    private static X509Certificate pem(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }
}
