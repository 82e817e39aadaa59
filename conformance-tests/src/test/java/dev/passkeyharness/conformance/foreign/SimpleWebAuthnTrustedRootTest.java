package dev.passkeyharness.conformance.foreign;

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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trust declared both ways, as the README tells a user to: SimpleWebAuthn given the run's root beside Apple's and
 * Google's, and the run told so. The formats its defaults left inconclusive are then judged: the android-key chain
 * ends with the root, as the library's known-root comparison needs, and the one real deviation left is its own.
 */
class SimpleWebAuthnTrustedRootTest {

    private static final String ANDROID_KEY = "Server-ServerAuthenticatorAttestationResponse-Resp-A P-1";
    private static final String ANDROID_KEY_RS256 = "attestation.android-key.rs256";
    private static final String APPLE = "attestation.apple.valid";
    private static final String SAFETYNET = "Server-ServerAuthenticatorAttestationResponse-Resp-B P-1";
    private static final String EXPIRED_INTERMEDIATE = "Server-ServerAuthenticatorAttestationResponse-Resp-5 F-12";

    @Test
    void withTheRunsRootLoadedEveryFormatIsJudged(@TempDir Path dir) throws IOException {
        AttestationCa ca = AttestationCa.create(new DeterministicRandom(31, "declared-ca"), Clock.systemUTC());
        Path root = Files.writeString(dir.resolve("root.pem"), ca.rootCertificatePem());
        Set<String> ids = Set.of(ANDROID_KEY, ANDROID_KEY_RS256, APPLE, SAFETYNET, EXPIRED_INTERMEDIATE);
        List<Check> checks = BuiltInCatalogue.load().stream().filter(c -> ids.contains(c.id())).toList();
        assertEquals(ids.size(), checks.size(), "every check is in the catalogue");

        Map<String, CheckResult> results;
        try (ForeignServer server = SimpleWebAuthnServerConformanceTest.start(
                Map.of("ATTESTATION_ROOT_PEM", root.toString()));
                HttpTarget target = HttpTarget.of(server.origin(), Api.CONFORMANCE).withAttestationCa(ca)) {
            results = new CatalogueRunner(1).run(checks, target, 31, CatalogueRunner.SILENT).results().stream()
                    .collect(Collectors.toMap(r -> r.check().id(), r -> r));
        }

        for (String id : List.of(ANDROID_KEY, APPLE, SAFETYNET, EXPIRED_INTERMEDIATE)) {
            assertEquals(Verdict.PASS, results.get(id).verdict(), id + ": " + results.get(id).message());
        }
        // the library compares an android-key leaf with the credential key as EC points only (convertCOSEtoPKCS),
        // so it refuses a correct RS256 android-key registration (WebAuthn L3 §8.4 allows any credential algorithm)
        CheckResult rs256 = results.get(ANDROID_KEY_RS256);
        assertEquals(Verdict.FAIL, rs256.verdict(), rs256.message());
        assertTrue(rs256.message().contains("Credential public key does not equal leaf cert public key"),
                rs256.message());
    }
}
