package dev.passkeyharness.conformance.runner.step;

import dev.passkeyharness.authenticator.device.SimulatedDevice;
import dev.passkeyharness.authenticator.tamper.TamperSet;
import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.catalogue.Expectation;
import dev.passkeyharness.conformance.runner.judge.Judge;
import dev.passkeyharness.conformance.runner.judge.StepOutcome;
import dev.passkeyharness.conformance.target.Answer;
import dev.passkeyharness.conformance.target.RpSession;
import dev.passkeyharness.conformance.target.RpTarget;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** REGISTRATION checks: a (tampered, edited) registration response sent to the RP (WebAuthn L3 §7.1). */
public final class RegistrationCheck {

    /** Past the reference RP's 5-minute challenge timeout (WebAuthn L3 §13.4.3). */
    static final Duration PAST_TIMEOUT = Duration.ofMinutes(5).plusSeconds(1);

    private final CheckRun run;
    private final Check.Registration check;
    private final Ceremonies ceremonies;
    private final FollowUps followUps;

    public RegistrationCheck(CheckRun run, Check.Registration check) {
        this.run = run;
        this.check = check;
        this.ceremonies = new Ceremonies(run);
        this.followUps = new FollowUps(run, ceremonies);
    }

    public StepOutcome run() {
        TamperSet tamperings = Authenticators.tamperings(check);
        RpSession session = run.newSession();
        String username = run.username("a");
        SimulatedDevice device = Authenticators.fresh(run, "device", tamperings);
        switch (run.setup().procedure()) {
            case STANDARD:
                return tested(session, session, username, device, Duration.ZERO);
            case OTHER_SESSION:
                return tested(session, run.newSession(), username, device, Duration.ZERO);
            case EXPIRED_CHALLENGE:
                if (!run.can(RpTarget.Capability.CLOCK_CONTROL)) {
                    throw CheckStop.skip("needs a target whose clock the runner controls (CLOCK_CONTROL)");
                }
                return tested(session, session, username, device, PAST_TIMEOUT);
            case REPLAY:
                return replay(session, username);
            case DUPLICATE_CREDENTIAL:
                run.require(RpTarget.Capability.MANY_USERS, "a second user registers the first one's credential ID");
                return duplicate(session, username);
            case WRONG_ENDPOINT:
                return wrongEndpoint(session, username, device);
            default:
                throw CheckStop.errored("procedure " + run.setup().procedure() + " does not apply to a registration");
        }
    }

    /** Options in {@code optionsSession}, the response (after {@code delay}) in {@code resultSession}. */
    private StepOutcome tested(RpSession optionsSession, RpSession resultSession, String username,
            SimulatedDevice device, Duration delay) {
        ceremonies.prepareUser(optionsSession, username);
        String options = ceremonies.creationOptions(optionsSession, ceremonies.creationRequest(username));
        if (!delay.isZero()) {
            run.target().advanceClock(delay);
        }
        String response = AfterSigning.edit(ceremonies.create(device, options), check);
        Answer answer = run.tested(() -> resultSession.registrationResult(response));
        if (check.expected() == Expectation.ACCEPTED && !answer.accepted()) {
            Optional<String> untrusted = untrustedKind(response);
            if (untrusted.isPresent()) {
                return new StepOutcome.Inconclusive("refused a correct registration: " + Judge.describe(answer) + "; "
                        + untrusted.get());
            }
        }
        if (check.negative() && answer.accepted() && Applicability.judgesTrustPath(check)) {
            Optional<String> unassessed = new Preconditions(run).unassessedTrustPath(response);
            if (unassessed.isPresent()) {
                return new StepOutcome.Inconclusive(unassessed.get());
            }
        }
        return new StepOutcome.Answered(answer,
                followUps.afterRegistration(optionsSession, username, device, FollowUps.credentialIds(response, device)));
    }

    /**
     * Why a refused correct registration may be the target's trust policy rather than the check's point: its
     * attestation chains to a CA the target was not told to trust, and a plain registration of this kind (no
     * tampering, no edit) is refused too. Empty when the target accepts that plain registration: the refusal is then
     * about what the check changed.
     */
    private Optional<String> untrustedKind(String response) {
        Preconditions preconditions = new Preconditions(run);
        Optional<String> untrusted = preconditions.untrusted(response);
        if (untrusted.isEmpty() || check.tamperings().isEmpty() && check.edits().isEmpty()) {
            return untrusted;
        }
        Optional<String> control = preconditions.control(ceremonies, Authenticators.fresh(run, "control", TamperSet.NONE));
        return control.map(refusal -> untrusted.get() + "; a plain registration of this kind was refused too ("
                + refusal + ")" + preconditions.seeTwin());
    }

    /** An accepted response sent again: the challenge is single-use (WebAuthn L3 §13.4.3). */
    private StepOutcome replay(RpSession session, String username) {
        SimulatedDevice device = Authenticators.fresh(run, "device", TamperSet.NONE);
        ceremonies.prepareUser(session, username);
        String response = ceremonies.create(device,
                ceremonies.creationOptions(session, ceremonies.creationRequest(username)));
        Answer first = session.registrationResult(response);
        if (!first.accepted()) {
            throw new Preconditions(run).refused("the first registration", first, response);
        }
        // the credential was stored by the accepted first registration: only a fresh one is followed up
        return new StepOutcome.Answered(run.tested(() -> session.registrationResult(response)),
                followUps.afterRegistration(session, username, device, Set.of()));
    }

    /** A cloned authenticator registers the same credential ID for a second account (WebAuthn L3 §7.1 step 26). */
    private StepOutcome duplicate(RpSession session, String username) {
        SimulatedDevice original = Authenticators.fresh(run, "device", TamperSet.NONE);
        SimulatedDevice twin = Authenticators.fresh(run, "device", TamperSet.NONE);
        String first = ceremonies.register(session, username, original);
        RpSession other = run.newSession();
        String otherUser = run.username("b");
        ceremonies.prepareUser(other, otherUser);
        String response = ceremonies.create(twin,
                ceremonies.creationOptions(other, ceremonies.creationRequest(otherUser)));
        String second = Ceremonies.JSON.readTree(response).path("id").asString();
        if (!first.equals(second)) {
            throw CheckStop.errored("setup failed: the twin authenticator made another credential ID");
        }
        // the ID is legitimately the first user's: only the second user's registrations may not hold it
        return new StepOutcome.Answered(run.tested(() -> other.registrationResult(response)),
                followUps.afterRegistration(other, otherUser, twin, Set.of(second)));
    }

    /**
     * A registration response sent to the authentication endpoint, with an authentication challenge pending: a
     * discoverable one, or, where the target asks for a username, the user's after a first passkey of theirs.
     */
    private StepOutcome wrongEndpoint(RpSession session, String username, SimulatedDevice device) {
        boolean usernameFirst = ceremonies.discoverableOptions(run.newSession()).isEmpty();
        if (usernameFirst) {
            ceremonies.register(session, username, Authenticators.fresh(run, "first-passkey", TamperSet.NONE));
        } else {
            ceremonies.prepareUser(session, username);
        }
        String options = ceremonies.creationOptions(session, ceremonies.creationRequest(username));
        String response = AfterSigning.edit(ceremonies.create(device, options), check);
        if (usernameFirst) {
            ceremonies.requestOptions(session, username);
        } else {
            ceremonies.requestOptions(session, null);
        }
        return new StepOutcome.Answered(run.tested(() -> session.authenticationResult(response)),
                followUps.afterRegistration(session, username, device, FollowUps.credentialIds(response, device)));
    }
}
