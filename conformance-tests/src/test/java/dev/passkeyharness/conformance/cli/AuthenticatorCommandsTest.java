package dev.passkeyharness.conformance.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.state.CredentialStateFile;
import dev.passkeyharness.authenticator.store.StoredCredential;
import dev.passkeyharness.authenticator.tamper.Tampering;
import dev.passkeyharness.authenticator.tamper.Tamperings;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** register, login, ca and tamperings with the real simulated device and client. */
class AuthenticatorCommandsTest {

    static final String CHALLENGE = "Y2hhbGxlbmdlLWNoYWxsZW5nZS1jaGFsbGVuZ2UtMQ";

    /** Creation options for example.com offering ES256, as an RP's JSON API sends them. */
    static final String CREATION_OPTIONS = """
            {"rp":{"id":"example.com","name":"Example"},
             "user":{"id":"dXNlci0x","name":"alice@example.com","displayName":"Alice"},
             "challenge":"%s",
             "pubKeyCredParams":[{"type":"public-key","alg":-7},{"type":"public-key","alg":-257}],
             "attestation":"direct"}
            """.formatted(CHALLENGE);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private Path options;
    private Path request;
    private Path state;

    @BeforeEach
    void files() throws Exception {
        options = dir.resolve("options.json");
        Files.writeString(options, CREATION_OPTIONS);
        request = dir.resolve("request.json");
        state = dir.resolve("state.json");
    }

    @Test
    void registerPrintsTheResponseAloneAndCreatesTheStateFile() throws Exception {
        CliRunner.Result result = CliRunner.run(CliContext.standard(), "authenticator", "register", "--options",
                options.toString(), "--origin", "https://example.com/", "--state", state.toString(), "--tamper",
                "clientData.challenge.wrong", "--seed", "7");

        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        assertEquals(1, result.out().lines().count(), result.out());
        assertEquals("", result.err());
        JsonNode response = JSON.readTree(result.out());
        assertEquals("public-key", response.path("type").asString());
        JsonNode clientData = clientData(response);
        assertEquals("https://example.com", clientData.path("origin").asString());
        assertNotEquals(CHALLENGE, clientData.path("challenge").asString(), "the --tamper applied at the client");
        List<StoredCredential> saved = CredentialStateFile.read(state).orElseThrow().state().store().all();
        assertEquals(List.of(response.path("id").asString()), saved.stream().map(c -> c.credentialId().base64Url()).toList());
        assertEquals("example.com", saved.get(0).rpId());
    }

    @Test
    void algAndAttestationOverrideTheProfile() throws Exception {
        CliRunner.Result result = CliRunner.run(CliContext.standard(), "authenticator", "register", "--options",
                options.toString(), "--origin", "https://example.com", "--state", state.toString(), "--profile",
                "platform-synced", "--alg", "es256", "--attestation", "packed-self");

        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        JsonNode response = JSON.readTree(result.out());
        co.nstant.in.cbor.model.Map attestationObject = (co.nstant.in.cbor.model.Map) Cbor.decode(Bytes.fromBase64Url(
                response.at("/response/attestationObject").asString()).toByteArray());
        assertEquals(Cbor.text("packed"), attestationObject.get(Cbor.text("fmt")));
        co.nstant.in.cbor.model.Map attStmt = (co.nstant.in.cbor.model.Map) attestationObject.get(Cbor.text("attStmt"));
        assertFalse(attStmt.getKeys().contains(Cbor.text("x5c")), "packed-self: no certificate chain");
        StoredCredential saved = CredentialStateFile.read(state).orElseThrow().state().store().all().get(0);
        assertEquals(CoseAlgorithm.ES256, saved.alg());
        assertTrue(saved.backupEligible() && saved.backupState(), "platform-synced: a backed-up passkey");
    }

    @Test
    void loginContinuesFromTheSavedStateAndSavesItAgain() throws Exception {
        CliRunner.Result registered = CliRunner.run(CliContext.standard(), "authenticator", "register", "--options",
                options.toString(), "--origin", "https://example.com", "--state", state.toString());
        String credentialId = JSON.readTree(registered.out()).path("id").asString();
        var wrappingKey = CredentialStateFile.read(state).orElseThrow().state().wrappingKey();
        writeRequest(credentialId);

        CliRunner.Result result = CliRunner.run(CliContext.standard(), "authenticator", "login", "--options",
                request.toString(), "--origin", "https://example.com", "--state", state.toString());

        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        assertEquals(1, result.out().lines().count(), result.out());
        JsonNode assertion = JSON.readTree(result.out());
        assertEquals(credentialId, assertion.path("id").asString(), "signed with the credential the state file kept");
        assertEquals("webauthn.get", clientData(assertion).path("type").asString());
        assertEquals(wrappingKey, CredentialStateFile.read(state).orElseThrow().state().wrappingKey());
    }

    @Test
    void refusedCeremonyExitsWith1NamingTheDomExceptionAndLeavesTheStateFile() throws Exception {
        CliRunner.Result registered = CliRunner.run(CliContext.standard(), "authenticator", "register", "--options",
                options.toString(), "--origin", "https://example.com", "--state", state.toString());
        writeRequest(JSON.readTree(registered.out()).path("id").asString());
        byte[] before = Files.readAllBytes(state);

        for (List<String> command : List.of(List.of("register", options.toString()),
                List.of("login", request.toString()))) {
            CliRunner.Result result = CliRunner.run(CliContext.standard(), "authenticator", command.get(0),
                    "--options", command.get(1), "--origin", "https://example.com", "--state", state.toString(),
                    "--user", "decline");

            assertEquals(ExitCodes.CHECK_FAILED, result.exitCode(), command + ": " + result.err());
            assertEquals("", result.out());
            assertTrue(result.err().startsWith("passkey-harness: NotAllowedError: "), result.err());
            assertEquals(1, result.err().lines().count(), result.err());
            assertArrayEquals(before, Files.readAllBytes(state));
        }
    }

    @Test
    void securityErrorIsBadInput() {
        CliRunner.Result result = CliRunner.run(CliContext.standard(), "authenticator", "register",
                "--options", options.toString(), "--origin", "https://evil.example", "--state", state.toString());

        assertEquals(ExitCodes.BAD_INPUT, result.exitCode());
        assertTrue(result.err().startsWith("passkey-harness: SecurityError"), result.err());
        assertFalse(Files.exists(state));
    }

    @Test
    void tamperingsListsOneLinePerTampering() {
        CliRunner.Result result = CliRunner.run(CliContext.standard(), "authenticator", "tamperings");

        assertEquals(ExitCodes.OK, result.exitCode(), result.err());
        List<String> lines = result.out().lines().toList();
        List<Tampering> all = Tamperings.all();
        assertEquals(all.size(), lines.size(), result.out());
        for (int i = 0; i < all.size(); i++) {
            Tampering t = all.get(i);
            assertTrue(lines.get(i).matches(Pattern.quote(t.name()) + " +" + Pattern.quote(t.stage().prefix()) + " +"
                    + Pattern.quote(t.specRef()) + " +" + Pattern.quote(t.description())), lines.get(i));
        }
    }

    @Test
    void caWritesRootAndIntermediatePemAndKeepsTheCaInTheStateFile() throws Exception {
        Path out = dir.resolve("pem");

        CliRunner.Result result = CliRunner.run(CliContext.standard(), "authenticator", "ca", "--out",
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
        CliRunner.run(CliContext.standard(), "authenticator", "ca", "--out", again.toString(), "--state",
                state.toString());
        assertArrayEquals(Files.readAllBytes(out.resolve("root.pem")), Files.readAllBytes(again.resolve("root.pem")));
    }

    @Test
    void helpExitsWith0() {
        CliRunner.Result result = CliRunner.run(CliContext.standard(), "--help");
        assertEquals(ExitCodes.OK, result.exitCode());
        assertTrue(result.out().contains("authenticator"), result.out());
    }

    private void writeRequest(String credentialId) throws Exception {
        Files.writeString(request, """
                {"rpId":"example.com","challenge":"Y2hhbGxlbmdlLWNoYWxsZW5nZS1jaGFsbGVuZ2UtMg",
                 "allowCredentials":[{"type":"public-key","id":"%s"}],"userVerification":"preferred"}
                """.formatted(credentialId));
    }

    private static JsonNode clientData(JsonNode response) {
        return JSON.readTree(new String(Bytes.fromBase64Url(response.at("/response/clientDataJSON").asString())
                .toByteArray(), StandardCharsets.UTF_8));
    }

    private static X509Certificate pem(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }
}
