package dev.passkeyharness.conformance.cli;

import dev.passkeyharness.authenticator.client.WebAuthnClient;
import dev.passkeyharness.authenticator.client.WebAuthnClientException;
import dev.passkeyharness.authenticator.device.DeviceNames;
import dev.passkeyharness.authenticator.device.DeviceSpec;
import dev.passkeyharness.authenticator.device.DeviceSpecException;
import dev.passkeyharness.authenticator.tamper.TamperSet;
import java.util.List;

/**
 * One register or login from the command line: checks the inputs before anything runs, then runs the ceremony and
 * saves the state only if it succeeded, so a refused ceremony leaves the state file as it was.
 */
final class CeremonyRun {

    private final AuthenticatorSession session;
    private final WebAuthnClient client;
    private final String optionsJson;

    /** {@code device}: the model the command's options describe; the run adds the person, tamperings and seed. */
    CeremonyRun(CeremonyOptions options, DeviceSpec device) {
        String origin = Origins.parse(options.origin);
        TamperSet tamperings = tamperings(options.tamper);
        this.optionsJson = OptionsFile.read(options.options);
        DeviceSpec spec = device.withUser(options.user).withTamperings(tamperings);
        this.session = AuthenticatorSession.open(options.state, options.seed == null ? spec : spec.withSeed(options.seed));
        this.client = session.device().client(origin);
    }

    /** Returns RegistrationResponseJSON after saving the new credential. */
    String create() {
        String response;
        try {
            response = client.create(optionsJson).toJson();
        } catch (WebAuthnClientException e) {
            throw DomErrors.toCliException(e);
        }
        session.save();
        return response;
    }

    /** Returns AuthenticationResponseJSON after saving the updated counters. */
    String get() {
        String response;
        try {
            response = client.get(optionsJson).toJson();
        } catch (WebAuthnClientException e) {
            throw DomErrors.toCliException(e);
        }
        session.save();
        return response;
    }

    /** Resolves --tamper names; an unknown name is bad input. */
    private static TamperSet tamperings(List<String> names) {
        try {
            return DeviceNames.tamperings(names);
        } catch (DeviceSpecException e) {
            throw CliException.badInput("unknown tampering '" + e.value()
                    + "'; 'passkey-harness authenticator tamperings' lists them");
        }
    }
}
