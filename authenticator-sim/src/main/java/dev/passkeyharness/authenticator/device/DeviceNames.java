package dev.passkeyharness.authenticator.device;

import dev.passkeyharness.authenticator.attestation.AttestationFormat;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.device.DeviceSpecException.Part;
import dev.passkeyharness.authenticator.metadata.MetadataModel;
import dev.passkeyharness.authenticator.metadata.MetadataModels;
import dev.passkeyharness.authenticator.profile.AuthenticatorProfile;
import dev.passkeyharness.authenticator.profile.Profiles;
import dev.passkeyharness.authenticator.tamper.TamperSet;
import dev.passkeyharness.authenticator.tamper.Tampering;
import dev.passkeyharness.authenticator.tamper.Tamperings;
import dev.passkeyharness.authenticator.user.SimulatedUser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The one place a device is resolved from names: profile names, COSE algorithm names, attestation format CLI names,
 * metadata model names, tampering names and user answers, each refused with a {@link DeviceSpecException}.
 */
public final class DeviceNames {

    private static final List<String> USERS = List.of("approve", "decline", "no-uv");

    private DeviceNames() {
    }

    /**
     * A device of profile {@code profile} restricted to {@code algorithm} and attesting with {@code attestation},
     * each where not null.
     */
    public static DeviceSpec spec(String profile, String algorithm, String attestation) {
        return DeviceSpec.of(profile(profile), Optional.ofNullable(algorithm).map(DeviceNames::algorithm),
                Optional.empty(), Optional.ofNullable(attestation).map(DeviceNames::attestation));
    }

    public static AuthenticatorProfile profile(String name) {
        return Profiles.byName(name).orElseThrow(() -> DeviceSpecException.unknown(Part.PROFILE, name,
                Profiles.all().stream().map(AuthenticatorProfile::name).toList()));
    }

    public static CoseAlgorithm algorithm(String name) {
        return CoseAlgorithm.fromName(name).orElseThrow(() -> DeviceSpecException.unknown(Part.ALGORITHM, name,
                Arrays.stream(CoseAlgorithm.values()).map(CoseAlgorithm::jwaName).toList()));
    }

    public static AttestationFormat attestation(String cliName) {
        try {
            return AttestationFormat.fromCliName(cliName);
        } catch (IllegalArgumentException e) {
            throw DeviceSpecException.refused(Part.ATTESTATION, cliName,
                    Arrays.stream(AttestationFormat.values()).map(AttestationFormat::cliName).toList(), e);
        }
    }

    public static MetadataModel metadataModel(String name) {
        return MetadataModels.byName(name)
                .orElseThrow(() -> DeviceSpecException.unknown(Part.METADATA_MODEL, name, MetadataModels.names()));
    }

    public static SimulatedUser user(String answer) {
        try {
            return SimulatedUser.fromCliName(answer);
        } catch (IllegalArgumentException e) {
            throw DeviceSpecException.refused(Part.USER, answer, USERS, e);
        }
    }

    public static Tampering tampering(String name) {
        return Tamperings.byName(name)
                .orElseThrow(() -> DeviceSpecException.unknown(Part.TAMPERING, name, Tamperings.names()));
    }

    /** The named tamperings, in the order given. */
    public static TamperSet tamperings(List<String> names) {
        List<Tampering> out = new ArrayList<>();
        for (String name : names) {
            out.add(tampering(name));
        }
        return new TamperSet(out);
    }
}
