package dev.passkeyharness.authenticator.state;

import dev.passkeyharness.authenticator.attestation.AttestationCa;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.crypto.CredentialKeyPair;
import dev.passkeyharness.authenticator.ctap.AuthenticatorState;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.store.CredentialStore;
import dev.passkeyharness.authenticator.store.StoredCredential;
import java.util.LinkedHashSet;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Turns the parsed JSON tree of a state file into typed values, refusing anything off-shape with the field's path. */
final class StateJsonReader {

    private static final Set<String> TOP_LEVEL =
            Set.of("version", "credentials", "wrappingKey", "globalSignCount", "attestationCa");
    private static final Set<String> CREDENTIAL = Set.of("credentialId", "rpId", "userHandle", "userName",
            "userDisplayName", "alg", "privateKey", "signCount", "discoverable", "backupEligible", "backupState", "aaguid");
    private static final Set<String> CA = Set.of("rootPrivateKey", "rootCertificate", "intermediatePrivateKey",
            "intermediateCertificate");
    private static final long MAX_COUNTER = 0xFFFFFFFFL;

    private final String source;

    StateJsonReader(String source) {
        this.source = source;
    }

    SavedAuthenticator read(JsonNode root) throws StateFileException {
        requireObject(root, "(top level)", TOP_LEVEL);
        long version = counter(root, "version", "version");
        if (version != CredentialStateFile.VERSION) {
            throw fail("version", "unsupported version " + version + " (this build reads version "
                    + CredentialStateFile.VERSION + ")");
        }
        Bytes wrappingKey = bytes(root, "wrappingKey", "wrappingKey");
        if (wrappingKey.length() != 32) {
            throw fail("wrappingKey", "must be 32 bytes, got " + wrappingKey.length());
        }
        long globalSignCount = counter(root, "globalSignCount", "globalSignCount");
        AttestationCa ca = attestationCa(required(root, "attestationCa", "attestationCa"));
        JsonNode credentials = required(root, "credentials", "credentials");
        if (!credentials.isArray()) {
            throw fail("credentials", "must be an array");
        }
        CredentialStore store = new CredentialStore();
        Set<Bytes> seen = new LinkedHashSet<>();
        for (int i = 0; i < credentials.size(); i++) {
            StoredCredential credential = credential(credentials.get(i), "credentials[" + i + "]");
            if (!seen.add(credential.credentialId())) {
                throw fail("credentials[" + i + "].credentialId", "duplicate credential ID " + credential.credentialId());
            }
            store.add(credential);
        }
        return new SavedAuthenticator(new AuthenticatorState(store, wrappingKey, globalSignCount), ca);
    }

    private StoredCredential credential(JsonNode node, String path) throws StateFileException {
        requireObject(node, path, CREDENTIAL);
        String algName = string(node, "alg", path + ".alg");
        CoseAlgorithm alg = CoseAlgorithm.fromName(algName)
                .orElseThrow(() -> fail(path + ".alg", "unknown algorithm '" + algName + "'"));
        Bytes privateKey = bytes(node, "privateKey", path + ".privateKey");
        try {
            CredentialKeyPair.fromPkcs8(alg, privateKey);
        } catch (IllegalArgumentException e) {
            throw fail(path + ".privateKey", "not a PKCS#8 " + alg.jwaName() + " private key");
        }
        Bytes aaguid = bytes(node, "aaguid", path + ".aaguid");
        if (aaguid.length() != 16) {
            throw fail(path + ".aaguid", "must be 16 bytes, got " + aaguid.length());
        }
        Bytes credentialId = bytes(node, "credentialId", path + ".credentialId");
        if (credentialId.isEmpty()) {
            throw fail(path + ".credentialId", "must not be empty");
        }
        boolean discoverable = bool(node, "discoverable", path + ".discoverable");
        Bytes userHandle = optionalBytes(node, "userHandle", path + ".userHandle");
        if (discoverable && userHandle == null) {
            throw fail(path + ".userHandle", "a discoverable credential needs a userHandle");
        }
        boolean backupEligible = bool(node, "backupEligible", path + ".backupEligible");
        boolean backupState = bool(node, "backupState", path + ".backupState");
        return new StoredCredential(credentialId, string(node, "rpId", path + ".rpId"), userHandle,
                optionalString(node, "userName", path + ".userName"),
                optionalString(node, "userDisplayName", path + ".userDisplayName"),
                alg, privateKey, counter(node, "signCount", path + ".signCount"), discoverable, backupEligible,
                backupState, aaguid);
    }

    private AttestationCa attestationCa(JsonNode node) throws StateFileException {
        requireObject(node, "attestationCa", CA);
        AttestationCa.State state = new AttestationCa.State(
                bytes(node, "rootPrivateKey", "attestationCa.rootPrivateKey"),
                bytes(node, "rootCertificate", "attestationCa.rootCertificate"),
                bytes(node, "intermediatePrivateKey", "attestationCa.intermediatePrivateKey"),
                bytes(node, "intermediateCertificate", "attestationCa.intermediateCertificate"));
        try {
            return AttestationCa.fromState(state);
        } catch (IllegalArgumentException e) {
            throw fail("attestationCa", "keys and certificates do not form a CA: " + e.getMessage());
        }
    }

    private void requireObject(JsonNode node, String path, Set<String> allowed) throws StateFileException {
        if (node == null || !node.isObject()) {
            throw fail(path, "must be a JSON object");
        }
        for (String name : node.propertyNames()) {
            if (!allowed.contains(name)) {
                throw fail(path.equals("(top level)") ? name : path + "." + name, "unknown field");
            }
        }
    }

    private JsonNode required(JsonNode node, String name, String path) throws StateFileException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw fail(path, "missing");
        }
        return value;
    }

    private String string(JsonNode node, String name, String path) throws StateFileException {
        JsonNode value = required(node, name, path);
        if (!value.isString()) {
            throw fail(path, "must be a string");
        }
        return value.stringValue();
    }

    private String optionalString(JsonNode node, String name, String path) throws StateFileException {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : string(node, name, path);
    }

    private Bytes bytes(JsonNode node, String name, String path) throws StateFileException {
        String text = string(node, name, path);
        try {
            return Bytes.fromBase64Url(text);
        } catch (IllegalArgumentException e) {
            throw fail(path, "not base64url");
        }
    }

    private Bytes optionalBytes(JsonNode node, String name, String path) throws StateFileException {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : bytes(node, name, path);
    }

    private boolean bool(JsonNode node, String name, String path) throws StateFileException {
        JsonNode value = required(node, name, path);
        if (!value.isBoolean()) {
            throw fail(path, "must be true or false");
        }
        return value.booleanValue();
    }

    /** A 32-bit unsigned integer, as signature counters are (WebAuthn L3 §6.1). */
    private long counter(JsonNode node, String name, String path) throws StateFileException {
        JsonNode value = required(node, name, path);
        if (!value.isIntegralNumber() || !value.canConvertToLong()
                || value.longValue() < 0 || value.longValue() > MAX_COUNTER) {
            throw fail(path, "must be an integer from 0 to " + MAX_COUNTER);
        }
        return value.longValue();
    }

    private StateFileException fail(String path, String problem) {
        return new StateFileException(source + ": " + path + ": " + problem, path);
    }
}
