package dev.passkeyharness.conformance.kill;

import static dev.passkeyharness.conformance.catalogue.TestChecks.expectedRule;
import static dev.passkeyharness.conformance.catalogue.TestChecks.setup;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.attestation.AttestationFormat;
import dev.passkeyharness.conformance.catalogue.BuiltInCatalogue;
import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.runner.CatalogueRunner;
import dev.passkeyharness.conformance.runner.judge.CheckResult;
import dev.passkeyharness.conformance.runner.RunReport;
import dev.passkeyharness.conformance.runner.judge.Verdict;
import dev.passkeyharness.rp.webauthn.Rule;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The catalogue's worth: for every verification rule, an RP that skips only that rule fails at least one check that
 * a strict RP passes. The rules of the reference RP are enumerated, so a new rule without a catching check (or
 * without a step here) fails the build.
 */
class CatalogueKillTest {

    /** The reference RP's rules and the lenient RP's step that enforces each. */
    static final Map<Rule, Step> STEP_OF_RULE = new EnumMap<>(Map.ofEntries(
            Map.entry(Rule.MALFORMED, Step.RESPONSE_STRUCTURE),
            Map.entry(Rule.RESPONSE_TYPE, Step.RESPONSE_STRUCTURE),
            Map.entry(Rule.CREDENTIAL_TYPE, Step.CREDENTIAL_TYPE),
            Map.entry(Rule.TYPE, Step.TYPE),
            Map.entry(Rule.CHALLENGE, Step.CHALLENGE),
            Map.entry(Rule.CHALLENGE_EXPIRED, Step.CHALLENGE_EXPIRY),
            Map.entry(Rule.CHALLENGE_REPLAYED, Step.CHALLENGE_SINGLE_USE),
            Map.entry(Rule.CHALLENGE_SESSION, Step.CHALLENGE_SESSION),
            Map.entry(Rule.ORIGIN, Step.ORIGIN),
            Map.entry(Rule.CROSS_ORIGIN, Step.CROSS_ORIGIN),
            Map.entry(Rule.RP_ID_HASH, Step.RP_ID_HASH),
            Map.entry(Rule.USER_PRESENT, Step.USER_PRESENT),
            Map.entry(Rule.USER_VERIFIED, Step.USER_VERIFIED),
            Map.entry(Rule.BACKUP_FLAGS, Step.BACKUP_FLAGS),
            Map.entry(Rule.ALGORITHM, Step.ALGORITHM),
            Map.entry(Rule.ATTESTATION_FORMAT, Step.ATTESTATION_STATEMENT),
            Map.entry(Rule.ATTESTATION_STATEMENT, Step.ATTESTATION_STATEMENT),
            Map.entry(Rule.CREDENTIAL_ID_TOO_LONG, Step.CREDENTIAL_ID_LENGTH),
            Map.entry(Rule.CREDENTIAL_ID_MISMATCH, Step.CREDENTIAL_ID_MATCHES),
            Map.entry(Rule.DUPLICATE_CREDENTIAL, Step.DUPLICATE_CREDENTIAL),
            Map.entry(Rule.CREDENTIAL_NOT_ALLOWED, Step.ALLOWED_CREDENTIAL),
            Map.entry(Rule.UNKNOWN_CREDENTIAL, Step.KNOWN_CREDENTIAL),
            Map.entry(Rule.USER_HANDLE, Step.USER_HANDLE),
            Map.entry(Rule.SIGNATURE, Step.SIGNATURE),
            Map.entry(Rule.COUNTER, Step.COUNTER),
            Map.entry(Rule.ATTESTATION_UNTRUSTED, Step.ATTESTATION_TRUST),
            Map.entry(Rule.ATTESTATION_TYPE, Step.ATTESTATION_TYPE),
            Map.entry(Rule.AUTHENTICATOR_STATUS, Step.AUTHENTICATOR_STATUS),
            Map.entry(Rule.METADATA_STALE, Step.METADATA_FRESHNESS)));

    /**
     * Rules no lenient step stands for, and why: token binding is advisory (WebAuthn L3 dropped it); extension
     * outputs have no check yet; OTHER is the catch-all. The BLOB processing steps (signature, chain, revocation)
     * have no rule of their own: a refused BLOB leaves its authenticators untrusted.
     */
    static final Set<Rule> NOT_KILLED = EnumSet.of(Rule.TOKEN_BINDING, Rule.EXTENSIONS, Rule.OTHER);

    private static final long SEED = 5;
    /** Two checks at a time, as `run` does on two cores; verdicts do not depend on it. */
    private static final int WORKERS = 2;
    private static List<Check> catalogue;
    private static Set<String> passingWhenStrict;

    @BeforeAll
    static void strictBaseline() {
        catalogue = BuiltInCatalogue.load();
        try (LenientTarget strict = new LenientTarget(EnumSet.noneOf(Step.class))) {
            RunReport report = new CatalogueRunner(WORKERS).run(catalogue, strict, SEED, CatalogueRunner.SILENT);
            passingWhenStrict = ids(report, Verdict.PASS);
        }
    }

    @Test
    void everyRuleOfTheReferenceRpHasAStepOrAReason() {
        for (Rule rule : Rule.values()) {
            assertEquals(!NOT_KILLED.contains(rule), STEP_OF_RULE.containsKey(rule),
                    rule + " needs a lenient step in STEP_OF_RULE, or a reason in NOT_KILLED");
        }
    }

    @ParameterizedTest
    @EnumSource(Step.class)
    void switchingOffOneStepFailsACheckThatAStrictRpPasses(Step step) {
        try (LenientTarget lenient = new LenientTarget(EnumSet.of(step))) {
            RunReport report = new CatalogueRunner(WORKERS).run(catalogue, lenient, SEED, CatalogueRunner.SILENT);
            Set<String> caught = ids(report, Verdict.FAIL).stream().filter(passingWhenStrict::contains)
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
            assertFalse(caught.isEmpty(), "no check catches an RP that skips " + step);
        }
    }

    /**
     * Each negative check of the attestation formats file fails against an RP that skips the step of its rule (the
     * attestation statement, or the structure step for tpm fields webauthn4j refuses while parsing). The metadata
     * trust step is off too: a certificate chain out of order fails both the statement's signature and the chain to
     * the metadata's root, and only the first is this file's rule.
     */
    @Test
    void everyAttestationFormatCheckFailsWithItsStepSwitchedOff() {
        List<Check> formats = catalogue.stream()
                .filter(c -> c.source().startsWith("catalogue/attestation-formats.yaml") && c.negative()
                        && passingWhenStrict.contains(c.id()))
                .toList();
        assertTrue(formats.size() >= 20, "negative format checks a strict lenient RP passes: " + formats.size());
        // no format check may drop out of the kill test: the android-safetynet ones compare timestampMs with the wall
        // clock, and the RS256 ones need the lenient RP to offer RS256 (ALGORITHMS)
        List<String> mustRun = catalogue.stream().filter(c -> c.source().startsWith("catalogue/attestation-formats.yaml")
                && (c.negative() || setup(c).attestation() == AttestationFormat.ANDROID_SAFETYNET)).map(Check::id).toList();
        assertEquals(List.of(), mustRun.stream().filter(id -> !passingWhenStrict.contains(id)).toList(),
                "format checks a strict lenient RP does not pass");
        assertTrue(catalogue.stream().filter(c -> setup(c).attestation() == AttestationFormat.ANDROID_SAFETYNET).count() >= 11,
                "android-safetynet checks");
        // the RSA pubArea of tpm, the android-safetynet response of an RS256 credential, android-key RS256 sig and leaf
        assertTrue(formats.stream().filter(c -> "RS256".equals(algorithmOf(c))).count() >= 4,
                "RS256 format checks in the kill test: " + formats.stream().map(Check::id).toList());
        Set<String> caught = new java.util.TreeSet<>();
        for (Step step : List.of(Step.ATTESTATION_STATEMENT, Step.RESPONSE_STRUCTURE)) {
            List<Check> ofStep = formats.stream()
                    .filter(c -> expectedRule(c) == null || STEP_OF_RULE.get(ruleOf(expectedRule(c))) == step).toList();
            try (LenientTarget lenient = new LenientTarget(EnumSet.of(step, Step.ATTESTATION_TRUST))) {
                caught.addAll(ids(new CatalogueRunner().run(ofStep, lenient, SEED, CatalogueRunner.SILENT),
                        Verdict.FAIL));
            }
        }
        List<String> missed = formats.stream().map(Check::id).filter(id -> !caught.contains(id)).toList();
        assertEquals(List.of(), missed, "format checks no switched-off step makes fail");
    }

    /** The credential algorithm a check makes: its setup's, or its profile's first. */
    private static String algorithmOf(Check check) {
        if (setup(check).algorithm() != null) {
            return setup(check).algorithm().jwaName();
        }
        return setup(check).profile().algorithms().get(0).jwaName();
    }

    private static Rule ruleOf(String id) {
        return java.util.Arrays.stream(Rule.values()).filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static Set<String> ids(RunReport report, Verdict verdict) {
        return report.results().stream().filter(r -> r.verdict() == verdict).map(CheckResult::check).map(Check::id)
                .collect(Collectors.toSet());
    }
}
