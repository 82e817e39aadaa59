package dev.passkeyharness.authenticator.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.attestation.AttestationCa;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.crypto.DeterministicRandom;
import dev.passkeyharness.authenticator.crypto.KeyPairGeneration;
import dev.passkeyharness.authenticator.ctap.AuthenticatorState;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.store.CredentialStore;
import dev.passkeyharness.authenticator.store.StoredCredential;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class CredentialStateFileTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final SavedAuthenticator SAMPLE = sample();

    @TempDir
    Path dir;

    private static SavedAuthenticator sample() {
        DeterministicRandom random = new DeterministicRandom(42, "state-file-test");
        CredentialStore store = new CredentialStore();
        store.add(new StoredCredential(Bytes.fromHex("0102030405"), "example.com", Bytes.fromHex("aabb"), "alice",
                "Alice", CoseAlgorithm.ES256, KeyPairGeneration.generate(CoseAlgorithm.ES256, random).pkcs8(), 7,
                true, true, true, Bytes.fromHex("7068682d736563757269747979796b65")));
        store.add(new StoredCredential(Bytes.fromHex("0607"), "login.example.org", null, null, null,
                CoseAlgorithm.EDDSA, KeyPairGeneration.generate(CoseAlgorithm.EDDSA, random).pkcs8(), 0xFFFFFFFFL,
                false, false, false, Bytes.of(new byte[16])));
        byte[] wrappingKey = new byte[32];
        random.nextBytes(wrappingKey);
        return new SavedAuthenticator(new AuthenticatorState(store, Bytes.of(wrappingKey), 12),
                AttestationCa.create(random, CLOCK));
    }

    @Test
    void roundTripKeepsEveryField() throws Exception {
        Path file = dir.resolve("state.json");
        CredentialStateFile.write(file, SAMPLE);
        SavedAuthenticator back = CredentialStateFile.read(file).orElseThrow();

        assertEquals(SAMPLE.state().store().all(), back.state().store().all());
        assertEquals(SAMPLE.state().wrappingKey(), back.state().wrappingKey());
        assertEquals(SAMPLE.state().globalSignCount(), back.state().globalSignCount());
        assertEquals(SAMPLE.attestationCa().state(), back.attestationCa().state());
        assertEquals(CredentialStateFile.format(SAMPLE), Files.readString(file));
    }

    @Test
    void writtenFileHasTheDocumentedShape() {
        JsonNode root = JSON.readTree(CredentialStateFile.format(SAMPLE));
        assertEquals(1, root.get("version").intValue());
        JsonNode first = root.get("credentials").get(0);
        assertEquals("ES256", first.get("alg").stringValue());
        assertEquals("AQIDBAU", first.get("credentialId").stringValue());
        assertEquals(7, first.get("signCount").longValue());
        assertTrue(first.get("discoverable").booleanValue());
        assertEquals("EdDSA", root.get("credentials").get(1).get("alg").stringValue());
        assertTrue(root.get("credentials").get(1).get("userHandle").isNull());
        assertTrue(root.get("attestationCa").has("intermediateCertificate"));
    }

    @Test
    void missingFileMeansAFreshAuthenticator() throws Exception {
        assertTrue(CredentialStateFile.read(dir.resolve("absent.json")).isEmpty());
    }

    @Test
    void writeCreatesMissingParentDirectories() throws Exception {
        Path file = dir.resolve("a/b/state.json");
        CredentialStateFile.write(file, SAMPLE);
        assertTrue(CredentialStateFile.read(file).isPresent());
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("not JSON", raw("{\"version\":1,"), null),
                Arguments.of("trailing content", raw(CredentialStateFile.format(SAMPLE) + "{}"), null),
                Arguments.of("empty file", raw(""), "(top level)"),
                Arguments.of("top level not an object", raw("[]"), "(top level)"),
                Arguments.of("duplicate key", raw("{\"version\":1,\"version\":1}"), null),
                Arguments.of("unknown field", edit(r -> r.put("colour", "blue")), "colour"),
                Arguments.of("unsupported version", edit(r -> r.put("version", 2)), "version"),
                Arguments.of("version as string", edit(r -> r.put("version", "1")), "version"),
                Arguments.of("missing wrappingKey", edit(r -> r.remove("wrappingKey")), "wrappingKey"),
                Arguments.of("short wrappingKey", edit(r -> r.put("wrappingKey", "AAAA")), "wrappingKey"),
                Arguments.of("globalSignCount negative", edit(r -> r.put("globalSignCount", -1)), "globalSignCount"),
                Arguments.of("globalSignCount too large", edit(r -> r.put("globalSignCount", 1L << 32)), "globalSignCount"),
                Arguments.of("globalSignCount fractional", edit(r -> r.put("globalSignCount", 1.5)), "globalSignCount"),
                Arguments.of("credentials not an array", edit(r -> r.put("credentials", "none")), "credentials"),
                Arguments.of("credential not an object", edit(r -> credentials(r).set(0, JSON.getNodeFactory().numberNode(3))),
                        "credentials[0]"),
                Arguments.of("unknown alg", editCredential(c -> c.put("alg", "ES999")), "credentials[0].alg"),
                Arguments.of("alg as number", editCredential(c -> c.put("alg", -7)), "credentials[0].alg"),
                Arguments.of("bad base64url credentialId", editCredential(c -> c.put("credentialId", "a+b/")),
                        "credentials[0].credentialId"),
                Arguments.of("empty credentialId", editCredential(c -> c.put("credentialId", "")),
                        "credentials[0].credentialId"),
                Arguments.of("missing rpId", editCredential(c -> c.remove("rpId")), "credentials[0].rpId"),
                Arguments.of("privateKey not PKCS#8", editCredential(c -> c.put("privateKey", "AAECAw")),
                        "credentials[0].privateKey"),
                Arguments.of("privateKey of another algorithm", editCredential(c -> c.put("alg", "RS256")),
                        "credentials[0].privateKey"),
                Arguments.of("signCount as string", editCredential(c -> c.put("signCount", "7")), "credentials[0].signCount"),
                Arguments.of("discoverable as string", editCredential(c -> c.put("discoverable", "yes")),
                        "credentials[0].discoverable"),
                Arguments.of("discoverable without userHandle", editCredential(c -> c.putNull("userHandle")),
                        "credentials[0].userHandle"),
                Arguments.of("short aaguid", editCredential(c -> c.put("aaguid", "AAAA")), "credentials[0].aaguid"),
                Arguments.of("unknown credential field", editCredential(c -> c.put("pin", "1234")), "credentials[0].pin"),
                Arguments.of("duplicate credential", edit(r -> credentials(r).add(credentials(r).get(0).deepCopy())),
                        "credentials[2].credentialId"),
                Arguments.of("missing attestationCa", edit(r -> r.remove("attestationCa")), "attestationCa"),
                Arguments.of("CA key does not match certificate", edit(r -> {
                    ObjectNode ca = (ObjectNode) r.get("attestationCa");
                    ca.put("rootPrivateKey", ca.get("intermediatePrivateKey").stringValue());
                }), "attestationCa"),
                Arguments.of("CA certificate not base64url", edit(r -> ((ObjectNode) r.get("attestationCa"))
                        .put("rootCertificate", "!!")), "attestationCa.rootCertificate"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformedFilesAreRefusedNamingTheFieldAndLeftIntact(String label, String content, String field)
            throws IOException {
        Path file = dir.resolve("state.json");
        Files.writeString(file, content);

        StateFileException e = assertThrows(StateFileException.class, () -> CredentialStateFile.read(file));

        assertTrue(e.getMessage().startsWith("state file " + file + ": "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        if (field != null) {
            assertEquals(field, e.field().orElseThrow(), e.getMessage());
            assertTrue(e.getMessage().contains(field), e.getMessage());
        }
        assertEquals(content, Files.readString(file));
    }

    @Test
    void failedWriteLeavesTheOriginalFileAndNoTemporaryFile() throws Exception {
        Path file = dir.resolve("state.json");
        CredentialStateFile.write(file, SAMPLE);
        byte[] before = Files.readAllBytes(file);

        StateFileException e = assertThrows(StateFileException.class, () -> CredentialStateFile.writeAtomically(file,
                temp -> {
                    Files.writeString(temp, "{\"version\":1,\"cred");
                    throw new IOException("disk full");
                }));

        assertTrue(e.getMessage().contains("disk full"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void writeOntoADirectoryFailsWithATypedError() throws Exception {
        Path target = dir.resolve("occupied");
        Files.createDirectories(target.resolve("child"));
        assertThrows(StateFileException.class, () -> CredentialStateFile.write(target, SAMPLE));
        assertTrue(Files.isDirectory(target.resolve("child")));
    }

    private static String raw(String text) {
        return text;
    }

    private static String edit(Consumer<ObjectNode> edit) {
        ObjectNode root = (ObjectNode) JSON.readTree(CredentialStateFile.format(SAMPLE));
        edit.accept(root);
        return JSON.writeValueAsString(root);
    }

    private static String editCredential(Consumer<ObjectNode> edit) {
        return edit(root -> edit.accept((ObjectNode) credentials(root).get(0)));
    }

    private static ArrayNode credentials(ObjectNode root) {
        return (ArrayNode) root.get("credentials");
    }

    @Test
    void sampleSurvivesUtf8Names() throws Exception {
        CredentialStore store = new CredentialStore();
        StoredCredential c = SAMPLE.state().store().all().get(0);
        store.add(new StoredCredential(c.credentialId(), c.rpId(), c.userHandle(), "zoë", "Zoë Ωmega ✓", c.alg(),
                c.privateKey(), c.signCount(), c.discoverable(), c.backupEligible(), c.backupState(), c.aaguid()));
        SavedAuthenticator saved = new SavedAuthenticator(
                new AuthenticatorState(store, SAMPLE.state().wrappingKey(), 0), SAMPLE.attestationCa());
        Path file = dir.resolve("utf8.json");
        CredentialStateFile.write(file, saved);
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("Zoë Ωmega ✓"));
        assertEquals("Zoë Ωmega ✓", CredentialStateFile.read(file).orElseThrow().state().store().all().get(0)
                .userDisplayName());
    }
}
