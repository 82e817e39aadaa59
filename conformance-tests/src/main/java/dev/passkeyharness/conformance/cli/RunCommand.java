package dev.passkeyharness.conformance.cli;

import dev.passkeyharness.authenticator.device.DeviceSpec;
import dev.passkeyharness.authenticator.profile.Profiles;
import dev.passkeyharness.conformance.browser.BrowserJourneys;
import dev.passkeyharness.conformance.browser.ChromiumInstall;
import dev.passkeyharness.conformance.browser.PageSelectors;
import dev.passkeyharness.conformance.browser.SelectorsFile;
import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.report.HtmlReport;
import dev.passkeyharness.conformance.report.JUnitXmlReport;
import dev.passkeyharness.conformance.report.JsonReport;
import dev.passkeyharness.conformance.report.ReportWriter;
import dev.passkeyharness.conformance.runner.CatalogueRunner;
import dev.passkeyharness.conformance.runner.judge.CheckResult;
import dev.passkeyharness.conformance.runner.RunReport;
import dev.passkeyharness.conformance.selftest.SelfTest;
import dev.passkeyharness.conformance.target.Api;
import dev.passkeyharness.conformance.target.EmbeddedTarget;
import dev.passkeyharness.conformance.target.EndpointProfile;
import dev.passkeyharness.conformance.target.HttpTarget;
import dev.passkeyharness.conformance.target.RpTarget;
import dev.passkeyharness.conformance.target.TargetUnreachableException;
import dev.passkeyharness.conformance.transcript.Transcripts;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code run}: the check catalogue against a target (default: an embedded reference RP); {@code --self-test} as before. */
@Command(name = "run", description = "Run the conformance checks against an RP (default: an embedded reference RP). "
        + "Exit 0 only if no required check failed and the harness carried out every check.",
        footer = {"Exit codes: 0 ok; 1 a required check failed (also when some check errored); 2 bad arguments or "
                + "input; 3 target unreachable; 4 no required check failed, but the harness could not carry out some "
                + "check (ERROR: the harness's own error, not the RP's)."})
final class RunCommand implements Callable<Integer> {

    private static final int MAX_PARALLEL = 16;

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help (options and exit codes).")
    boolean help;

    @Option(names = "--target", paramLabel = "URL", description = "The RP's base URL (may carry a path prefix).")
    String target;

    @Option(names = "--api", paramLabel = "API",
            description = "conformance (the FIDO2 server conformance API, the default) or onboarding (the reference "
                    + "RP's own API): the names of those two built-in profiles.")
    String api;

    @Option(names = "--profile", paramLabel = "NAME|FILE", description = "How to drive the target's endpoints: a "
            + "built-in profile (conformance, onboarding, simplewebauthn-example, py-webauthn, go-webauthn-example, "
            + "yubico-demo, spring-security) or a profile file (README, \"Test your own RP\").")
    String profile;

    @Mixin
    TlsOptions tls = new TlsOptions();

    @Option(names = "--check", paramLabel = "ID", arity = "1..*", description = "Run only these checks.")
    List<String> checks = new ArrayList<>();

    @Option(names = "--scenario", paramLabel = "FILE", arity = "1..*",
            description = "Also run these scenario files (YAML journeys through the onboarding API).")
    List<Path> scenarios = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", description = "Make every authenticator repeatable.")
    Long seed;

    @Option(names = "--junit", paramLabel = "FILE", description = "Also write a JUnit XML report (one testcase per check).")
    Path junit;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the JSON report (schema: REPORT-SCHEMA.md).")
    Path json;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write a self-contained HTML report.")
    Path html;

    @Option(names = "--parallel", paramLabel = "N",
            description = "Checks in flight at once (1-16). Default: one per processor against the embedded RP, "
                    + "1 against a --target, which may not expect concurrent ceremonies.")
    Integer parallel;

    @Option(names = "--record", paramLabel = "DIR",
            description = "Also write one transcript per check into DIR (<check id>.json); 'replay' re-runs one.")
    Path record;

    @Option(names = "--browser", description = "Also run the browser journeys (ceremony browser) through the RP's "
            + "pages in headless Chromium (/usr/bin/chromium, /usr/bin/chromedriver); without it they are skipped.")
    boolean browser;

    @Option(names = "--selectors", paramLabel = "FILE", description = "With --browser and --target: where the "
            + "journeys find things on the target's pages (YAML of page paths and CSS selectors; README).")
    Path selectors;

    @Option(names = "--screenshots", paramLabel = "DIR", description = "Where browser journeys leave their PNGs "
            + "(default: a screenshots directory next to the --html, --json or --junit report, else "
            + ".passkey-harness/screenshots).")
    Path screenshots;

    @Option(names = "--state", paramLabel = "FILE", description = "With --target: the state file whose attestation CA "
            + "'authenticator metadata' wrote the target's BLOBs for; the run's authenticators attest with it and the "
            + "metadata checks run (without it they are skipped).")
    Path state;

    @Option(names = "--self-test", description = "Instead: every profile x algorithm x attestation format registers "
            + "and signs in twice, as checks against an embedded reference RP.")
    boolean selfTest;

    RunCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (selfTest) {
            SelfTest.Summary summary = new SelfTest(seed).run(spec.commandLine().getOut());
            return summary.allPassed() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
        }
        String chosen = EndpointChoice.reference(profile, api == null ? Api.CONFORMANCE.profileName() : api, api != null);
        List<Check> selected = selected(load());
        long runSeed = seed != null ? seed : new SecureRandom().nextLong();
        int workers = workers();
        ReportWriter writer = context.reports().apply(spec.commandLine().getOut());
        if (selectors != null && !browser) {
            throw CliException.badInput("--selectors needs --browser");
        }
        PageSelectors pages = pageSelectors();
        try (RpTarget rp = target(chosen, runSeed); BrowserJourneys journeys = new BrowserJourneys(ChromiumInstall.DEBIAN,
                pages, screenshotDir())) {
            CatalogueRunner runner = browser ? new CatalogueRunner(workers, journeys) : new CatalogueRunner(workers);
            RunReport report = runner.run(selected, rp, runSeed, new CatalogueRunner.Listener() {
                @Override
                public void onStart(int total) {
                    writer.started(total);
                }

                @Override
                public void onResult(int index, CheckResult result) {
                    writer.checkFinished(index, selected.size(), result);
                    record(result, runSeed, rp.description(), chosen);
                }
            });
            writer.finished(report);
            writeFiles(report);
            return exitCode(report);
        } catch (TargetUnreachableException e) {
            throw CliException.unreachable(e.getMessage());
        }
    }

    /**
     * A failed required check wins over harness errors: it is a finding about the RP that holds whatever the errored
     * checks would have said, and a CI job that lets exit 4 through (a harness problem, to be retried or reported)
     * must not let an RP failure through with it.
     */
    static int exitCode(RunReport report) {
        if (!report.passed()) {
            return ExitCodes.CHECK_FAILED;
        }
        return report.errored() ? ExitCodes.HARNESS_ERROR : ExitCodes.OK;
    }

    private void writeFiles(RunReport report) {
        try {
            if (junit != null) {
                JUnitXmlReport.write(report, junit);
            }
            if (json != null) {
                JsonReport.write(report, json);
            }
            if (html != null) {
                HtmlReport.write(report, html);
            }
        } catch (RuntimeException e) {
            throw CliException.badInput("cannot write a report: " + e.getMessage());
        }
    }

    private void record(CheckResult result, long runSeed, String description, String chosen) {
        if (record == null) {
            return;
        }
        if (!Transcripts.recordable(result.check())) {
            spec.commandLine().getOut().println("no transcript for journey check " + result.check().id()
                    + " (scenarios are not replayed)");
            return;
        }
        try {
            Transcripts.write(record, result, runSeed, description, chosen);
        } catch (RuntimeException e) {
            throw CliException.badInput("cannot write a transcript: " + e.getMessage());
        }
    }

    private int workers() {
        if (parallel == null) {
            return target == null ? Math.min(Runtime.getRuntime().availableProcessors(), MAX_PARALLEL) : 1;
        }
        if (parallel < 1 || parallel > MAX_PARALLEL) {
            throw CliException.badInput("--parallel " + parallel + ": expected 1 to " + MAX_PARALLEL);
        }
        return parallel;
    }

    private List<Check> load() {
        List<Check> all;
        try {
            all = new ArrayList<>(context.catalogue().load());
        } catch (IllegalArgumentException e) {
            throw CliException.badInput("catalogue: " + e.getMessage());
        }
        all.addAll(UserScenarios.checks(scenarios, all));
        return all;
    }

    /** The checks named by --check, in the order given; all of them without --check. */
    private List<Check> selected(List<Check> all) {
        if (checks.isEmpty()) {
            return all;
        }
        Map<String, Check> byId = new LinkedHashMap<>();
        all.forEach(c -> byId.put(c.id(), c));
        List<Check> out = new ArrayList<>();
        for (String id : checks) {
            Check check = byId.get(id);
            if (check == null) {
                throw CliException.badInput("unknown check '" + id + "'; 'passkey-harness list' lists them");
            }
            out.add(check);
        }
        return out;
    }

    private PageSelectors pageSelectors() {
        if (selectors == null) {
            return PageSelectors.REFERENCE_RP;
        }
        try {
            return SelectorsFile.load(selectors);
        } catch (RuntimeException e) {
            throw CliException.badInput("--selectors: " + e.getMessage());
        }
    }

    /** Next to the first report file asked for, so the HTML report's links stay short. */
    private Path screenshotDir() {
        if (screenshots != null) {
            return screenshots;
        }
        for (Path report : new Path[] {html, json, junit}) {
            if (report != null) {
                Path parent = report.toAbsolutePath().getParent();
                return parent.resolve("screenshots");
            }
        }
        return Path.of(".passkey-harness", "screenshots");
    }

    private RpTarget target(String chosen, long runSeed) {
        if (target == null && state != null) {
            throw CliException.badInput("--state applies to --target only: the embedded RP makes its own metadata");
        }
        if (target == null && tls.given()) {
            throw CliException.badInput("--ca-cert and --insecure apply to an https --target only");
        }
        if (target == null) {
            return EmbeddedTarget.start(EndpointChoice.embedded(chosen), runSeed);
        }
        HttpTarget http;
        EndpointProfile endpoints = EndpointChoice.resolve(chosen);
        try {
            http = HttpTarget.of(target, endpoints);
        } catch (IllegalArgumentException e) {
            throw CliException.badInput("--target: " + e.getMessage());
        }
        http = tls.apply(http);
        if (state == null) {
            return http;
        }
        AuthenticatorSession session =
                AuthenticatorSession.open(state, DeviceSpec.of(Profiles.SECURITY_KEY));
        if (!session.loaded()) {
            throw CliException.badInput("--state " + state + ": no such state file (write the BLOBs with "
                    + "'authenticator metadata --state " + state + "' first)");
        }
        return http.withAttestationCa(session.device().attestationCa());
    }
}
