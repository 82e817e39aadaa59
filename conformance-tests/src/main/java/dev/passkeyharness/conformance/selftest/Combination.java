package dev.passkeyharness.conformance.selftest;

import dev.passkeyharness.authenticator.attestation.AttestationFormat;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.profile.AuthenticatorProfile;
import dev.passkeyharness.authenticator.profile.Profiles;
import dev.passkeyharness.authenticator.client.ResidentKeyRequirement;
import dev.passkeyharness.authenticator.client.UserVerificationRequirement;
import dev.passkeyharness.conformance.catalogue.AttestationConveyance;
import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.catalogue.CheckHeader;
import dev.passkeyharness.conformance.catalogue.Expectation;
import dev.passkeyharness.conformance.catalogue.Level;
import dev.passkeyharness.conformance.catalogue.Procedure;
import dev.passkeyharness.conformance.catalogue.Setup;
import java.util.ArrayList;
import java.util.List;

/** One self-test case: a profile restricted to one algorithm, with one attestation format. */
public record Combination(AuthenticatorProfile baseProfile, CoseAlgorithm alg, AttestationFormat attestation) {

    /** Sign-ins before the tested one: with it, every combination signs in twice. */
    private static final int SIGN_INS_BEFORE = 1;

    /** Every profile × every algorithm it supports × every attestation format that can carry that algorithm. */
    public static List<Combination> all() {
        List<Combination> out = new ArrayList<>();
        for (AuthenticatorProfile profile : Profiles.all()) {
            for (CoseAlgorithm alg : profile.algorithms()) {
                for (AttestationFormat format : AttestationFormat.values()) {
                    // WebAuthn L3 §8.3, §8.4, §8.6, §8.8: some formats carry only some key types
                    if (format.algorithms().isEmpty() || format.algorithms().contains(alg)) {
                        out.add(new Combination(profile, alg, format));
                    }
                }
            }
        }
        return out;
    }

    /** The profile the authenticator runs with: only this algorithm, this attestation format. */
    public AuthenticatorProfile profile() {
        return baseProfile.withAlgorithms(List.of(alg)).withAttestation(attestation);
    }

    public String label() {
        return baseProfile.name() + " " + alg.jwaName() + " " + attestation.cliName();
    }

    /**
     * The combination as a check the catalogue runner runs: a registration asking for direct attestation and no
     * discoverable credential (u2f-legacy stores none), and two sign-ins, each of which a correct RP accepts.
     */
    public Check.Authentication check() {
        Setup setup = new Setup(baseProfile, alg, attestation, UserVerificationRequirement.PREFERRED,
                ResidentKeyRequirement.DISCOURAGED, AttestationConveyance.DIRECT, SIGN_INS_BEFORE, Procedure.STANDARD,
                null);
        CheckHeader header = new CheckHeader("self-test." + label().replace(' ', '.'), label(),
                "WebAuthn L3 §7.1, §7.2", Level.REQUIRED, "self-test");
        return new Check.Authentication(header, setup, List.of(), List.of(), Expectation.ACCEPTED, null);
    }
}
