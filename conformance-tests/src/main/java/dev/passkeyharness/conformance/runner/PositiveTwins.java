package dev.passkeyharness.conformance.runner;

import dev.passkeyharness.authenticator.attestation.AttestationFormat;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.conformance.catalogue.AttestationConveyance;
import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.catalogue.Expectation;
import dev.passkeyharness.conformance.catalogue.MetadataEntry;
import dev.passkeyharness.conformance.catalogue.Procedure;
import dev.passkeyharness.conformance.catalogue.Setup;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * For each check, the run's positive registration check of the same kind of authenticator (profile, algorithm,
 * attestation format and conveyance, metadata): an untampered registration a correct RP accepts. When the RP refuses
 * the registration a check builds on, that positive check carries the failure once and the dependant points to it.
 */
public final class PositiveTwins {

    /** For a check run on its own: no twin, so a refused setup fails the check itself. */
    public static final PositiveTwins NONE = new PositiveTwins(Map.of());

    private record Kind(String profile, CoseAlgorithm algorithm, AttestationFormat attestation,
            AttestationConveyance conveyance, MetadataEntry metadata) {
        static Kind of(Setup setup) {
            return new Kind(setup.profile().name(), setup.algorithm(), setup.attestation(),
                    setup.attestationConveyance(), setup.metadata());
        }
    }

    private final Map<Kind, String> positives;

    private PositiveTwins(Map<Kind, String> positives) {
        this.positives = positives;
    }

    /** The first positive registration check of each kind among {@code checks}. */
    public static PositiveTwins of(List<Check> checks) {
        Map<Kind, String> positives = new HashMap<>();
        for (Check check : checks) {
            if (check instanceof Check.Registration r && r.expected() == Expectation.ACCEPTED
                    && r.tamperings().isEmpty() && r.edits().isEmpty()
                    && r.setup().procedure() == Procedure.STANDARD) {
                positives.putIfAbsent(Kind.of(r.setup()), r.id());
            }
        }
        return new PositiveTwins(positives);
    }

    /** The positive check {@code check} depends on, unless it is that check itself. */
    public Optional<String> of(Check.SingleStep check) {
        if (check instanceof Check.Options) {
            return Optional.empty();
        }
        String twin = positives.get(Kind.of(check.setup()));
        return Objects.equals(twin, check.id()) ? Optional.empty() : Optional.ofNullable(twin);
    }
}
