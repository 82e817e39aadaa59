package dev.passkeyharness.authenticator.store;

import dev.passkeyharness.authenticator.data.Bytes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The credentials an authenticator knows, in creation order. Discoverable credentials live only here; for
 * non-discoverable ones the credential ID carries the key, and the entry here keeps the counter and allows export.
 */
public final class CredentialStore {

    private final Map<Bytes, StoredCredential> byId = new LinkedHashMap<>();

    public synchronized Optional<StoredCredential> find(Bytes credentialId) {
        return Optional.ofNullable(byId.get(credentialId));
    }

    /** Discoverable credentials for an RP, most recently created first (CTAP 2.1 §6.2.2 step 12). */
    public synchronized List<StoredCredential> discoverable(String rpId) {
        List<StoredCredential> out = new ArrayList<>();
        for (StoredCredential c : byId.values()) {
            if (c.discoverable() && c.rpId().equals(rpId)) {
                out.add(0, c);
            }
        }
        return out;
    }

    /** How many discoverable credentials take storage, against the device's capacity. */
    public synchronized int discoverableCount() {
        return (int) byId.values().stream().filter(StoredCredential::discoverable).count();
    }

    /** Whether a discoverable credential for this RP and user handle exists, which a new one would replace. */
    public synchronized boolean holdsDiscoverable(String rpId, Bytes userHandle) {
        return byId.values().stream().anyMatch(c -> isDiscoverableFor(c, rpId, userHandle));
    }

    /**
     * Stores a new credential. A discoverable credential replaces any discoverable one for the same RP and user
     * handle (CTAP 2.1 §6.1.2 step 17).
     */
    public synchronized void add(StoredCredential credential) {
        if (credential.discoverable()) {
            byId.values().removeIf(c -> isDiscoverableFor(c, credential.rpId(), credential.userHandle()));
        }
        byId.put(credential.credentialId(), credential);
    }

    private static boolean isDiscoverableFor(StoredCredential c, String rpId, Bytes userHandle) {
        return c.discoverable() && c.rpId().equals(rpId) && c.userHandle().equals(userHandle);
    }

    public synchronized void updateSignCount(Bytes credentialId, long signCount) {
        StoredCredential c = byId.get(credentialId);
        if (c != null) {
            byId.put(credentialId, c.withSignCount(signCount));
        }
    }

    public synchronized List<StoredCredential> all() {
        return List.copyOf(byId.values());
    }

    public synchronized void clear() {
        byId.clear();
    }
}
