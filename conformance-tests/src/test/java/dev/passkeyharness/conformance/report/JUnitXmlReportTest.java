package dev.passkeyharness.conformance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.conformance.runner.judge.CheckResult;
import dev.passkeyharness.conformance.runner.RunReport;
import dev.passkeyharness.conformance.runner.judge.Verdict;
import dev.passkeyharness.conformance.target.Exchange;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitXmlReportTest {

    @TempDir
    Path dir;

    @Test
    void theSuiteCountsChecksFailuresAndSkips() throws Exception {
        Element suite = parse(JUnitXmlReport.render(SampleRun.report())).getDocumentElement();
        assertEquals("testsuite", suite.getTagName());
        assertEquals("5", suite.getAttribute("tests"));
        assertEquals("2", suite.getAttribute("failures"));
        assertEquals("1", suite.getAttribute("skipped"));
        assertEquals("0", suite.getAttribute("errors"));
        assertEquals("3.210", suite.getAttribute("time"));
        assertEquals(5, suite.getElementsByTagName("testcase").getLength());
    }

    @Test
    void anInconclusiveCheckIsASkipSayingSoNotAFailure() throws Exception {
        Document document = parse(JUnitXmlReport.render(SampleRun.withInconclusive()));
        Element suite = document.getDocumentElement();
        assertEquals("2", suite.getAttribute("failures"));
        assertEquals("2", suite.getAttribute("skipped"));

        Element testcase = (Element) document.getElementsByTagName("testcase").item(5);
        assertEquals(0, testcase.getElementsByTagName("failure").getLength());
        Element skipped = (Element) testcase.getElementsByTagName("skipped").item(0);
        assertEquals("inconclusive: " + SampleRun.UNTRUSTED, skipped.getAttribute("message"));
    }

    @Test
    void anErroredCheckIsAnErrorNotAFailure() throws Exception {
        Document document = parse(JUnitXmlReport.render(SampleRun.withError()));
        Element suite = document.getDocumentElement();
        assertEquals("6", suite.getAttribute("tests"));
        assertEquals("2", suite.getAttribute("failures"));
        assertEquals("1", suite.getAttribute("errors"));
        assertEquals("1", suite.getAttribute("skipped"));

        Element testcase = (Element) document.getElementsByTagName("testcase").item(5);
        assertEquals("edits.registration.remove-nothing", testcase.getAttribute("name"));
        assertEquals(0, testcase.getElementsByTagName("failure").getLength());
        Element error = (Element) testcase.getElementsByTagName("error").item(0);
        assertEquals(SampleRun.EDIT_ERROR, error.getAttribute("message"));
        assertEquals("harness error, not the RP's failure", error.getAttribute("type"));
        assertTrue(error.getTextContent().contains("why: harness error, not the RP's failure: " + SampleRun.EDIT_ERROR),
                error.getTextContent());
        assertTrue(error.getTextContent().contains("POST /attestation/options"), error.getTextContent());
        assertEquals(1, document.getElementsByTagName("error").getLength());
    }

    @Test
    void eachCheckIsATestcaseNamedByCeremonyAndId() throws Exception {
        NodeList cases = parse(JUnitXmlReport.render(SampleRun.report())).getElementsByTagName("testcase");
        Element first = (Element) cases.item(0);
        assertEquals("registration", first.getAttribute("classname"));
        assertEquals("positive.registration.security-key", first.getAttribute("name"));
        assertEquals("0.012", first.getAttribute("time"));
        Element skipped = (Element) ((Element) cases.item(4)).getElementsByTagName("skipped").item(0);
        assertEquals("the authenticator has no RS1", skipped.getAttribute("message"));
    }

    @Test
    void aFailureCarriesItsMessageAndExchangesVerbatim() throws Exception {
        NodeList failures = parse(JUnitXmlReport.render(SampleRun.report())).getElementsByTagName("failure");
        assertEquals(2, failures.getLength());
        Element failure = (Element) failures.item(1);
        assertEquals("refused by crashing: 500: " + SampleRun.HOSTILE_MESSAGE, failure.getAttribute("message"));
        assertEquals("required check, expected rejected", failure.getAttribute("type"));
        assertTrue(failure.getTextContent().contains(SampleRun.HOSTILE_BODY), failure.getTextContent());
        assertTrue(failure.getTextContent().contains("POST /assertion/result"));
        assertTrue(failure.getTextContent().contains("refusal: crash, 500: " + SampleRun.HOSTILE_MESSAGE));
    }

    @Test
    void aRefusalsClassAndMessageGoToSystemOut() throws Exception {
        Element crashed = (Element) parse(JUnitXmlReport.render(SampleRun.report())).getElementsByTagName("testcase")
                .item(2);
        String out = crashed.getElementsByTagName("system-out").item(0).getTextContent();
        assertEquals("refusal: crash, 500: " + SampleRun.HOSTILE_MESSAGE + "\nwarning: the refusal named no rule", out);
    }

    @Test
    void controlCharactersInBodiesStillGiveWellFormedXml() throws Exception {
        RunReport base = SampleRun.report();
        CheckResult failed = base.results().get(1);
        Exchange odd = new Exchange("POST", "/attestation/result", "a\u0000b", 400, "\u0001\u001b[31m", 1);
        RunReport report = new RunReport(base.target(), 1, base.startedAt(), 1, List.of(
                new CheckResult(failed.check(), Verdict.FAIL, "bad \u0007 bell", 1, List.of(odd), List.of())));
        Path file = dir.resolve("report.xml");
        JUnitXmlReport.write(report, file);
        Element failure = (Element) parse(Files.readString(file)).getElementsByTagName("failure").item(0);
        assertEquals("bad \uFFFD bell", failure.getAttribute("message"));
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
