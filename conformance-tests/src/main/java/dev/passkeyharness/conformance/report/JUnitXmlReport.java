package dev.passkeyharness.conformance.report;

import dev.passkeyharness.conformance.runner.judge.CheckResult;
import dev.passkeyharness.conformance.runner.RunReport;
import dev.passkeyharness.conformance.runner.judge.Verdict;
import dev.passkeyharness.conformance.target.Exchange;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Surefire-style JUnit XML: one testsuite, one testcase per check (classname = ceremony, name = id), failures with
 * their exchanges, harness errors as {@code <error>} (as Surefire reports an exception that is no assertion: the
 * check could not be carried out, the RP failed nothing), skips with their reason, each refusal's class and message in
 * system-out. CI servers read it as they read Maven's own reports.
 */
public final class JUnitXmlReport {

    static final String SUITE_NAME = "passkey-harness conformance";

    private JUnitXmlReport() {
    }

    public static void write(RunReport report, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(report, new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public static String render(RunReport report) {
        StringWriter out = new StringWriter();
        write(report, out);
        return out.toString();
    }

    public static void write(RunReport report, Writer out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", SUITE_NAME);
            xml.writeAttribute("tests", String.valueOf(report.results().size()));
            xml.writeAttribute("failures", String.valueOf(report.count(Verdict.FAIL)));
            xml.writeAttribute("errors", String.valueOf(report.count(Verdict.ERROR)));
            // an inconclusive check is reported as a skip: it says nothing about the RP
            xml.writeAttribute("skipped", String.valueOf(report.count(Verdict.SKIP) + report.count(Verdict.INCONCLUSIVE)));
            xml.writeAttribute("time", ReportText.preciseSeconds(report.millis()));
            xml.writeAttribute("timestamp", report.startedAt().toString());
            xml.writeCharacters("\n");
            properties(xml, report);
            for (CheckResult result : report.results()) {
                testcase(xml, result);
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
            out.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JUnit XML", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void properties(XMLStreamWriter xml, RunReport report) throws XMLStreamException {
        xml.writeStartElement("properties");
        property(xml, "target", report.target());
        property(xml, "seed", String.valueOf(report.seed()));
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", XmlText.clean(value));
    }

    private static void testcase(XMLStreamWriter xml, CheckResult result) throws XMLStreamException {
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", ReportText.ceremony(result.check()));
        xml.writeAttribute("name", XmlText.clean(result.check().id()));
        xml.writeAttribute("time", ReportText.preciseSeconds(result.millis()));
        switch (result.verdict()) {
            case FAIL -> problem(xml, "failure", ReportText.lower(result.check().level()) + " check, expected "
                    + ReportText.lower(result.check().expected()), result);
            case ERROR -> problem(xml, "error", ReportText.HARNESS_ERROR, result);
            case SKIP -> {
                xml.writeEmptyElement("skipped");
                xml.writeAttribute("message", XmlText.clean(result.message()));
            }
            case INCONCLUSIVE -> {
                xml.writeEmptyElement("skipped");
                xml.writeAttribute("message", XmlText.clean("inconclusive: " + result.message()));
            }
            case PASS -> {
            }
        }
        List<String> out = new ArrayList<>();
        if (result.refusal() != null) {
            out.add(ReportText.refusal(result));
        }
        result.warnings().forEach(w -> out.add("warning: " + w));
        if (result.screenshot() != null) {
            // the attachment line CI servers (Jenkins' JUnit attachments) turn into a link
            out.add("[[ATTACHMENT|" + result.screenshot().toAbsolutePath() + "]]");
        }
        if (!out.isEmpty()) {
            xml.writeStartElement("system-out");
            xml.writeCharacters(XmlText.clean(String.join("\n", out)));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    /** A {@code <failure>} or an {@code <error>}: the reason as its message, the detail as its body. */
    private static void problem(XMLStreamWriter xml, String element, String type, CheckResult result)
            throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeAttribute("message", XmlText.clean(result.message()));
        xml.writeAttribute("type", type);
        xml.writeCharacters(XmlText.clean(detail(result)));
        xml.writeEndElement();
    }

    /** The failure's or error's body: what the check is, why it failed or erred, and every exchange in full. */
    static String detail(CheckResult result) {
        StringBuilder text = new StringBuilder();
        text.append(result.check().title()).append('\n');
        text.append("spec: ").append(result.check().specRef()).append('\n');
        text.append("why: ").append(ReportText.why(result)).append('\n');
        if (result.refusal() != null) {
            text.append(ReportText.refusal(result)).append('\n');
        }
        exchanges(text, result.exchanges());
        if (!result.aftermath().isEmpty()) {
            text.append("\naftermath (the follow-ups after the refusal):\n");
            exchanges(text, result.aftermath());
        }
        return text.toString();
    }

    private static void exchanges(StringBuilder text, List<Exchange> exchanges) {
        for (Exchange e : exchanges) {
            text.append('\n').append(e.method()).append(' ').append(e.path()).append(" (").append(e.millis())
                    .append(" ms)\n");
            text.append("  request: ").append(e.requestBody()).append('\n');
            text.append("  answer ").append(e.status()).append(": ").append(e.responseBody()).append('\n');
        }
    }
}
