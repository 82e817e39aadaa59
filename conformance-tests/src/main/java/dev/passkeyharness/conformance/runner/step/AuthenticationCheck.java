package dev.passkeyharness.conformance.runner.step;

import dev.passkeyharness.authenticator.device.SimulatedDevice;
import dev.passkeyharness.authenticator.tamper.TamperSet;
import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.runner.judge.Aftermath;
import dev.passkeyharness.conformance.runner.judge.Judge;
import dev.passkeyharness.conformance.runner.judge.StepOutcome;
import dev.passkeyharness.conformance.target.Answer;
import dev.passkeyharness.conformance.target.RpSession;
import dev.passkeyharness.conformance.target.RpTarget;
import tools.jackson.databind.node.ObjectNode;

/**
 * AUTHENTICATION checks: an untampered registration and {@code signInsBefore} sign-ins, then the (tampered, edited)
 * authentication response sent to the RP (WebAuthn L3 §7.2).
 */
public final class AuthenticationCheck {

    private final CheckRun run;
    private final Check.Authentication check;
    private final Ceremonies ceremonies;
    private final FollowUps followUps;
    /** What a refusal of the tested step must leave behind: the user can still sign in. */
    private Aftermath aftermath = Aftermath.NONE;

    public AuthenticationCheck(CheckRun run, Check.Authentication check) {
        this.run = run;
        this.check = check;
        this.ceremonies = new Ceremonies(run);
        this.followUps = new FollowUps(run, ceremonies);
    }

    public StepOutcome run() {
        TamperSet tamperings = Authenticators.tamperings(check);
        if (run.setup().procedure() == dev.passkeyharness.conformance.catalogue.Procedure.EXPIRED_CHALLENGE
                && !run.can(RpTarget.Capability.CLOCK_CONTROL)) {
            throw CheckStop.skip("needs a target whose clock the runner controls (CLOCK_CONTROL)");
        }
        RpSession session = run.newSession();
        String username = run.username("a");
        SimulatedDevice device = Authenticators.fresh(run, "device", TamperSet.NONE);
        ceremonies.register(session, username, device);
        for (int i = 0; i < run.setup().signInsBefore(); i++) {
            ceremonies.signIn(session, username, device);
        }
        SimulatedDevice tested = device.withTamperings(tamperings, run.seed("tested"));
        aftermath = followUps.afterSignIn(session, username, FollowUps.snapshot(device, run.seed("follow-up")), device);
        switch (run.setup().procedure()) {
            case STANDARD:
                return send(session, ceremonies.get(tested, ceremonies.requestOptions(session, username)));
            case OTHER_SESSION: {
                String response = ceremonies.get(tested, ceremonies.requestOptions(session, username));
                return send(run.newSession(), response);
            }
            case EXPIRED_CHALLENGE: {
                String options = ceremonies.requestOptions(session, username);
                run.target().advanceClock(RegistrationCheck.PAST_TIMEOUT);
                return send(session, ceremonies.get(tested, options));
            }
            case REPLAY:
                return replay(session, username, device);
            case UNKNOWN_CREDENTIAL:
                return unknownCredential(session, username, tamperings);
            case OTHER_USERS_CREDENTIAL:
                run.require(RpTarget.Capability.MANY_USERS, "a second user's credential answers the first's options");
                // without a username the options are for whoever answers: the second user's sign-in is then correct
                run.require(RpTarget.Capability.USERNAME_FIRST, "options for one named user");
                return otherUsersCredential(session, username, tamperings);
            case WRONG_ENDPOINT: {
                String response = AfterSigning.edit(
                        ceremonies.get(tested, ceremonies.requestOptions(session, username)), check);
                return new StepOutcome.Answered(run.tested(() -> session.registrationResult(response)), aftermath);
            }
            default:
                throw CheckStop.errored("procedure " + run.setup().procedure() + " does not apply to an authentication");
        }
    }

    private StepOutcome send(RpSession session, String response) {
        String edited = AfterSigning.edit(response, check);
        return new StepOutcome.Answered(run.tested(() -> session.authenticationResult(edited)), aftermath);
    }

    /** An accepted assertion sent again: its challenge was used (WebAuthn L3 §13.4.3). */
    private StepOutcome replay(RpSession session, String username, SimulatedDevice device) {
        String response = ceremonies.get(device, ceremonies.requestOptions(session, username));
        Answer first = session.authenticationResult(response);
        if (!first.accepted()) {
            throw CheckStop.setupRefused("setup failed: the first sign-in was refused: " + Judge.describe(first));
        }
        // the accepted first assertion moved the counter legitimately: the follow-up continues from it
        aftermath = followUps.afterSignIn(session, username, device, device);
        return new StepOutcome.Answered(run.tested(() -> session.authenticationResult(response)), aftermath);
    }

    /**
     * A second device's discoverable credential the RP never registered (WebAuthn L3 §7.2 step 6), answering
     * discoverable options, or the user's own username-first options where the target asks for a username.
     */
    private StepOutcome unknownCredential(RpSession session, String username, TamperSet tamperings) {
        SimulatedDevice stranger = Authenticators.fresh(run, "stranger", TamperSet.NONE);
        // real creation options from a throwaway visitor, whose response is never sent
        RpSession throwaway = run.newSession();
        String strangerName = run.username("stranger");
        ceremonies.prepareUser(throwaway, strangerName);
        ObjectNode options = (ObjectNode) Ceremonies.JSON.readTree(
                ceremonies.creationOptions(throwaway, ceremonies.creationRequest(strangerName)));
        options.withObject("authenticatorSelection").put("residentKey", "required").put("requireResidentKey", true);
        ceremonies.create(stranger, options.toString());
        SimulatedDevice tested = stranger.withTamperings(tamperings, run.seed("stranger-tested"));
        String request = ceremonies.discoverableOptions(session).orElseGet(() -> {
            ObjectNode own = (ObjectNode) Ceremonies.JSON.readTree(ceremonies.requestOptions(session, username));
            // the stranger's browser finds none of the user's credentials; emptied, the stranger's device answers
            own.putArray("allowCredentials");
            return own.toString();
        });
        return send(session, ceremonies.get(tested, request));
    }

    /** User A's username-first options answered by user B's registered credential (WebAuthn L3 §7.2 step 5). */
    private StepOutcome otherUsersCredential(RpSession session, String username, TamperSet tamperings) {
        RpSession other = run.newSession();
        SimulatedDevice otherDevice = Authenticators.fresh(run, "other-device", TamperSet.NONE);
        ceremonies.register(other, run.username("b"), otherDevice);
        ObjectNode options = (ObjectNode) Ceremonies.JSON.readTree(ceremonies.requestOptions(session, username));
        // B's browser would refuse A's allowCredentials; emptied, B's device answers with its discoverable credential
        options.putArray("allowCredentials");
        SimulatedDevice tested = otherDevice.withTamperings(tamperings, run.seed("other-tested"));
        return send(session, ceremonies.get(tested, options.toString()));
    }
}
