package dev.passkeyharness.conformance.catalogue;

import java.util.Objects;

/**
 * What the runner arranges before the tested step.
 *
 * @param profile the authenticator profile (security-key, platform-synced, u2f-legacy)
 * @param algorithm a COSE algorithm name to restrict the authenticator to, or null for the profile's
 * @param attestation an attestation format CLI name to override the profile's, or null
 * @param userVerification what the options request asks for (required, preferred, discouraged), or null for the RP's
 * @param residentKey what the registration options request asks for, or null for the target's default
 * @param attestationConveyance the options request's attestation member (none, indirect, direct), or null
 * @param signInsBefore accepted sign-ins before the tested authentication (e.g. 1 so a counter can go back)
 * @param metadata a test metadata model (MetadataModels) whose AAGUID the authenticator takes, {@link #LISTED} for
 *     the profile's own as the run's metadata lists it, or null; with either, the check needs a target that trusts
 *     the run's attestation CA
 */
public record Setup(
        String profile,
        String algorithm,
        String attestation,
        String userVerification,
        String residentKey,
        String attestationConveyance,
        int signInsBefore,
        Procedure procedure,
        String metadata) {

    public static final String LISTED = "listed";

    public static final Setup DEFAULT = new Setup("security-key", null, null, null, null, null, 0, Procedure.STANDARD);

    /** A setup with the profile's own AAGUID. */
    public Setup(String profile, String algorithm, String attestation, String userVerification, String residentKey,
            String attestationConveyance, int signInsBefore, Procedure procedure) {
        this(profile, algorithm, attestation, userVerification, residentKey, attestationConveyance, signInsBefore,
                procedure, null);
    }

    public Setup {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(procedure, "procedure");
        if (signInsBefore < 0 || signInsBefore > 5) {
            throw new IllegalArgumentException("signInsBefore must be 0..5");
        }
    }
}
