package dev.passkeyharness.authenticator.device;

import dev.passkeyharness.authenticator.attestation.AttestationCa;
import dev.passkeyharness.authenticator.attestation.AttestationFormat;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.ctap.AuthenticatorState;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.profile.AuthenticatorProfile;
import dev.passkeyharness.authenticator.tamper.TamperSet;
import dev.passkeyharness.authenticator.user.SimulatedUser;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What one simulated device is: its profile (with any algorithm, attestation or AAGUID override already applied),
 * how its person answers, the tamperings active at its authenticator and its client alike, and where its randomness,
 * attestation CA and credentials come from. {@link SimulatedDevice#of} builds it; {@link DeviceNames} resolves one
 * from names.
 *
 * @param seed empty for fresh randomness; a seed makes keys, IDs, certificates and signatures repeat
 * @param attestationCa empty for a CA made from the device's own randomness
 * @param state empty for a fresh device; else the credentials, wrapping key and counter to continue from
 */
public record DeviceSpec(AuthenticatorProfile profile, SimulatedUser user, TamperSet tamperings, OptionalLong seed,
        Optional<AttestationCa> attestationCa, Optional<AuthenticatorState> state) {

    public DeviceSpec {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(tamperings, "tamperings");
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(attestationCa, "attestationCa");
        Objects.requireNonNull(state, "state");
    }

    /** A fresh, unseeded, untampered device of {@code profile} whose person approves. */
    public static DeviceSpec of(AuthenticatorProfile profile) {
        return new DeviceSpec(profile, SimulatedUser.APPROVE, TamperSet.NONE, OptionalLong.empty(), Optional.empty(),
                Optional.empty());
    }

    /**
     * A device of {@code profile} as a model is described: restricted to {@code algorithm}, under another
     * {@code aaguid}, attesting with {@code attestation}, each where present, in that order.
     */
    public static DeviceSpec of(AuthenticatorProfile profile, Optional<CoseAlgorithm> algorithm,
            Optional<Bytes> aaguid, Optional<AttestationFormat> attestation) {
        DeviceSpec spec = of(profile);
        if (algorithm.isPresent()) {
            spec = spec.restrictedTo(algorithm.get());
        }
        if (aaguid.isPresent()) {
            spec = spec.withAaguid(aaguid.get());
        }
        if (attestation.isPresent()) {
            spec = spec.attesting(attestation.get());
        }
        return spec;
    }

    /** The device makes {@code algorithm} credentials only, whether or not its profile lists it. */
    public DeviceSpec restrictedTo(CoseAlgorithm algorithm) {
        return withProfile(profile.withAlgorithms(List.of(algorithm)));
    }

    /** As {@link #restrictedTo}, refusing an algorithm the profile does not list. */
    public DeviceSpec restrictedToListed(CoseAlgorithm algorithm) {
        if (!profile.algorithms().contains(algorithm)) {
            throw DeviceSpecException.refused(DeviceSpecException.Part.ALGORITHM, algorithm.jwaName(),
                    profile.algorithms().stream().map(CoseAlgorithm::jwaName).toList(),
                    new IllegalArgumentException("profile " + profile.name() + " does not support " + algorithm.jwaName()));
        }
        return restrictedTo(algorithm);
    }

    /** The device attests with {@code format}, keeping those of its algorithms the format can attest. */
    public DeviceSpec attesting(AttestationFormat format) {
        try {
            return withProfile(profile.withAttestation(format));
        } catch (IllegalArgumentException e) {
            throw DeviceSpecException.refused(DeviceSpecException.Part.ATTESTATION, format.cliName(), List.of(), e);
        }
    }

    /** The same model under another AAGUID, e.g. one a metadata BLOB says something particular about. */
    public DeviceSpec withAaguid(Bytes aaguid) {
        return withProfile(profile.withAaguid(aaguid));
    }

    public DeviceSpec withProfile(AuthenticatorProfile newProfile) {
        return new DeviceSpec(newProfile, user, tamperings, seed, attestationCa, state);
    }

    public DeviceSpec withUser(SimulatedUser newUser) {
        return new DeviceSpec(profile, newUser, tamperings, seed, attestationCa, state);
    }

    public DeviceSpec withTamperings(TamperSet newTamperings) {
        return new DeviceSpec(profile, user, newTamperings, seed, attestationCa, state);
    }

    public DeviceSpec withSeed(long newSeed) {
        return new DeviceSpec(profile, user, tamperings, OptionalLong.of(newSeed), attestationCa, state);
    }

    public DeviceSpec withAttestationCa(AttestationCa ca) {
        return new DeviceSpec(profile, user, tamperings, seed, Optional.of(ca), state);
    }

    /** The device continues from {@code saved}: its credentials, wrapping key and global counter. */
    public DeviceSpec continuingFrom(AuthenticatorState saved) {
        return new DeviceSpec(profile, user, tamperings, seed, attestationCa, Optional.of(saved));
    }
}
