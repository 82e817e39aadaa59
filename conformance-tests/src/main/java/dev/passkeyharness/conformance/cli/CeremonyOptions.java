package dev.passkeyharness.conformance.cli;

import dev.passkeyharness.authenticator.user.SimulatedUser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options register and login share. */
final class CeremonyOptions {

    static final String DEFAULT_STATE = ".passkey-harness/state.json";

    @Option(names = "--options", required = true, paramLabel = "FILE",
            description = "The RP's options JSON (W3C JSON form).")
    Path options;

    @Option(names = "--origin", required = true, paramLabel = "URL", description = "The page's origin, e.g. https://example.com.")
    String origin;

    @Option(names = "--state", paramLabel = "FILE", defaultValue = DEFAULT_STATE,
            description = "Credential state file (created if missing; holds private test keys). Default: ${DEFAULT-VALUE}.")
    Path state;

    @Option(names = "--seed", paramLabel = "N", description = "Make keys, IDs and signatures repeatable.")
    Long seed;

    @Option(names = "--tamper", arity = "1..*", paramLabel = "NAME",
            description = "Named tamperings to apply (see 'authenticator tamperings').")
    List<String> tamper = new ArrayList<>();

    @Option(names = "--user", paramLabel = "ANSWER", defaultValue = "approve", converter = Converters.User.class,
            description = "How the simulated person answers: approve, decline, no-uv. Default: ${DEFAULT-VALUE}.")
    SimulatedUser user;
}
