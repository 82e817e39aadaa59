package dev.passkeyharness.conformance.foreign.yubico;

import com.yubico.webauthn.CredentialRepository;
import com.yubico.webauthn.RegisteredCredential;
import com.yubico.webauthn.data.ByteArray;
import com.yubico.webauthn.data.PublicKeyCredentialDescriptor;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Users and their credentials in memory, as the library looks them up. Users are made on demand with a random
 * 32-byte user handle (WebAuthn L3 §14.6.1: the handle carries nothing about the user); each credential belongs to
 * one user. Thread-safe: every method holds the one lock.
 */
final class InMemoryCredentialRepository implements CredentialRepository {

    private static final int USER_HANDLE_BYTES = 32;

    private final SecureRandom random;
    private final Map<String, ByteArray> handles = new LinkedHashMap<>();
    private final Map<ByteArray, String> usernames = new LinkedHashMap<>();
    private final Map<ByteArray, RegisteredCredential> credentials = new LinkedHashMap<>();

    InMemoryCredentialRepository(SecureRandom random) {
        this.random = random;
    }

    /** The user's handle, a new one for a username seen for the first time. */
    synchronized ByteArray userHandleFor(String username) {
        return handles.computeIfAbsent(username, u -> {
            byte[] bytes = new byte[USER_HANDLE_BYTES];
            random.nextBytes(bytes);
            ByteArray handle = new ByteArray(bytes);
            usernames.put(handle, u);
            return handle;
        });
    }

    /** Whether the user has registered a credential: only then can it sign in by username. */
    synchronized boolean hasCredentials(String username) {
        ByteArray handle = handles.get(username);
        return handle != null && credentials.values().stream().anyMatch(c -> c.getUserHandle().equals(handle));
    }

    /** Stores a new credential; one whose ID is registered already is refused (WebAuthn L3 §7.1 step 26). */
    synchronized void add(RegisteredCredential credential) {
        if (!usernames.containsKey(credential.getUserHandle())) {
            throw new IllegalArgumentException("no user has the handle " + credential.getUserHandle());
        }
        if (credentials.putIfAbsent(credential.getCredentialId(), credential) != null) {
            throw new RefusedException("the credential ID " + credential.getCredentialId().getBase64Url()
                    + " is already registered");
        }
    }

    /** The credential after a sign-in: its new signature count and backup state (WebAuthn L3 §7.2 steps 22, 24). */
    synchronized void recordSignIn(ByteArray credentialId, long signatureCount, boolean backupState) {
        RegisteredCredential stored = credentials.get(credentialId);
        if (stored == null) {
            throw new RefusedException("the credential " + credentialId.getBase64Url() + " is no longer registered");
        }
        credentials.put(credentialId, stored.toBuilder().signatureCount(signatureCount).backupState(backupState).build());
    }

    @Override
    public synchronized Set<PublicKeyCredentialDescriptor> getCredentialIdsForUsername(String username) {
        ByteArray handle = handles.get(username);
        return credentials.values().stream().filter(c -> c.getUserHandle().equals(handle))
                .map(c -> PublicKeyCredentialDescriptor.builder().id(c.getCredentialId()).build())
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    @Override
    public synchronized Optional<ByteArray> getUserHandleForUsername(String username) {
        return Optional.ofNullable(handles.get(username));
    }

    @Override
    public synchronized Optional<String> getUsernameForUserHandle(ByteArray userHandle) {
        return Optional.ofNullable(usernames.get(userHandle));
    }

    @Override
    public synchronized Optional<RegisteredCredential> lookup(ByteArray credentialId, ByteArray userHandle) {
        return Optional.ofNullable(credentials.get(credentialId)).filter(c -> c.getUserHandle().equals(userHandle));
    }

    @Override
    public synchronized Set<RegisteredCredential> lookupAll(ByteArray credentialId) {
        return Optional.ofNullable(credentials.get(credentialId)).map(Set::of).orElse(Set.of());
    }
}
