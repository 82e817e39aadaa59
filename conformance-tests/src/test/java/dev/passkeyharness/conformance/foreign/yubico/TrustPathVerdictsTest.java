package dev.passkeyharness.conformance.foreign.yubico;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.attestation.AttestationCa;
import dev.passkeyharness.authenticator.crypto.DeterministicRandom;
import dev.passkeyharness.conformance.catalogue.BuiltInCatalogue;
import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.runner.CatalogueRunner;
import dev.passkeyharness.conformance.runner.judge.CheckResult;
import dev.passkeyharness.conformance.runner.judge.Verdict;
import dev.passkeyharness.conformance.target.Api;
import dev.passkeyharness.conformance.target.HttpTarget;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Checks that break only an attestation's trust path (an expired certificate, the root sent in x5c) against Yubico's
 * library, which with its defaults trusts no root and accepts untrusted attestation (WebAuthn L3 §7.1 step 25 allows
 * that): inconclusive while the run's CA is not declared, judged once the server trusts the CA and the run says so.
 */
class TrustPathVerdictsTest {

    private static final String EXPIRED_LEAF = "Server-ServerAuthenticatorAttestationResponse-Resp-5 F-6";
    private static final String ROOT_INCLUDED = "Server-ServerAuthenticatorAttestationResponse-Resp-5 F-10";
    private static final String EXPIRED_INTERMEDIATE = "Server-ServerAuthenticatorAttestationResponse-Resp-5 F-12";
    private static final String VALID_FULL = "Server-ServerAuthenticatorAttestationResponse-Resp-5 P-1";

    private static Map<String, CheckResult> run(YubicoServer server, Optional<AttestationCa> declared,
            Set<String> ids) {
        List<Check> checks = BuiltInCatalogue.load().stream().filter(c -> ids.contains(c.id())).toList();
        assertEquals(ids.size(), checks.size(), "every check is in the catalogue");
        HttpTarget target = HttpTarget.of(server.origin(), Api.CONFORMANCE);
        try (HttpTarget declaredTarget = declared.map(target::withAttestationCa).orElse(target)) {
            return new CatalogueRunner(1).run(checks, declaredTarget, 21, CatalogueRunner.SILENT).results().stream()
                    .collect(Collectors.toMap(r -> r.check().id(), r -> r));
        }
    }

    @Test
    void anAcceptedBrokenTrustPathIsInconclusiveWhileTheRunsCaIsNotDeclared() {
        try (YubicoServer server = YubicoServer.start(Optional.empty())) {
            Map<String, CheckResult> results = run(server, Optional.empty(),
                    Set.of(EXPIRED_LEAF, ROOT_INCLUDED, EXPIRED_INTERMEDIATE));

            for (CheckResult result : results.values()) {
                assertEquals(Verdict.INCONCLUSIVE, result.verdict(), result.check().id() + ": " + result.message());
                assertTrue(result.message().startsWith("accepted; the check breaks its packed attestation's trust path"),
                        result.message());
                assertTrue(result.message().contains("passkey-harness authenticator ca --out DIR --state FILE"),
                        result.message());
            }
        }
    }

    @Test
    void withTheCaTrustedAndDeclaredTheTrustPathIsJudged() throws Exception {
        AttestationCa declared = AttestationCa.create(new DeterministicRandom(8, "declared-ca"), Clock.systemUTC());
        X509Certificate root = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(declared.rootCertificate().toByteArray()));
        try (YubicoServer server = YubicoServer.start(Optional.of(root))) {
            Map<String, CheckResult> results = run(server, Optional.of(declared),
                    Set.of(VALID_FULL, EXPIRED_LEAF, EXPIRED_INTERMEDIATE));

            for (CheckResult result : results.values()) {
                assertEquals(Verdict.PASS, result.verdict(), result.check().id() + ": " + result.message());
            }
        }
    }
}
