package dev.passkeyharness.conformance.report;

import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.catalogue.CheckCeremony;
import dev.passkeyharness.conformance.catalogue.CheckHeader;
import dev.passkeyharness.conformance.catalogue.TestChecks;
import dev.passkeyharness.conformance.catalogue.Expectation;
import dev.passkeyharness.conformance.catalogue.Level;
import dev.passkeyharness.conformance.runner.judge.CheckResult;
import dev.passkeyharness.conformance.runner.judge.Refusal;
import dev.passkeyharness.conformance.runner.judge.RefusalClass;
import dev.passkeyharness.conformance.runner.RunReport;
import dev.passkeyharness.conformance.runner.judge.Verdict;
import dev.passkeyharness.conformance.target.Exchange;
import java.time.Instant;
import java.util.List;

/** A hand-made run: two passes, two failures (one a crash answering with a script tag), one skip. */
final class SampleRun {

    static final String HOSTILE_BODY = "{\"status\":\"failed\",\"errorMessage\":\"<script>alert('x')</script> & more\"}";
    static final String HOSTILE_MESSAGE = "<script>alert('x')</script> & more";
    static final Refusal CRASH = new Refusal(RefusalClass.CRASH, 500, null, HOSTILE_MESSAGE);
    static final Instant STARTED = Instant.parse("2026-11-25T10:00:00Z");

    private SampleRun() {
    }

    static RunReport report() {
        Exchange options = new Exchange("POST", "/attestation/options", "{\"username\":\"ada\"}", 200,
                "{\"status\":\"ok\",\"challenge\":\"abc\"}", 4);
        Exchange accepted = new Exchange("POST", "/attestation/result", "{\"id\":\"cred\",\"type\":\"public-key\"}", 200,
                "{\"status\":\"ok\",\"errorMessage\":\"\"}", 9);
        Exchange refusedBadly = new Exchange("POST", "/assertion/result", "{\"id\":\"cred2\"}", 500, HOSTILE_BODY, 7);
        return new RunReport("embedded reference RP", 42L, STARTED, 3210L, List.of(
                new CheckResult(check("positive.registration.security-key", CheckCeremony.REGISTRATION,
                        Expectation.ACCEPTED, Level.REQUIRED), Verdict.PASS, "", 12, List.of(options, accepted), List.of()),
                new CheckResult(check("webauthn.registration.rp-id-hash", CheckCeremony.REGISTRATION,
                        Expectation.REJECTED, Level.REQUIRED), Verdict.FAIL, "expected a refusal, the RP accepted",
                        15, List.of(options, accepted), List.of()),
                new CheckResult(check("Server-ServerAuthenticatorAssertionResponse-Resp-3 F-4",
                        CheckCeremony.AUTHENTICATION, Expectation.REJECTED, Level.REQUIRED), Verdict.FAIL,
                        "refused by crashing: 500: " + HOSTILE_MESSAGE, 21, List.of(refusedBadly),
                        List.of("the refusal named no rule"), CRASH, List.of()),
                new CheckResult(check("options.challenge.fresh", CheckCeremony.OPTIONS, Expectation.ACCEPTED,
                        Level.REQUIRED), Verdict.PASS, "", 3, List.of(options), List.of()),
                new CheckResult(check("Server-ServerAuthenticatorAttestationResponse-Resp-4 P-8",
                        CheckCeremony.REGISTRATION, Expectation.ACCEPTED, Level.OPTIONAL), Verdict.SKIP,
                        "the authenticator has no RS1", 0, List.of(), List.of())));
    }

    /** The harness's own error: an edit that does not apply to the response, after the options were fetched. */
    static final String EDIT_ERROR = "IllegalArgumentException: edit REMOVE /response/nothing: no such member";

    /** The sample run with one more check, an optional one, that the harness could not carry out. */
    static RunReport withError() {
        RunReport sample = report();
        Exchange options = sample.results().get(0).exchanges().get(0);
        CheckResult errored = new CheckResult(check("edits.registration.remove-nothing", CheckCeremony.REGISTRATION,
                Expectation.REJECTED, Level.OPTIONAL), Verdict.ERROR, EDIT_ERROR, 6, List.of(options), List.of());
        List<CheckResult> results = new java.util.ArrayList<>(sample.results());
        results.add(errored);
        return new RunReport(sample.target(), sample.seed(), sample.startedAt(), sample.millis(), results);
    }

    /** Why a negative apple check says nothing against an RP that does not trust the run's CA. */
    static final String UNTRUSTED = "refused, but a correct registration right after was refused: 400: untrusted root;"
            + " its apple attestation chains to the run's attestation CA (see attestation.apple.valid)";

    /** The sample run with one more check, a required one, whose outcome says nothing about its rule. */
    static RunReport withInconclusive() {
        RunReport sample = report();
        CheckResult inconclusive = new CheckResult(check("attestation.apple.nonce", CheckCeremony.REGISTRATION,
                Expectation.REJECTED, Level.REQUIRED), Verdict.INCONCLUSIVE, UNTRUSTED, 9, List.of(), List.of());
        List<CheckResult> results = new java.util.ArrayList<>(sample.results());
        results.add(inconclusive);
        return new RunReport(sample.target(), sample.seed(), sample.startedAt(), sample.millis(), results);
    }

    static Check check(String id, CheckCeremony ceremony, Expectation expected, Level level) {
        return TestChecks.of(ceremony, new CheckHeader(id, "title of " + id, "WebAuthn L3 §7.1 step 13", level, "test"),
                expected);
    }
}
