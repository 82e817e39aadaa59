package dev.passkeyharness.conformance.runner.step;

import dev.passkeyharness.conformance.target.Answer;
import dev.passkeyharness.conformance.target.Exchange;
import dev.passkeyharness.conformance.target.OptionsRequest;
import dev.passkeyharness.conformance.target.RpSession;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * A session whose exchanges also go to the check's log, so the exchanges of all its sessions stay in order: every
 * request a call made (a CSRF page, a sign-up and a log-in), then its answer.
 */
final class RecordingSession implements RpSession {

    private final RpSession session;
    private final BiConsumer<List<Exchange>, Answer> log;
    private int logged;

    RecordingSession(RpSession session, BiConsumer<List<Exchange>, Answer> log) {
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
        List<Exchange> all = session.exchanges();
        List<Exchange> made = all.size() > logged ? all.subList(logged, all.size())
                : answer.exchange() == null ? List.of() : List.of(answer.exchange());
        logged = all.size();
        log.accept(made, answer);
        return answer;
    }
}
