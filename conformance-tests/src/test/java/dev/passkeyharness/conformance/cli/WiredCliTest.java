package dev.passkeyharness.conformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.state.CredentialStateFile;
import dev.passkeyharness.authenticator.store.StoredCredential;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CLI with the real seams (CliContext.standard()): the WebAuthn client and the tampering catalogue.
 */
class WiredCliTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void registerThenLoginThroughTheStateFile() throws Exception {
        Path state = dir.resolve("state.json");
        Path creation = dir.resolve("creation.json");
        Files.writeString(creation, """
                {"rp":{"id":"example.com","name":"Example"},
                 "user":{"id":"dXNlci0x","name":"alice@example.com","displayName":"Alice"},
                 "challenge":"Y2hhbGxlbmdlLWNoYWxsZW5nZS1jaGFsbGVuZ2UtMQ",
                 "pubKeyCredParams":[{"type":"public-key","alg":-7}],
                 "authenticatorSelection":{"residentKey":"required","userVerification":"preferred"},
                 "attestation":"direct"}
                """);

        CliRunner.Result registered = CliRunner.run(CliContext.standard(), "authenticator", "register", "--options",
                creation.toString(), "--origin", "https://example.com", "--state", state.toString(), "--seed", "1");

        assertEquals(ExitCodes.OK, registered.exitCode(), registered.err());
        JsonNode registration = JSON.readTree(registered.out());
        String credentialId = registration.get("id").stringValue();
        List<StoredCredential> saved = CredentialStateFile.read(state).orElseThrow().state().store().all();
        assertEquals(1, saved.size());
        assertEquals(credentialId, saved.get(0).credentialId().base64Url());
        long countAfterRegistration = saved.get(0).signCount();

        Path request = dir.resolve("request.json");
        Files.writeString(request, """
                {"rpId":"example.com","challenge":"Y2hhbGxlbmdlLWNoYWxsZW5nZS1jaGFsbGVuZ2UtMg",
                 "allowCredentials":[],"userVerification":"preferred"}
                """);
        CliRunner.Result loggedIn = CliRunner.run(CliContext.standard(), "authenticator", "login", "--options",
                request.toString(), "--origin", "https://example.com", "--state", state.toString());

        assertEquals(ExitCodes.OK, loggedIn.exitCode(), loggedIn.err());
        assertEquals(credentialId, JSON.readTree(loggedIn.out()).get("id").stringValue());
        long countAfterLogin = CredentialStateFile.read(state).orElseThrow().state().store().all().get(0).signCount();
        assertTrue(countAfterLogin > countAfterRegistration, countAfterRegistration + " -> " + countAfterLogin);
    }

    @Test
    void originNotMatchingTheRpIdIsASecurityErrorAndBadInput() throws Exception {
        Path creation = dir.resolve("creation.json");
        Files.writeString(creation, """
                {"rp":{"id":"example.com","name":"Example"},
                 "user":{"id":"dXNlci0x","name":"alice","displayName":"Alice"},
                 "challenge":"Y2hhbGxlbmdlLWNoYWxsZW5nZS1jaGFsbGVuZ2UtMQ",
                 "pubKeyCredParams":[{"type":"public-key","alg":-7}]}
                """);
        CliRunner.Result result = CliRunner.run(CliContext.standard(), "authenticator", "register", "--options",
                creation.toString(), "--origin", "https://evil.example", "--state", dir.resolve("s.json").toString());

        assertEquals(ExitCodes.BAD_INPUT, result.exitCode(), result.err());
        assertTrue(result.err().startsWith("passkey-harness: SecurityError: RP ID"), result.err());
    }

    @Test
    void tamperingsListsTheWholeCatalogue() {
        CliRunner.Result result = CliRunner.run(CliContext.standard(), "authenticator", "tamperings");

        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        List<String> lines = result.out().lines().toList();
        assertFalse(lines.isEmpty());
        for (String line : lines) {
            assertTrue(line.matches("(clientData|authData|signature|attStmt|encoding)\\.\\S+ +\\S+ +.+"), line);
        }
    }

    @Test
    void runPassesEveryCombination() {
        CliRunner.Result result = CliRunner.run(CliContext.standard(), "run", "--self-test", "--seed", "5");

        assertEquals(ExitCodes.OK, result.exitCode(), result.out());
        assertTrue(result.out().lines().filter(l -> !l.contains("combinations")).allMatch(l -> l.startsWith("PASS ")),
                result.out());
    }
}
