package dev.passkeyharness.conformance.cli;

import dev.passkeyharness.conformance.target.HttpTarget;
import dev.passkeyharness.conformance.target.TlsTrust;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** How an https --target's certificate is trusted: {@code --ca-cert PEM} or, on loopback only, {@code --insecure}. */
final class TlsOptions {

    @Option(names = "--ca-cert", paramLabel = "PEM", description = "With an https --target: trust the certificates in "
            + "this PEM file (a development CA such as mkcert's rootCA.pem, or a self-signed certificate) instead of "
            + "the JDK's roots; host names are still checked.")
    Path caCert;

    @Option(names = "--insecure", description = "With an https --target on this machine (localhost, 127.0.0.1, ::1): "
            + "accept any certificate. Refused for any other host.")
    boolean insecure;

    /** {@code target} with the trust these options ask for; a wrong combination is a usage error (exit 2). */
    HttpTarget apply(HttpTarget target) {
        if (caCert != null && insecure) {
            throw CliException.badInput("--ca-cert and --insecure: give one");
        }
        if (insecure) {
            if (!target.loopback()) {
                throw CliException.badInput("--insecure accepts any certificate, so only for a target on this machine"
                        + " (localhost, 127.0.0.1, ::1), not " + target.description() + "; give --ca-cert PEM");
            }
            return target.withTls(TlsTrust.anyCertificate());
        }
        if (caCert != null) {
            try {
                return target.withTls(TlsTrust.certificatesIn(caCert));
            } catch (IllegalArgumentException e) {
                throw CliException.badInput("--ca-cert " + e.getMessage());
            }
        }
        return target;
    }

    /** Whether either option was given (they need a --target). */
    boolean given() {
        return caCert != null || insecure;
    }
}
