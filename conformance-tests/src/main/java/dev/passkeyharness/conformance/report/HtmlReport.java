package dev.passkeyharness.conformance.report;

import static dev.passkeyharness.conformance.report.Html.escape;

import dev.passkeyharness.conformance.runner.judge.CheckResult;
import dev.passkeyharness.conformance.runner.RunReport;
import dev.passkeyharness.conformance.runner.judge.Verdict;
import dev.passkeyharness.conformance.target.Exchange;
import java.nio.file.Path;
import java.util.List;

/**
 * One self-contained HTML page (inline CSS and script, nothing fetched): the summary, filters by outcome and by
 * ceremony, and each failure or harness error expandable to its exchanges; an error is set apart in its own colour
 * and says it is the harness's. Every piece of run data is escaped.
 */
public final class HtmlReport {

    static final List<String> CEREMONIES = List.of("options", "registration", "authentication", "journey", "browser");

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:2rem;color:#222}
            h1{font-size:1.4rem}.summary{font-size:1.1rem;margin-bottom:1rem}
            .filters button{margin:0 .3rem .5rem 0;padding:.3rem .7rem;border:1px solid #888;border-radius:4px;background:#fff;cursor:pointer}
            .filters button.on{background:#333;color:#fff}
            table{border-collapse:collapse;width:100%}td,th{padding:.3rem .5rem;border-bottom:1px solid #ddd;text-align:left;vertical-align:top}
            .PASS .verdict{color:#176f2c}.FAIL .verdict{color:#b00020;font-weight:bold}.SKIP .verdict{color:#777}.INCONCLUSIVE .verdict{color:#8a6d00}
            .ERROR .verdict{color:#8a4b00;font-weight:bold}.harness-error{color:#8a4b00}
            pre{white-space:pre-wrap;word-break:break-all;background:#f6f6f6;padding:.5rem;margin:.3rem 0}
            .refusal{font-size:.9rem;color:#555}.refusal.CRASH{color:#b00020}
            .hidden{display:none}
            """;

    private static final String SCRIPT = """
            (function(){
              var verdict='all', ceremony='all';
              function apply(){
                document.querySelectorAll('tr.result').forEach(function(row){
                  var show=(verdict==='all'||row.dataset.verdict===verdict)&&(ceremony==='all'||row.dataset.ceremony===ceremony);
                  row.classList.toggle('hidden',!show);
                });
              }
              function wire(group,set){
                document.querySelectorAll('button[data-'+group+']').forEach(function(b){
                  b.addEventListener('click',function(){
                    document.querySelectorAll('button[data-'+group+']').forEach(function(o){o.classList.remove('on');});
                    b.classList.add('on'); set(b.dataset[group]); apply();
                  });
                });
              }
              wire('verdict',function(v){verdict=v;});
              wire('ceremony',function(v){ceremony=v;});
            })();
            """;

    private HtmlReport() {
    }

    /** Screenshot links are relative to the file's directory. */
    public static void write(RunReport report, Path file) {
        ReportFiles.write(file, render(report, file.toAbsolutePath().getParent()));
    }

    public static String render(RunReport report) {
        return render(report, null);
    }

    /** Screenshot links relative to {@code reportDir} (absolute when it is null). */
    public static String render(RunReport report, Path reportDir) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>passkey-harness conformance report</title>\n<style>").append(STYLE).append("</style>\n")
                .append("</head>\n<body>\n<h1>passkey-harness conformance report</h1>\n");
        html.append("<p class=\"meta\">target ").append(escape(report.target())).append(" &middot; seed ")
                .append(report.seed()).append(" &middot; started ").append(escape(report.startedAt().toString()))
                .append("</p>\n");
        html.append("<p class=\"summary\">").append(escape(ReportText.summary(report))).append("</p>\n");
        filters(html);
        html.append("<table>\n<thead><tr><th>outcome</th><th>check</th><th>ceremony</th><th>level</th><th>time</th></tr></thead>\n<tbody>\n");
        report.results().forEach(r -> row(html, r, reportDir));
        html.append("</tbody>\n</table>\n<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void filters(StringBuilder html) {
        html.append("<div class=\"filters\">\n<div>");
        button(html, "verdict", "all", "all outcomes", true);
        for (Verdict v : Verdict.values()) {
            button(html, "verdict", v.name(), v.name(), false);
        }
        html.append("</div>\n<div>");
        button(html, "ceremony", "all", "all ceremonies", true);
        CEREMONIES.forEach(c -> button(html, "ceremony", c, c, false));
        html.append("</div>\n</div>\n");
    }

    private static void button(StringBuilder html, String group, String value, String label, boolean on) {
        html.append("<button type=\"button\" data-").append(group).append("=\"").append(escape(value)).append('"')
                .append(on ? " class=\"on\"" : "").append('>').append(escape(label)).append("</button>");
    }

    private static void row(StringBuilder html, CheckResult result, Path reportDir) {
        String ceremony = ReportText.ceremony(result.check());
        html.append("<tr class=\"result ").append(result.verdict().name()).append("\" data-verdict=\"")
                .append(result.verdict().name()).append("\" data-ceremony=\"").append(escape(ceremony)).append("\">");
        html.append("<td class=\"verdict\">").append(result.verdict().name()).append("</td><td>");
        boolean expandable = switch (result.verdict()) {
            case FAIL, ERROR -> true;
            case PASS, SKIP, INCONCLUSIVE -> false;
        };
        if (expandable) {
            explained(html, result);
        } else {
            html.append("<strong>").append(escape(result.check().id())).append("</strong><br>")
                    .append(escape(result.check().title()));
            if (!result.message().isEmpty()) {
                html.append("<br><em>").append(escape(result.message())).append("</em>");
            }
            refusal(html, result);
        }
        String png = ReportText.screenshot(result, reportDir);
        if (png != null) {
            html.append("<br><a class=\"screenshot\" href=\"").append(escape(png)).append("\">screenshot</a>");
        }
        html.append("</td><td>").append(escape(ceremony)).append("</td><td>")
                .append(escape(ReportText.lower(result.check().level()))).append("</td><td>").append(result.millis())
                .append("&nbsp;ms</td></tr>\n");
    }

    /** A failure or an error: why, the refusal, the spec, every exchange and the aftermath. */
    private static void explained(StringBuilder html, CheckResult result) {
        html.append("<details><summary><strong>").append(escape(result.check().id())).append("</strong> ")
                .append(escape(result.check().title())).append("</summary>\n");
        html.append(result.errored() ? "<p class=\"harness-error\">" : "<p>").append(escape(ReportText.why(result)))
                .append("</p>\n");
        refusal(html, result);
        html.append("<p>spec: ")
                .append(escape(result.check().specRef())).append(" &middot; expected ")
                .append(escape(ReportText.lower(result.check().expected()))).append("</p>\n");
        exchanges(html, result.exchanges());
        if (!result.aftermath().isEmpty()) {
            html.append("<p><strong>aftermath</strong> (the follow-ups after the refusal)</p>\n");
            exchanges(html, result.aftermath());
        }
        result.warnings().forEach(w -> html.append("<p>warning: ").append(escape(w)).append("</p>\n"));
        html.append("</details>");
    }

    private static void exchanges(StringBuilder html, List<Exchange> exchanges) {
        for (Exchange e : exchanges) {
            html.append("<p>").append(escape(e.method())).append(' ').append(escape(e.path())).append(" &rarr; ")
                    .append(e.status()).append(" (").append(e.millis()).append("&nbsp;ms)</p>\n");
            html.append("<pre>").append(escape(e.requestBody())).append("</pre>\n");
            html.append("<pre>").append(escape(e.responseBody())).append("</pre>\n");
        }
    }

    /** The refusal's class (also a CSS class, so crashes stand out) and message. */
    private static void refusal(StringBuilder html, CheckResult result) {
        if (result.refusal() == null) {
            return;
        }
        html.append("<div class=\"refusal ").append(result.refusal().refusalClass().name()).append("\">")
                .append(escape(ReportText.refusal(result))).append("</div>");
    }
}
