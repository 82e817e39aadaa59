package dev.passkeyharness.conformance.kill;

import com.webauthn4j.data.attestation.authenticator.COSEKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** What the lenient RP remembers: users, credentials and the pending challenge of each session. */
final class LenientState {

    /** A ceremony a session has asked options for. */
    record Pending(boolean registration, byte[] challenge, String username, boolean uvRequired, List<String> allowed,
            Instant expires) {
    }

    /** A registered credential. */
    record Credential(String username, COSEKey key, long signCount, boolean backupEligible) {
    }

    final Map<String, String> userHandles = new ConcurrentHashMap<>();
    final Map<String, Credential> credentials = new ConcurrentHashMap<>();
    final Map<String, Pending> pending = new ConcurrentHashMap<>();

    List<String> credentialIds(String username) {
        return credentials.entrySet().stream().filter(e -> e.getValue().username().equals(username))
                .map(Map.Entry::getKey).sorted().toList();
    }
}
