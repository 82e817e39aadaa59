package dev.passkeyharness.conformance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>");
    private static final Set<String> VOID = Set.of("meta", "br", "input", "link", "img", "hr");

    private final String html = HtmlReport.render(SampleRun.report());

    @Test
    void isOneSelfContainedWellNestedDocument() {
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertFalse(html.contains("src="), "no external scripts or images");
        assertFalse(html.contains("href="), "no external stylesheets or links");
        Deque<String> open = new ArrayDeque<>();
        Matcher m = TAG.matcher(withoutInlineCode(html));
        while (m.find()) {
            String name = m.group(2).toLowerCase();
            if (VOID.contains(name) || !m.group(3).isEmpty()) {
                continue;
            }
            if (m.group(1).isEmpty()) {
                open.push(name);
            } else {
                assertEquals(open.pop(), name, "closing tag out of order near " + m.start());
            }
        }
        assertTrue(open.isEmpty(), "unclosed: " + open);
    }

    @Test
    void escapesRunDataSoAResponseCannotInjectScript() {
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more"));
        assertEquals(1, count(html, "<script>"), "only the report's own script");
    }

    @Test
    void hasFiltersByOutcomeAndByCeremony() {
        for (String verdict : new String[] {"all", "PASS", "FAIL", "SKIP"}) {
            assertTrue(html.contains("data-verdict=\"" + verdict + "\""), verdict);
        }
        for (String ceremony : new String[] {"all", "options", "registration", "authentication"}) {
            assertTrue(html.contains("<button type=\"button\" data-ceremony=\"" + ceremony + "\""), ceremony);
        }
        assertEquals(5, count(html, "<tr class=\"result "));
    }

    @Test
    void eachFailureIsOneDetailsElementWithItsExchanges() {
        assertEquals(2, count(html, "<details>"));
        assertTrue(html.contains("POST /assertion/result &rarr; 500"));
        assertTrue(html.contains(Html.escape("{\"id\":\"cred\",\"type\":\"public-key\"}")));
        assertTrue(html.contains("5 checks: 2 passed, 2 failed, 1 skipped in 3.2 s"));
        assertTrue(html.contains("<div class=\"refusal CRASH\">refusal: crash, 500: &lt;script&gt;"));
    }

    @Test
    void anErroredCheckIsShownApartAndSaysItIsTheHarnesss() {
        String page = HtmlReport.render(SampleRun.withError());

        assertTrue(page.contains("<button type=\"button\" data-verdict=\"ERROR\">ERROR</button>"));
        assertTrue(page.contains("<tr class=\"result ERROR\" data-verdict=\"ERROR\" data-ceremony=\"registration\">"
                + "<td class=\"verdict\">ERROR</td>"));
        assertTrue(page.contains(".ERROR .verdict{"), "errors have their own colour");
        assertTrue(page.contains("<p class=\"harness-error\">harness error, not the RP&#39;s failure: "
                + SampleRun.EDIT_ERROR + "</p>"));
        assertEquals(3, count(page, "<details>"), "an error expands to its exchanges like a failure");
        assertTrue(page.contains("6 checks: 2 passed, 2 failed, 1 skipped, 1 errored (harness error, not the RP&#39;s "
                + "failure) in 3.2 s"));
    }

    /** The inline style and script hold '<' and '>' that are no tags. */
    private static String withoutInlineCode(String page) {
        return page.replaceAll("(?s)<style>.*?</style>", "<style></style>")
                .replaceAll("(?s)<script>.*?</script>", "<script></script>");
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }
}
