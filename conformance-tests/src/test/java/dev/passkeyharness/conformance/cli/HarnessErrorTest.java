package dev.passkeyharness.conformance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.tamper.edit.ResponseEdit;
import dev.passkeyharness.conformance.catalogue.BuiltInChecks;
import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.catalogue.CheckHeader;
import dev.passkeyharness.conformance.catalogue.Expectation;
import dev.passkeyharness.conformance.catalogue.Level;
import dev.passkeyharness.conformance.catalogue.Setup;
import dev.passkeyharness.conformance.report.ConsoleReportWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code run} against the embedded RP with checks the harness cannot carry out: ERROR and exit 4, never FAIL. */
class HarnessErrorTest {

    private static final String BAD_EDIT = "errs.registration.edit-nothing";
    private static final String UNKNOWN_TAMPERING = "errs.registration.unknown-tampering";
    private static final String REFUSED_BUT_EXPECTED_ACCEPTED = "fails.registration.challenge-wrong";

    /** The built-in checks and three more: an edit that cannot apply, a tampering the loader would have refused, a failure. */
    private static final CliContext CONTEXT = new CliContext(() -> {
                List<Check> checks = new ArrayList<>(new BuiltInChecks().load());
                checks.add(check(BAD_EDIT, List.of(),
                        List.of(new ResponseEdit(ResponseEdit.Op.REMOVE, "/response/nothing", null)),
                        Expectation.REJECTED));
                checks.add(check(UNKNOWN_TAMPERING, List.of("clientData.nope"), List.of(), Expectation.REJECTED));
                checks.add(check(REFUSED_BUT_EXPECTED_ACCEPTED, List.of("clientData.challenge.wrong"), List.of(),
                        Expectation.ACCEPTED));
                return checks;
            }, ConsoleReportWriter::new);

    private static Check check(String id, List<String> tamperings, List<ResponseEdit> edits, Expectation expected) {
        return new Check.Registration(new CheckHeader(id, "title of " + id, "WebAuthn L3 §7.1", Level.REQUIRED, "test"),
                Setup.DEFAULT, tamperings, edits, expected, null);
    }

    @Test
    void anEditThatCannotApplyIsAnErrorOfTheHarnessAndExits4(@TempDir Path dir) throws Exception {
        Path junit = dir.resolve("report.xml");
        Path json = dir.resolve("report.json");
        CliRunner.Result result = CliRunner.run(CONTEXT, "run", "--seed", "5", "--check", BAD_EDIT,
                "builtin.registration.valid", "--junit", junit.toString(), "--json", json.toString());

        assertEquals(ExitCodes.HARNESS_ERROR, result.exitCode(), result.out() + result.err());
        assertTrue(result.out().contains("[1/2] " + BAD_EDIT + " ERROR ("), result.out());
        assertTrue(result.out().contains("      why:  harness error, not the RP's failure: IllegalArgumentException: "
                + "edit REMOVE /response/nothing: no such member"), result.out());
        assertTrue(result.out().contains("[2/2] builtin.registration.valid PASS ("), result.out());
        assertTrue(result.out().contains("2 checks: 1 passed, 0 failed, 0 skipped, 1 errored (harness error, not the "
                + "RP's failure) in "), result.out());
        assertFalse(result.out().contains("FAIL"), result.out());

        Element suite = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile())
                .getDocumentElement();
        assertEquals("0", suite.getAttribute("failures"));
        assertEquals("1", suite.getAttribute("errors"));
        JsonNode report = JsonMapper.builder().build().readTree(json.toFile());
        assertEquals("ERROR", report.path("results").get(0).path("verdict").asString());
        assertEquals(1, report.path("summary").path("errored").asInt());
        assertEquals(0, report.path("summary").path("failed").asInt());
    }

    @Test
    void anUnknownTamperingReachingTheRunnerIsAnErrorAndExits4() {
        CliRunner.Result result = CliRunner.run(CONTEXT, "run", "--seed", "6", "--check", UNKNOWN_TAMPERING);

        assertEquals(ExitCodes.HARNESS_ERROR, result.exitCode(), result.out() + result.err());
        assertTrue(result.out().contains("[1/1] " + UNKNOWN_TAMPERING + " ERROR ("), result.out());
        assertTrue(result.out().contains("why:  harness error, not the RP's failure: unknown tampering 'clientData.nope'"),
                result.out());
    }

    @Test
    void aFailedRequiredCheckWinsOverAHarnessError() {
        CliRunner.Result result = CliRunner.run(CONTEXT, "run", "--seed", "7", "--check", BAD_EDIT,
                REFUSED_BUT_EXPECTED_ACCEPTED);

        assertEquals(ExitCodes.CHECK_FAILED, result.exitCode(), result.out() + result.err());
        assertTrue(result.out().contains("[1/2] " + BAD_EDIT + " ERROR ("), result.out());
        assertTrue(result.out().contains("[2/2] " + REFUSED_BUT_EXPECTED_ACCEPTED + " FAIL ("), result.out());
        assertTrue(result.out().contains("2 checks: 0 passed, 1 failed, 0 skipped, 1 errored"), result.out());
    }

    @Test
    void theHelpNamesExitCode4() {
        CliRunner.Result run = CliRunner.run(CONTEXT, "run", "--help");
        CliRunner.Result top = CliRunner.run(CONTEXT, "--help");

        assertEquals(ExitCodes.OK, run.exitCode());
        assertTrue(run.out().replaceAll("\\s+", " ").contains("4 no required check failed, but the harness could not "
                + "carry out some check (ERROR: the harness's own error, not the RP's)"), run.out());
        assertTrue(top.out().replaceAll("\\s+", " ").contains("4 the harness could not carry out a check"), top.out());
    }
}
