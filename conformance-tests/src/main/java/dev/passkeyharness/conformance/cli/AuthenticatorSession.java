package dev.passkeyharness.conformance.cli;

import dev.passkeyharness.authenticator.device.DeviceSpec;
import dev.passkeyharness.authenticator.device.SimulatedDevice;
import dev.passkeyharness.authenticator.state.CredentialStateFile;
import dev.passkeyharness.authenticator.state.SavedAuthenticator;
import dev.passkeyharness.authenticator.state.StateFileException;
import java.nio.file.Path;
import java.util.Optional;

/** A device loaded from a state file (or fresh when the file is missing), and saved back after success. */
final class AuthenticatorSession {

    private final Path stateFile;
    private final SimulatedDevice device;
    private final boolean loaded;

    private AuthenticatorSession(Path stateFile, SimulatedDevice device, boolean loaded) {
        this.stateFile = stateFile;
        this.device = device;
        this.loaded = loaded;
    }

    /** The device {@code spec} describes, continuing from the state file's credentials and CA where it exists. */
    static AuthenticatorSession open(Path stateFile, DeviceSpec spec) {
        Optional<SavedAuthenticator> saved = load(stateFile);
        DeviceSpec device = saved.map(s -> spec.continuingFrom(s.state()).withAttestationCa(s.attestationCa()))
                .orElse(spec);
        return new AuthenticatorSession(stateFile, SimulatedDevice.of(device), saved.isPresent());
    }

    SimulatedDevice device() {
        return device;
    }

    void save() {
        try {
            CredentialStateFile.write(stateFile, device.saved());
        } catch (StateFileException e) {
            throw CliException.badInput(e.getMessage());
        }
    }

    /** Whether the state came from the file (false: the file was missing and this is a fresh authenticator). */
    boolean loaded() {
        return loaded;
    }

    private static Optional<SavedAuthenticator> load(Path stateFile) {
        try {
            return CredentialStateFile.read(stateFile);
        } catch (StateFileException e) {
            throw CliException.badInput(e.getMessage());
        }
    }
}
