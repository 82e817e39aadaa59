package dev.passkeyharness.conformance.selftest;

import dev.passkeyharness.authenticator.attestation.AttestationFormat;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.profile.AuthenticatorProfile;
import dev.passkeyharness.authenticator.profile.Profiles;
import java.util.ArrayList;
import java.util.List;

/** One self-test case: a profile restricted to one algorithm, with one attestation format. */
public record Combination(AuthenticatorProfile baseProfile, CoseAlgorithm alg, AttestationFormat attestation) {

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
}
