package dev.passkeyharness.conformance.cli;

import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.device.DeviceSpec;
import dev.passkeyharness.authenticator.metadata.TestMetadata;
import dev.passkeyharness.authenticator.profile.Profiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code authenticator metadata}: a test FIDO MDS3 BLOB for the simulator's profiles, with the state file's attestation
 * root, signed by a freshly generated MDS root whose PEM goes beside it.
 */
@Command(name = "metadata", description = "Write a test FIDO MDS3 metadata BLOB for the simulator's profiles "
        + "(attestation root from the state file's CA) and mds-root.pem beside it (creating the state file if missing).")
final class MetadataCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The BLOB file to write.")
    Path out;

    @Option(names = "--revoke", paramLabel = "AAGUID", arity = "1..*",
            description = "Give these AAGUIDs (UUID form) a REVOKED status report.")
    List<String> revoke = new ArrayList<>();

    @Option(names = "--with-faulty", description = "Also write the faulty BLOBs the metadata checks need "
            + "(FILE-expired, -bad-signature, -untrusted-chain, -revoked-intermediate, -revoked-signer) and the MDS "
            + "CRLs (mds-root.crl, mds-intermediate.crl).")
    boolean faulty;

    @Option(names = "--state", paramLabel = "FILE", defaultValue = CeremonyOptions.DEFAULT_STATE,
            description = "Credential state file. Default: ${DEFAULT-VALUE}.")
    Path state;

    @Override
    public Integer call() {
        Set<Bytes> revoked = new LinkedHashSet<>();
        for (String aaguid : revoke) {
            revoked.add(aaguid(aaguid));
        }
        AuthenticatorSession session =
                AuthenticatorSession.open(state, DeviceSpec.of(Profiles.SECURITY_KEY));
        TestMetadata metadata;
        try {
            metadata = TestMetadata.create(session.device().attestationCa(), Profiles.all(), revoked,
                    new SecureRandom(), Clock.systemUTC());
        } catch (IllegalArgumentException e) {
            throw CliException.badInput("--revoke: " + e.getMessage());
        }
        if (!session.loaded()) {
            session.save();
        }
        List<Path> written;
        try {
            written = metadata.write(out, faulty);
        } catch (IOException e) {
            throw CliException.badInput("--out " + out + ": cannot write: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
        written.forEach(spec.commandLine().getOut()::println);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private static Bytes aaguid(String text) {
        UUID uuid;
        try {
            uuid = UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw CliException.badInput("--revoke '" + text + "' is not an AAGUID in UUID form "
                    + "(e.g. 7068682d-7365-6375-7269-747979796b65)");
        }
        if (!uuid.toString().equalsIgnoreCase(text)) {
            throw CliException.badInput("--revoke '" + text + "' is not an AAGUID in UUID form");
        }
        return Bytes.of(ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits()).array());
    }
}
