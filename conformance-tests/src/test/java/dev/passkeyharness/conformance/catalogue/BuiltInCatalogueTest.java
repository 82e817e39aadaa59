package dev.passkeyharness.conformance.catalogue;

import static dev.passkeyharness.conformance.catalogue.TestChecks.edits;
import static dev.passkeyharness.conformance.catalogue.TestChecks.setup;
import static dev.passkeyharness.conformance.catalogue.TestChecks.tamperings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.data.Ceremony;
import dev.passkeyharness.authenticator.tamper.ResponseEditTamperings;
import dev.passkeyharness.authenticator.client.ResidentKeyRequirement;
import dev.passkeyharness.authenticator.tamper.Tampering;
import dev.passkeyharness.authenticator.tamper.Tamperings;
import dev.passkeyharness.authenticator.tamper.edit.EditPointer;
import dev.passkeyharness.authenticator.tamper.edit.ResponseEdit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BuiltInCatalogueTest {

    private static final String CREATE = "Server-ServerPublicKeyCredentialCreationOptions-Req-1 ";
    private static final String GET = "Server-ServerPublicKeyCredentialGetOptionsResponse-Req-1 ";
    private static final String ATT = "Server-ServerAuthenticatorAttestationResponse-Resp-";
    private static final String ASR = "Server-ServerAuthenticatorAssertionResponse-Resp-";
    /** Tamperings that yield valid input: a correct RP accepts them. */
    private static final Set<String> VALID_INPUT = Set.of("encoding.cbor.noncanonical", "encoding.cbor.indefinite-length",
            "authData.counter.max", "authData.flags.uv.set", "attStmt.tpm.aik.rs1");

    private final List<Check> checks = BuiltInCatalogue.load();

    /**
     * Every FIDO server item of the public list (with android-safetynet's Resp-B from the older list) except the
     * disabled tpm P-3 and the MDS2 TOC hash item, which does not apply to MDS3 BLOBs.
     */
    static List<String> expectedFidoIds() {
        List<String> ids = new ArrayList<>();
        range(ids, CREATE + "P-", 1, 4);
        ids.add(ATT + "1 P-1");
        range(ids, ATT + "1 F-", 1, 15);
        range(ids, ATT + "2 F-", 1, 17);
        ids.add(ATT + "3 P-1");
        range(ids, ATT + "3 F-", 1, 19);
        range(ids, ATT + "4 P-", 1, 12);
        range(ids, ATT + "5 P-", 1, 5);
        range(ids, ATT + "5 F-", 1, 14);
        List.of("P-1", "F-1", "F-2", "F-3").forEach(n -> ids.add(ATT + "6 " + n));
        List.of("P-1", "P-2", "F-1").forEach(n -> ids.add(ATT + "7 " + n));
        List.of("P-1", "F-1", "F-2").forEach(n -> ids.add(ATT + "8 " + n));
        List.of("P-1", "P-2", "P-4", "F-1", "F-2", "F-3", "F-4").forEach(n -> ids.add(ATT + "9 " + n));
        List.of("P-1", "F-1", "F-2", "F-3").forEach(n -> ids.add(ATT + "A " + n));
        ids.add(ATT + "B P-1");
        range(ids, ATT + "B F-", 1, 7);
        range(ids, GET + "P-", 1, 2);
        ids.add(ASR + "1 P-1");
        range(ids, ASR + "1 F-", 1, 21);
        range(ids, ASR + "2 F-", 1, 17);
        range(ids, ASR + "3 P-", 1, 7);
        range(ids, ASR + "3 F-", 1, 5);
        ids.add("Server-MDS3 P-1");
        List.of("USER_VERIFICATION_BYPASS", "ATTESTATION_KEY_COMPROMISE", "USER_KEY_REMOTE_COMPROMISE",
                "USER_KEY_PHYSICAL_COMPROMISE", "REVOKED").forEach(s -> ids.add("Server-MDS3 F-1 " + s));
        range(ids, "Server-MDS3 F-", 2, 5);
        return ids;
    }

    private static void range(List<String> ids, String prefix, int from, int to) {
        IntStream.rangeClosed(from, to).forEach(n -> ids.add(prefix + n));
    }

    @Test
    void loadsAtLeast150ChecksOfWhichAtLeast110Negative() {
        assertTrue(checks.size() >= 150, "checks: " + checks.size());
        long negative = checks.stream().filter(Check::negative).count();
        assertTrue(negative >= 110, "negative checks: " + negative);
    }

    @Test
    void theFormatsFileHasAValidCheckPerFormatAndAlgorithmAndTwentyNegatives() {
        List<Check> formats = checks.stream().filter(c -> c.source().startsWith("catalogue/attestation-formats.yaml"))
                .toList();
        assertTrue(formats.stream().filter(Check::negative).count() >= 20);
        for (String formatAndAlgorithm : List.of("tpm RS256", "tpm ES256", "android-key ES256", "android-key RS256",
                "apple ES256", "android-safetynet ES256", "android-safetynet RS256")) {
            assertTrue(formats.stream().anyMatch(c -> c.expected() == Expectation.ACCEPTED
                    && c.ceremony() == CheckCeremony.REGISTRATION && tamperings(c).isEmpty()
                    && formatAndAlgorithm.equals(formatOf(c) + " " + algorithmOf(c))), formatAndAlgorithm);
        }
    }

    private static String formatOf(Check check) {
        if (setup(check).attestation() != null) {
            return setup(check).attestation().cliName();
        }
        return setup(check).profile().attestation().cliName();
    }

    private static String algorithmOf(Check check) {
        if (setup(check).algorithm() != null) {
            return setup(check).algorithm().jwaName();
        }
        return setup(check).profile().algorithms().get(0).jwaName();
    }

    @Test
    void idsAreUnique() {
        Set<String> seen = new HashSet<>();
        checks.forEach(c -> assertTrue(seen.add(c.id()), "duplicate " + c.id()));
    }

    @Test
    void everyListedFidoItemIsPresent() {
        Set<String> ids = checks.stream().map(Check::id).collect(Collectors.toSet());
        List<String> missing = expectedFidoIds().stream().filter(id -> !ids.contains(id)).toList();
        assertEquals(List.of(), missing);
        long fido = checks.stream().filter(c -> c.id().startsWith("Server-")).count();
        assertEquals(expectedFidoIds().size(), fido, "FIDO items beyond the expected list");
    }

    @Test
    void everyEditPointerIsParsedAtLoadAndKeepsItsText() {
        List<ResponseEdit> edits = checks.stream().flatMap(c -> edits(c).stream()).toList();
        assertTrue(edits.size() >= 50, "only " + edits.size() + " edits");
        for (ResponseEdit edit : edits) {
            assertEquals(edit.pointer(), EditPointer.parse(edit.pointer().text()), edit.pointer().text());
        }
        for (Check c : checks) {
            Ceremony ceremony = c.ceremony() == CheckCeremony.AUTHENTICATION ? Ceremony.AUTHENTICATION
                    : Ceremony.REGISTRATION;
            long beforeSigning = edits(c).stream().filter(e -> e.pointer().beforeSigning()).count();
            assertEquals(beforeSigning, ResponseEditTamperings.of(ceremony, edits(c), c.specRef()).size(), c.id());
        }
    }

    @Test
    void everyReferencedTamperingExists() {
        checks.forEach(c -> tamperings(c).forEach(name ->
                assertTrue(Tamperings.byName(name).isPresent(), c.id() + " names " + name)));
    }

    @Test
    void everyTamperingAppearsAndRefusableOnesInANegativeCheck() {
        for (Tampering t : Tamperings.all()) {
            List<Check> using = checks.stream().filter(c -> tamperings(c).contains(t.name())).toList();
            assertFalse(using.isEmpty(), t.name() + " is in no check");
            if (!VALID_INPUT.contains(t.name())) {
                assertTrue(using.stream().anyMatch(Check::negative), t.name() + " is in no negative check");
            }
        }
    }

    @Test
    void validInputTamperingsAreAcceptedChecks() {
        checks.stream().filter(c -> tamperings(c).contains("encoding.cbor.noncanonical")
                        || tamperings(c).contains("encoding.cbor.indefinite-length"))
                .forEach(c -> {
                    assertEquals(Expectation.ACCEPTED, c.expected(), c.id());
                    assertEquals(Level.ADVISORY, c.level(), c.id());
                });
    }

    @Test
    void everyCeremonyAndProfileHasAPositiveControl() {
        for (CheckCeremony ceremony : List.of(CheckCeremony.OPTIONS, CheckCeremony.REGISTRATION,
                CheckCeremony.AUTHENTICATION)) {
            for (String profile : List.of("security-key", "platform-synced", "u2f-legacy")) {
                assertTrue(checks.stream().anyMatch(c -> c.ceremony() == ceremony && setup(c).profile().name().equals(profile)
                        && c.expected() == Expectation.ACCEPTED && tamperings(c).isEmpty() && edits(c).isEmpty()
                        && setup(c).procedure() == Procedure.STANDARD), ceremony + " " + profile);
            }
        }
        for (CheckCeremony ceremony : List.of(CheckCeremony.REGISTRATION, CheckCeremony.AUTHENTICATION)) {
            for (String profile : List.of("windows-hello", "android", "apple")) {
                assertTrue(checks.stream().anyMatch(c -> c.ceremony() == ceremony && setup(c).profile().name().equals(profile)
                        && c.expected() == Expectation.ACCEPTED && tamperings(c).isEmpty()), ceremony + " " + profile);
            }
        }
        checks.stream().filter(c -> setup(c).profile().name().equals("u2f-legacy") && c.ceremony() != CheckCeremony.OPTIONS)
                .forEach(c -> assertEquals(ResidentKeyRequirement.DISCOURAGED, setup(c).residentKey(), c.id()));
    }

    @Test
    void everyCheckCitesItsSourceAndTokenBindingIsAdvisory() {
        checks.forEach(c -> assertTrue(c.source().startsWith("catalogue/"), c.id() + " " + c.source()));
        checks.stream().filter(c -> tamperings(c).contains("clientData.tokenBinding.present")
                        || edits(c).stream().anyMatch(e -> e.pointer().text().endsWith("/tokenBinding")))
                .forEach(c -> assertEquals(Level.ADVISORY, c.level(), c.id()));
    }

    /** RFC 8812 §2 deprecates SHA-1 signatures: an RP may refuse an RS1 AIK as it may refuse RS1 credentials. */
    @Test
    void theSha1TpmItemIsOptional() {
        Check sha1 = checks.stream().filter(c -> c.id().equals(ATT + "9 P-2")).findFirst().orElseThrow();
        assertEquals(List.of("attStmt.tpm.aik.rs1"), tamperings(sha1));
        assertEquals(Expectation.ACCEPTED, sha1.expected());
        assertEquals(Level.OPTIONAL, sha1.level());
    }

    @Test
    void algorithmsTheAuthenticatorLacksAreOptional() {
        Set<String> lacking = Set.of("ES256K", "RS1", "RS384", "RS512", "PS384", "PS512");
        checks.stream().filter(c -> setup(c).algorithm() != null && lacking.contains(setup(c).algorithm().jwaName()))
                .forEach(c -> assertEquals(Level.OPTIONAL, c.level(), c.id()));
    }
}
