package dev.passkeyharness.conformance.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.attestation.AttestationCa;
import dev.passkeyharness.authenticator.crypto.DeterministicRandom;
import dev.passkeyharness.conformance.catalogue.BuiltInCatalogue;
import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.runner.judge.CheckResult;
import dev.passkeyharness.conformance.runner.judge.Verdict;
import dev.passkeyharness.conformance.target.Api;
import dev.passkeyharness.conformance.target.HttpTarget;
import dev.passkeyharness.conformance.target.RpTarget;
import dev.passkeyharness.rp.ReferenceRp;
import dev.passkeyharness.rp.RpSettings;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One root cause, one failure: against an RP that trusts another CA's root only, the registrations every check builds
 * on are refused. Without declared trust each such check is inconclusive and says how to declare it; with trust
 * declared, the positive check fails once and its dependants point to it; run alone, a dependant fails itself.
 */
class InconclusiveVerdictsTest {

    private static final String POSITIVE = "positive.registration.security-key";
    private static final String NEGATIVE_REGISTRATION = "webauthn.registration.packed-cert-ou";
    private static final String AUTHENTICATION = "webauthn.authentication.cross-origin";

    private static ReferenceRp rp;
    private static List<Check> checks;

    @BeforeAll
    static void start() throws Exception {
        AttestationCa other = AttestationCa.create(new DeterministicRandom(99, "other-ca"), Clock.systemUTC());
        X509Certificate root = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(other.rootCertificate().toByteArray()));
        rp = ReferenceRp.start(RpSettings.defaults()
                .withDatabase("jdbc:h2:mem:untrusting-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .withTrustedAttestation(List.of(root))
                .withConformanceApi(true));
        Set<String> ids = Set.of(POSITIVE, NEGATIVE_REGISTRATION, AUTHENTICATION);
        checks = BuiltInCatalogue.load().stream().filter(c -> ids.contains(c.id())).toList();
        assertEquals(3, checks.size());
    }

    @AfterAll
    static void stop() {
        rp.close();
    }

    private static Map<String, CheckResult> run(RpTarget target, long seed) {
        try (target) {
            return new CatalogueRunner(1).run(checks, target, seed, CatalogueRunner.SILENT).results().stream()
                    .collect(Collectors.toMap(r -> r.check().id(), r -> r));
        }
    }

    @Test
    void withoutDeclaredTrustEachRefusalOfTheRunsAttestationIsInconclusiveAndSaysHowToDeclareIt() {
        Map<String, CheckResult> results = run(HttpTarget.of(rp.url(), Api.CONFORMANCE), 1);

        for (CheckResult result : results.values()) {
            assertEquals(Verdict.INCONCLUSIVE, result.verdict(), result.check().id() + ": " + result.message());
            assertTrue(result.message().contains("its packed attestation chains to the run's attestation CA, which the"
                    + " target was not told to trust"), result.message());
            assertTrue(result.message().contains("passkey-harness authenticator ca --out DIR --state FILE"),
                    result.message());
        }
        assertTrue(results.get(AUTHENTICATION).message().startsWith("setup failed: registration refused: "),
                results.get(AUTHENTICATION).message());
        assertTrue(results.get(AUTHENTICATION).message().endsWith("(see " + POSITIVE + ")"),
                results.get(AUTHENTICATION).message());
        assertTrue(results.get(NEGATIVE_REGISTRATION).message().startsWith(
                "refused, but a correct registration right after was refused"), results.get(NEGATIVE_REGISTRATION).message());
    }

    @Test
    void withTrustDeclaredThePositiveCheckFailsOnceAndItsDependantsPointToIt() {
        AttestationCa declared = AttestationCa.create(new DeterministicRandom(5, "declared-ca"), Clock.systemUTC());
        Map<String, CheckResult> results = run(HttpTarget.of(rp.url(), Api.CONFORMANCE).withAttestationCa(declared), 2);

        assertEquals(Verdict.FAIL, results.get(POSITIVE).verdict(), results.get(POSITIVE).message());
        CheckResult authentication = results.get(AUTHENTICATION);
        assertEquals(Verdict.INCONCLUSIVE, authentication.verdict(), authentication.message());
        assertTrue(authentication.message().endsWith("the RP refuses a correct registration of this kind (see " + POSITIVE
                + ")"), authentication.message());
        CheckResult negative = results.get(NEGATIVE_REGISTRATION);
        assertEquals(Verdict.INCONCLUSIVE, negative.verdict(), negative.message());
        // its kind (packed, direct) has no positive check in this selection: the control says it all
        assertTrue(negative.message().contains(", and so was one for a new user ("), negative.message());
        assertTrue(negative.message().endsWith("says nothing about the check's rule"), negative.message());
    }

    @Test
    void aDependantRunAloneFailsItselfWhenTrustIsDeclared() {
        AttestationCa declared = AttestationCa.create(new DeterministicRandom(6, "declared-ca"), Clock.systemUTC());
        Check authentication = checks.stream().filter(c -> c.id().equals(AUTHENTICATION)).findFirst().orElseThrow();
        try (HttpTarget target = HttpTarget.of(rp.url(), Api.CONFORMANCE).withAttestationCa(declared)) {
            CheckResult alone = new CatalogueRunner(1).runOne(authentication, target, 3);

            assertEquals(Verdict.FAIL, alone.verdict(), alone.message());
            assertTrue(alone.message().startsWith("setup failed: registration refused: "), alone.message());
        }
    }
}
