package dev.passkeyharness.conformance.foreign.yubico;

import com.yubico.webauthn.AssertionRequest;
import com.yubico.webauthn.data.PublicKeyCredentialCreationOptions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The options each session is waiting to have answered, one registration and one sign-in per session, each taken
 * once: a challenge belongs to the session that asked for it and is single-use (WebAuthn L3 §13.4.3). Bounded: past
 * {@link #MAX_SESSIONS} the oldest pending options are forgotten.
 */
final class PendingCeremonies {

    static final int MAX_SESSIONS = 10_000;

    private final Slot<PublicKeyCredentialCreationOptions> registrations = new Slot<>();
    private final Slot<AssertionRequest> assertions = new Slot<>();

    void registration(String session, PublicKeyCredentialCreationOptions options) {
        registrations.put(session, options);
    }

    /** The session's pending registration, no longer pending. */
    Optional<PublicKeyCredentialCreationOptions> takeRegistration(String session) {
        return registrations.take(session);
    }

    void assertion(String session, AssertionRequest request) {
        assertions.put(session, request);
    }

    /** The session's pending sign-in, no longer pending. */
    Optional<AssertionRequest> takeAssertion(String session) {
        return assertions.take(session);
    }

    /** Session → its latest options of one ceremony, oldest first. */
    private static final class Slot<T> {
        private final Map<String, T> pending = new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, T> eldest) {
                return size() > MAX_SESSIONS;
            }
        };

        synchronized void put(String session, T options) {
            pending.remove(session);
            pending.put(session, options);
        }

        synchronized Optional<T> take(String session) {
            return Optional.ofNullable(pending.remove(session));
        }
    }
}
