package dev.passkeyharness.conformance.cli;

import dev.passkeyharness.authenticator.ctap.Ctap2Authenticator;
import dev.passkeyharness.authenticator.ctap.Ctap2AuthenticatorBuilder;
import dev.passkeyharness.authenticator.profile.AuthenticatorProfile;
import dev.passkeyharness.authenticator.state.CredentialStateFile;
import dev.passkeyharness.authenticator.state.SavedAuthenticator;
import dev.passkeyharness.authenticator.state.StateFileException;
import dev.passkeyharness.authenticator.tamper.TamperSet;
import dev.passkeyharness.authenticator.tamper.Tampering;
import dev.passkeyharness.authenticator.user.SimulatedUser;
import dev.passkeyharness.conformance.ceremony.TamperingCatalogue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An authenticator loaded from a state file (or fresh when the file is missing), and saved back after success. */
final class AuthenticatorSession {

    private final Path stateFile;
    private final Ctap2Authenticator authenticator;
    private final boolean loaded;

    private AuthenticatorSession(Path stateFile, Ctap2Authenticator authenticator, boolean loaded) {
        this.stateFile = stateFile;
        this.authenticator = authenticator;
        this.loaded = loaded;
    }

    static AuthenticatorSession open(Path stateFile, AuthenticatorProfile profile, SimulatedUser user,
            TamperSet tamperings, Long seed) {
        Optional<SavedAuthenticator> saved = load(stateFile);
        Ctap2AuthenticatorBuilder builder = Ctap2Authenticator.builder().profile(profile).user(user).tamperings(tamperings);
        if (seed != null) {
            builder.seed(seed);
        }
        saved.ifPresent(s -> builder.state(s.state()).attestationCa(s.attestationCa()));
        return new AuthenticatorSession(stateFile, builder.build(), saved.isPresent());
    }

    Ctap2Authenticator authenticator() {
        return authenticator;
    }

    void save() {
        try {
            CredentialStateFile.write(stateFile,
                    new SavedAuthenticator(authenticator.state(), authenticator.attestationCa()));
        } catch (StateFileException e) {
            throw CliException.badInput(e.getMessage());
        }
    }

    /** Whether the state came from the file (false: the file was missing and this is a fresh authenticator). */
    boolean loaded() {
        return loaded;
    }

    /** Resolves --tamper names against the catalogue; an unknown name is bad input. */
    static TamperSet tamperings(List<String> names, TamperingCatalogue catalogue) {
        List<Tampering> out = new ArrayList<>();
        for (String name : names) {
            out.add(catalogue.byName(name).orElseThrow(() -> CliException.badInput("unknown tampering '" + name
                    + "'; 'passkey-harness authenticator tamperings' lists them")));
        }
        return new TamperSet(out);
    }

    private static Optional<SavedAuthenticator> load(Path stateFile) {
        try {
            return CredentialStateFile.read(stateFile);
        } catch (StateFileException e) {
            throw CliException.badInput(e.getMessage());
        }
    }
}
