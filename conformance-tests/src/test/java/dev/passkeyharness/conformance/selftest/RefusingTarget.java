package dev.passkeyharness.conformance.selftest;

import dev.passkeyharness.authenticator.attestation.AttestationCa;
import dev.passkeyharness.authenticator.json.StrictJson;
import dev.passkeyharness.conformance.target.Answer;
import dev.passkeyharness.conformance.target.Exchange;
import dev.passkeyharness.conformance.target.OptionsRequest;
import dev.passkeyharness.conformance.target.RpSession;
import dev.passkeyharness.conformance.target.RpTarget;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A target that answers like the one it wraps but refuses every registration, or every sign-in. */
final class RefusingTarget implements RpTarget {

    static final String REASON = "refused by the test target";

    private final RpTarget target;
    private final boolean registrations;

    RefusingTarget(RpTarget target, boolean registrations) {
        this.target = target;
        this.registrations = registrations;
    }

    @Override
    public String description() {
        return "refusing " + target.description();
    }

    @Override
    public String origin() {
        return target.origin();
    }

    @Override
    public Set<Capability> capabilities() {
        return target.capabilities();
    }

    @Override
    public Optional<AttestationCa> attestationCa() {
        return target.attestationCa();
    }

    @Override
    public RpSession newSession() {
        RpSession session = target.newSession();
        return new RpSession() {
            @Override
            public Answer prepareUser(String username, String displayName) {
                return session.prepareUser(username, displayName);
            }

            @Override
            public Answer registrationOptions(OptionsRequest request) {
                return session.registrationOptions(request);
            }

            @Override
            public Answer registrationResult(String registrationResponseJson) {
                return registrations ? refused() : session.registrationResult(registrationResponseJson);
            }

            @Override
            public Answer authenticationOptions(String username, String userVerification) {
                return session.authenticationOptions(username, userVerification);
            }

            @Override
            public Answer authenticationResult(String authenticationResponseJson) {
                return registrations ? session.authenticationResult(authenticationResponseJson) : refused();
            }

            @Override
            public List<Exchange> exchanges() {
                return session.exchanges();
            }
        };
    }

    private static Answer refused() {
        return new Answer(400, StrictJson.mapper().createObjectNode().put("status", "failed")
                .put("errorMessage", REASON), null);
    }

    @Override
    public void close() {
        target.close();
    }
}
