package dev.passkeyharness.conformance.cli;

import dev.passkeyharness.authenticator.profile.AuthenticatorProfile;
import dev.passkeyharness.authenticator.tamper.TamperSet;
import dev.passkeyharness.conformance.ceremony.CeremonyException;
import dev.passkeyharness.conformance.ceremony.CeremonyRequest;

/**
 * One register or login from the command line: checks the inputs before anything runs, then runs the ceremony and
 * saves the state only if it succeeded, so a refused ceremony leaves the state file as it was.
 */
final class CeremonyRun {

    private final CliContext context;
    private final AuthenticatorSession session;
    private final CeremonyRequest request;

    CeremonyRun(CliContext context, CeremonyOptions options, AuthenticatorProfile profile) {
        this.context = context;
        String origin = Origins.parse(options.origin);
        TamperSet tamperings = AuthenticatorSession.tamperings(options.tamper, context.tamperings());
        String optionsJson = OptionsFile.read(options.options);
        this.session = AuthenticatorSession.open(options.state, profile, options.user, tamperings, options.seed);
        this.request = new CeremonyRequest(session.authenticator(), origin, optionsJson, tamperings);
    }

    /** Returns RegistrationResponseJSON after saving the new credential. */
    String create() {
        String response;
        try {
            response = context.driver().create(request);
        } catch (CeremonyException e) {
            throw DomErrors.toCliException(e);
        }
        session.save();
        return response;
    }

    /** Returns AuthenticationResponseJSON after saving the updated counters. */
    String get() {
        String response;
        try {
            response = context.driver().get(request);
        } catch (CeremonyException e) {
            throw DomErrors.toCliException(e);
        }
        session.save();
        return response;
    }
}
