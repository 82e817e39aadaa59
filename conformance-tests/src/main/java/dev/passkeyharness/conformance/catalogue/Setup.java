package dev.passkeyharness.conformance.catalogue;

import dev.passkeyharness.authenticator.attestation.AttestationFormat;
import dev.passkeyharness.authenticator.client.ResidentKeyRequirement;
import dev.passkeyharness.authenticator.client.UserVerificationRequirement;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.profile.AuthenticatorProfile;
import dev.passkeyharness.authenticator.profile.Profiles;
import java.util.Objects;

/**
 * What the runner arranges before the tested step.
 *
 * @param profile the authenticator profile (security-key, platform-synced, u2f-legacy…)
 * @param algorithm the COSE algorithm to restrict the authenticator to, or null for the profile's
 * @param attestation the attestation format to override the profile's, or null
 * @param userVerification what the options request asks for, or null for the RP's
 * @param residentKey what the registration options request asks for, or null for the target's default
 * @param attestationConveyance the options request's attestation member, or null
 * @param signInsBefore accepted sign-ins before the tested authentication (e.g. 1 so a counter can go back)
 * @param metadata how the run's metadata lists the device, or null when the check needs no metadata
 */
public record Setup(
        AuthenticatorProfile profile,
        CoseAlgorithm algorithm,
        AttestationFormat attestation,
        UserVerificationRequirement userVerification,
        ResidentKeyRequirement residentKey,
        AttestationConveyance attestationConveyance,
        int signInsBefore,
        Procedure procedure,
        MetadataEntry metadata) {

    /** The most a check signs in before its tested authentication. */
    public static final int MAX_SIGN_INS_BEFORE = 5;

    public static final Setup DEFAULT = new Setup(Profiles.SECURITY_KEY, null, null, null, null, null, 0,
            Procedure.STANDARD, null);

    public Setup {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(procedure, "procedure");
        if (signInsBefore < 0 || signInsBefore > MAX_SIGN_INS_BEFORE) {
            throw new IllegalArgumentException("signInsBefore must be 0.." + MAX_SIGN_INS_BEFORE);
        }
    }

    /** This setup with {@code procedure} and {@code signInsBefore}, the rest the default's. */
    public static Setup of(Procedure procedure, int signInsBefore) {
        return new Setup(DEFAULT.profile, null, null, null, null, null, signInsBefore, procedure, null);
    }
}
