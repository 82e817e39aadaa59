package dev.passkeyharness.conformance.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.attestation.AttestationFormat;
import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.profile.Profiles;
import dev.passkeyharness.authenticator.tamper.edit.ResponseEdit;
import dev.passkeyharness.conformance.catalogue.BuiltInChecks;
import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.catalogue.CheckCeremony;
import dev.passkeyharness.conformance.catalogue.Expectation;
import dev.passkeyharness.conformance.catalogue.Procedure;
import dev.passkeyharness.conformance.catalogue.Setup;
import dev.passkeyharness.conformance.runner.judge.CheckResult;
import dev.passkeyharness.conformance.runner.judge.Verdict;
import dev.passkeyharness.conformance.runner.step.Ceremonies;
import dev.passkeyharness.conformance.target.Api;
import dev.passkeyharness.conformance.target.EmbeddedTarget;
import dev.passkeyharness.conformance.target.Exchange;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.JsonNodeFactory;

/** Every ceremony and procedure against the embedded reference RP, each with a passing and a failing expectation. */
class CatalogueRunnerTest {

    private static EmbeddedTarget target;
    private final CatalogueRunner runner = new CatalogueRunner();

    @BeforeAll
    static void start() {
        target = EmbeddedTarget.start(Api.CONFORMANCE);
    }

    @AfterAll
    static void stop() {
        target.close();
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(CheckCeremony.REGISTRATION, Procedure.STANDARD, List.of("clientData.challenge.wrong"), "challenge"),
                Arguments.of(CheckCeremony.REGISTRATION, Procedure.REPLAY, List.of(), "challenge-replayed"),
                Arguments.of(CheckCeremony.REGISTRATION, Procedure.OTHER_SESSION, List.of(), "challenge-session"),
                Arguments.of(CheckCeremony.REGISTRATION, Procedure.EXPIRED_CHALLENGE, List.of(), "challenge-expired"),
                Arguments.of(CheckCeremony.REGISTRATION, Procedure.DUPLICATE_CREDENTIAL, List.of(), "duplicate-credential"),
                Arguments.of(CheckCeremony.REGISTRATION, Procedure.WRONG_ENDPOINT, List.of(), "challenge"),
                Arguments.of(CheckCeremony.AUTHENTICATION, Procedure.STANDARD, List.of("signature.bitflip"), "signature"),
                Arguments.of(CheckCeremony.AUTHENTICATION, Procedure.REPLAY, List.of(), "challenge-replayed"),
                Arguments.of(CheckCeremony.AUTHENTICATION, Procedure.OTHER_SESSION, List.of(), "challenge-session"),
                Arguments.of(CheckCeremony.AUTHENTICATION, Procedure.EXPIRED_CHALLENGE, List.of(), "challenge-expired"),
                Arguments.of(CheckCeremony.AUTHENTICATION, Procedure.UNKNOWN_CREDENTIAL, List.of(), "unknown-credential"),
                Arguments.of(CheckCeremony.AUTHENTICATION, Procedure.OTHER_USERS_CREDENTIAL, List.of(), "credential-not-allowed"),
                Arguments.of(CheckCeremony.AUTHENTICATION, Procedure.WRONG_ENDPOINT, List.of(), "challenge"));
    }

    @ParameterizedTest(name = "{0} {1} {2} is refused")
    @MethodSource("refusals")
    void aRefusalExpectedPassesWithTheRule(CheckCeremony ceremony, Procedure procedure, List<String> tamperings,
            String rule) {
        CheckResult result = runner.runOne(Checks.of("t." + ceremony + "." + procedure, ceremony, procedure, tamperings, List.of(),
                Expectation.REJECTED), target, 1);

        assertEquals(Verdict.PASS, result.verdict(), result.message());
        assertTrue(result.message().startsWith("refused: " + rule + ":"), result.message());
    }

    @ParameterizedTest(name = "{0} {1} {2} expected accepted fails")
    @MethodSource("refusals")
    void aWrongExpectationFailsSayingWhatHappened(CheckCeremony ceremony, Procedure procedure, List<String> tamperings,
            String rule) {
        CheckResult result = runner.runOne(Checks.of("w." + ceremony + "." + procedure, ceremony, procedure, tamperings, List.of(),
                Expectation.ACCEPTED), target, 2);

        assertEquals(Verdict.FAIL, result.verdict());
        assertTrue(result.message().startsWith("expected acceptance, got 400 [" + rule + "]"), result.message());
    }

    @Test
    void correctCeremoniesAreAcceptedAndARefusalExpectedFails() {
        for (CheckCeremony ceremony : List.of(CheckCeremony.REGISTRATION, CheckCeremony.AUTHENTICATION)) {
            CheckResult accepted = runner.runOne(Checks.of("ok." + ceremony, ceremony, Procedure.STANDARD, List.of(),
                    List.of(), Expectation.ACCEPTED), target, 3);
            CheckResult wrong = runner.runOne(Checks.of("no." + ceremony, ceremony, Procedure.STANDARD, List.of(),
                    List.of(), Expectation.REJECTED), target, 3);

            assertEquals(Verdict.PASS, accepted.verdict(), accepted.message());
            assertEquals(Verdict.FAIL, wrong.verdict());
            assertEquals("expected refusal, got 200 ok", wrong.message());
        }
    }

    @Test
    void signInsBeforeTheTestedOne() {
        Check check = new Check.Authentication(Checks.header("twice"), Checks.setup(Procedure.STANDARD, 2), List.of(),
                List.of(), Expectation.ACCEPTED, null);

        CheckResult result = runner.runOne(check, target, 4);

        assertEquals(Verdict.PASS, result.verdict(), result.message());
        assertEquals(3, result.exchanges().stream().filter(e -> e.path().equals("/assertion/result")).count());
    }

    @Test
    void responseEditsReachTheRp() {
        ResponseEdit removed = new ResponseEdit(ResponseEdit.Op.REMOVE, "/response/attestationObject", null);

        CheckResult result = runner.runOne(Checks.of("edit", CheckCeremony.REGISTRATION, Procedure.STANDARD, List.of(),
                List.of(removed), Expectation.REJECTED), target, 5);

        assertEquals(Verdict.PASS, result.verdict(), result.message());
        assertTrue(result.message().startsWith("refused: response-type"), result.message());
    }

    @Test
    void aClientDataEditIsSignedOverSoOnlyTheEditedMemberCanBeRefused() {
        ResponseEdit extra = new ResponseEdit(ResponseEdit.Op.SET, "/response/clientDataJSON/extra",
                JsonNodeFactory.instance.stringNode("unknown members are ignored"));
        ResponseEdit type = new ResponseEdit(ResponseEdit.Op.SET, "/response/clientDataJSON/type",
                JsonNodeFactory.instance.stringNode("payment.get"));

        CheckResult accepted = runner.runOne(Checks.of("cd-extra", CheckCeremony.AUTHENTICATION, Procedure.STANDARD,
                List.of(), List.of(extra), Expectation.ACCEPTED), target, 10);
        CheckResult refused = runner.runOne(Checks.of("cd-type", CheckCeremony.AUTHENTICATION, Procedure.STANDARD,
                List.of(), List.of(type), Expectation.REJECTED), target, 10);

        assertEquals(Verdict.PASS, accepted.verdict(), accepted.message());
        String sent = accepted.exchanges().stream().filter(e -> e.path().equals("/assertion/result")).findFirst()
                .orElseThrow().requestBody();
        String clientData = new String(Bytes.fromBase64Url(Ceremonies.JSON.readTree(sent).at("/response/clientDataJSON")
                .asString()).toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(clientData.endsWith(",\"extra\":\"unknown members are ignored\"}"), clientData);
        assertEquals(Verdict.PASS, refused.verdict(), refused.message());
        assertTrue(refused.message().startsWith("refused: type"), refused.message());
    }

    @Test
    void anAuthenticatorDataPartEditIsSignedOver() {
        ResponseEdit extensions = new ResponseEdit(ResponseEdit.Op.SET, "/response/attestationObject/authData/extensions",
                JsonNodeFactory.instance.objectNode().put("credProtect", 1));

        CheckResult result = runner.runOne(Checks.of("ad-ext", CheckCeremony.REGISTRATION, Procedure.STANDARD,
                List.of(), List.of(extensions), Expectation.ACCEPTED), target, 11);

        assertEquals(Verdict.PASS, result.verdict(), result.message());
    }

    @Test
    void anAttestationObjectEditChangesOnlyThatMember() throws Exception {
        ResponseEdit alg = new ResponseEdit(ResponseEdit.Op.REMOVE, "/response/attestationObject/attStmt/alg", null);

        CheckResult result = runner.runOne(Checks.of("ao-alg", CheckCeremony.REGISTRATION, Procedure.STANDARD,
                List.of(), List.of(alg), Expectation.REJECTED), target, 12);

        assertEquals(Verdict.PASS, result.verdict(), result.message());
        String sent = result.exchanges().stream().filter(e -> e.path().equals("/attestation/result")).findFirst()
                .orElseThrow().requestBody();
        co.nstant.in.cbor.model.Map attestationObject = (co.nstant.in.cbor.model.Map) Cbor.decode(Bytes.fromBase64Url(
                Ceremonies.JSON.readTree(sent).at("/response/attestationObject").asString()).toByteArray());
        co.nstant.in.cbor.model.Map attStmt = (co.nstant.in.cbor.model.Map) attestationObject.get(Cbor.text("attStmt"));
        assertEquals(List.of(Cbor.text("sig"), Cbor.text("x5c")), List.copyOf(attStmt.getKeys()));
        assertEquals(Cbor.text("packed"), attestationObject.get(Cbor.text("fmt")));
    }

    @Test
    void anAlgorithmTheTargetDoesNotOfferIsSkippedSayingSo() {
        Check es256k = new Check.Registration(Checks.header("es256k"), new Setup(Profiles.SECURITY_KEY,
                CoseAlgorithm.ES256K, null, null, null, null, 0, Procedure.STANDARD, null), List.of(), List.of(),
                Expectation.ACCEPTED, null);

        CheckResult result = runner.runOne(es256k, target, 13);

        assertEquals(Verdict.SKIP, result.verdict());
        assertTrue(result.message().startsWith("the target does not offer ES256K (-47) in pubKeyCredParams [-7, "),
                result.message());
    }

    @Test
    void requestOptionsChecksRegisterTheUserFirst() {
        CheckResult result = runner.runOne(Checks.options("req", Expectation.ACCEPTED, "RP_ID_PRESENT", "CHALLENGE_FRESH"),
                target, 14);

        assertEquals(Verdict.PASS, result.verdict(), result.message());
        assertEquals(1, result.exchanges().stream().filter(e -> e.path().equals("/attestation/result")).count());
    }

    @Test
    void anotherRuleThanExpectedIsAWarningNotAFailure() {
        Check check = new Check.Registration(Checks.header("rule"), Setup.DEFAULT,
                List.of("clientData.challenge.wrong"), List.of(), Expectation.REJECTED, "origin");

        CheckResult result = runner.runOne(check, target, 6);

        assertEquals(Verdict.PASS, result.verdict());
        assertEquals(List.of("the RP named rule 'challenge', the check expects 'origin'"), result.warnings());
    }

    @Test
    void optionsAssertionsHoldAndAWrongExpectationFails() {
        CheckResult held = runner.runOne(Checks.options("o1", Expectation.ACCEPTED, "CHALLENGE_FRESH",
                "EXCLUDE_CREDENTIALS_LISTS_REGISTERED", "ALLOW_CREDENTIALS_LISTS_REGISTERED"), target, 7);
        CheckResult wrong = runner.runOne(Checks.options("o2", Expectation.REJECTED, "PUB_KEY_CRED_PARAMS_HAS_ES256"),
                target, 7);

        assertEquals(Verdict.PASS, held.verdict(), held.message());
        assertEquals(2, held.exchanges().stream().filter(e -> e.path().equals("/attestation/options")).count() - 1);
        assertEquals(Verdict.FAIL, wrong.verdict());
        assertEquals("expected the options to break a rule, all 1 held", wrong.message());
    }

    @Test
    void aCheckTheHarnessCannotCarryOutErrsAloneWithTheReason() {
        // an unknown profile name cannot reach the runner (the catalogue refuses it); a format that cannot attest the
        // setup's algorithm can
        Check unattestable = new Check.Registration(Checks.header("bad"), new Setup(Profiles.SECURITY_KEY,
                CoseAlgorithm.RS256, AttestationFormat.FIDO_U2F, null, null, null, 0, Procedure.STANDARD, null),
                List.of(), List.of(), Expectation.ACCEPTED, null);
        Check unknownTampering = Checks.of("bad2", CheckCeremony.REGISTRATION, Procedure.STANDARD,
                List.of("clientData.nope"), List.of(), Expectation.REJECTED);
        Check badEdit = Checks.of("bad3", CheckCeremony.REGISTRATION, Procedure.STANDARD, List.of(),
                List.of(new ResponseEdit(ResponseEdit.Op.REMOVE, "/response/nothing", null)), Expectation.REJECTED);

        RunReport report = runner.run(List.of(unattestable, unknownTampering, badEdit), target, 8,
                CatalogueRunner.SILENT);

        assertEquals(List.of("attestation 'fido-u2f': fido-u2f attestation supports [ES256] only", "unknown tampering 'clientData.nope'",
                "IllegalArgumentException: edit REMOVE /response/nothing: no such member"),
                report.results().stream().map(CheckResult::message).toList());
        // the harness's own errors: once counted as the RP's FAILs
        assertEquals(3, report.count(Verdict.ERROR));
        assertEquals(0, report.count(Verdict.FAIL));
        assertTrue(report.passed(), "no required check failed");
        assertTrue(report.errored());
    }

    @Test
    void theSameSeedSendsTheSameRequests() {
        List<String> first = optionsRequests(runOnFreshRp(42));
        List<String> second = optionsRequests(runOnFreshRp(42));
        List<String> other = optionsRequests(runOnFreshRp(43));

        assertEquals(first, second);
        assertTrue(!first.equals(other), "another seed, other usernames");
    }

    /** A run is one RP start: the same seed twice on one RP would register the same credentials twice. */
    private RunReport runOnFreshRp(long seed) {
        try (EmbeddedTarget fresh = EmbeddedTarget.start(Api.CONFORMANCE)) {
            RunReport report = runner.run(new BuiltInChecks().load(), fresh, seed, CatalogueRunner.SILENT);
            assertTrue(report.passed());
            return report;
        }
    }

    /** Options requests (the aftermath's too) carry only what the runner chose; results also carry the RP's random challenges. */
    private static List<String> optionsRequests(RunReport report) {
        return report.results().stream().flatMap(r -> Stream.concat(r.exchanges().stream(), r.aftermath().stream()))
                .map(e -> e.method() + " " + e.path() + " " + (e.path().endsWith("/options") ? e.requestBody() : ""))
                .toList();
    }

    @Test
    void builtInChecksPassAgainstTheReferenceRp() {
        RunReport report = runner.run(new BuiltInChecks().load(), target, 9, CatalogueRunner.SILENT);

        assertTrue(report.passed(), () -> report.results().stream()
                .map(r -> r.check().id() + " " + r.verdict() + " " + r.message()).toList().toString());
        assertEquals(0, report.count(Verdict.FAIL) + report.count(Verdict.SKIP));
        assertTrue(report.results().stream().allMatch(r -> r.warnings().isEmpty()));
        assertTrue(report.results().stream().flatMap(r -> r.exchanges().stream()).map(Exchange::status)
                .allMatch(s -> s < 500));
    }
}
