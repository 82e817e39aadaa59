package dev.passkeyharness.conformance.runner.step;

import dev.passkeyharness.conformance.target.Answer;
import dev.passkeyharness.conformance.target.Exchange;
import dev.passkeyharness.conformance.target.OptionsRequest;
import dev.passkeyharness.conformance.target.RpSession;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** A session whose answers also go to the check's log, so the exchanges of all its sessions stay in order. */
final class RecordingSession implements RpSession {

    private final RpSession session;
    private final Consumer<Answer> log;

    RecordingSession(RpSession session, Consumer<Answer> log) {
        this.session = session;
        this.log = log;
    }

    @Override
    public Answer prepareUser(String username, String displayName) {
        return logged(session.prepareUser(username, displayName));
    }

    @Override
    public Answer registrationOptions(OptionsRequest request) {
        return logged(session.registrationOptions(request));
    }

    @Override
    public Answer registrationResult(String registrationResponseJson) {
        return logged(session.registrationResult(registrationResponseJson));
    }

    @Override
    public Optional<Answer> storedCredentials() {
        return session.storedCredentials().map(this::logged);
    }

    @Override
    public Answer authenticationOptions(String username, String userVerification) {
        return logged(session.authenticationOptions(username, userVerification));
    }

    @Override
    public Answer authenticationResult(String authenticationResponseJson) {
        return logged(session.authenticationResult(authenticationResponseJson));
    }

    @Override
    public List<Exchange> exchanges() {
        return session.exchanges();
    }

    private Answer logged(Answer answer) {
        log.accept(answer);
        return answer;
    }
}
