package dev.passkeyharness.authenticator.state;

import dev.passkeyharness.authenticator.attestation.AttestationCa;
import dev.passkeyharness.authenticator.ctap.AuthenticatorState;
import dev.passkeyharness.authenticator.io.BoundedFile;
import dev.passkeyharness.authenticator.io.FileTooLargeException;
import dev.passkeyharness.authenticator.json.StrictJson;
import dev.passkeyharness.authenticator.store.StoredCredential;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes the credential state file (JSON, version 1): the credentials with their private keys, the
 * wrapping key, the global counter and the attestation CA. It holds private keys: test keys only.
 */
public final class CredentialStateFile {

    public static final int VERSION = 1;

    private static final JsonMapper JSON = StrictJson.mapper();

    private CredentialStateFile() {
    }

    /** Reads the file; empty when it does not exist, which means a fresh authenticator. */
    public static Optional<SavedAuthenticator> read(Path file) throws StateFileException {
        String text;
        try {
            text = BoundedFile.readString(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (FileTooLargeException e) {
            throw new StateFileException("state file " + file + ": " + e.problem(), e);
        } catch (AccessDeniedException e) {
            throw new StateFileException("state file " + file + ": permission denied", e);
        } catch (IOException e) {
            throw new StateFileException("state file " + file + ": cannot read: " + e.getMessage(), e);
        }
        return Optional.of(parse(text, "state file " + file));
    }

    /** Parses state file JSON; {@code source} names it in error messages. */
    public static SavedAuthenticator parse(String json, String source) throws StateFileException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new StateFileException(source + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new StateFileException(source + ": (top level): the file is empty", "(top level)");
        }
        return new StateJsonReader(source).read(root);
    }

    public static String format(SavedAuthenticator saved) {
        ObjectNode root = JSON.createObjectNode();
        AuthenticatorState state = saved.state();
        root.put("version", VERSION);
        ArrayNode credentials = root.putArray("credentials");
        for (StoredCredential c : state.store().all()) {
            ObjectNode node = credentials.addObject();
            node.put("credentialId", c.credentialId().base64Url());
            node.put("rpId", c.rpId());
            node.put("userHandle", c.userHandle() == null ? null : c.userHandle().base64Url());
            node.put("userName", c.userName());
            node.put("userDisplayName", c.userDisplayName());
            node.put("alg", c.alg().jwaName());
            node.put("privateKey", c.privateKey().base64Url());
            node.put("signCount", c.signCount());
            node.put("discoverable", c.discoverable());
            node.put("backupEligible", c.backupEligible());
            node.put("backupState", c.backupState());
            node.put("aaguid", c.aaguid().base64Url());
        }
        root.put("wrappingKey", state.wrappingKey().base64Url());
        root.put("globalSignCount", state.globalSignCount());
        AttestationCa.State ca = saved.attestationCa().state();
        ObjectNode caNode = root.putObject("attestationCa");
        caNode.put("rootPrivateKey", ca.rootPrivateKey().base64Url());
        caNode.put("rootCertificate", ca.rootCertificate().base64Url());
        caNode.put("intermediatePrivateKey", ca.intermediatePrivateKey().base64Url());
        caNode.put("intermediateCertificate", ca.intermediateCertificate().base64Url());
        return StrictJson.prettyWriter().writeValueAsString(root) + "\n";
    }

    /**
     * Writes the file atomically: a temporary file in the same directory, then a rename over the old one, so a failed
     * write leaves the previous file as it was. The temporary file is created owner-only, and so is the result.
     */
    public static void write(Path file, SavedAuthenticator saved) throws StateFileException {
        String text = format(saved);
        writeAtomically(file, temp -> Files.writeString(temp, text, StandardCharsets.UTF_8));
    }

    /** How the content gets into the temporary file; a seam so tests can make the write fail midway. */
    interface ContentWriter {
        void write(Path temp) throws IOException;
    }

    static void writeAtomically(Path file, ContentWriter content) throws StateFileException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
            content.write(temp);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temp = null;
        } catch (IOException e) {
            throw new StateFileException("state file " + file + ": cannot write: " + describe(e), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the write already failed; a leftover temporary file is the lesser problem
                }
            }
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + " " + e.getMessage();
    }
}
