package dev.passkeyharness.conformance.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.conformance.catalogue.BuiltInChecks;
import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.report.ConsoleReport;
import dev.passkeyharness.conformance.report.JsonReport;
import dev.passkeyharness.conformance.runner.CatalogueRunner;
import dev.passkeyharness.conformance.runner.judge.CheckResult;
import dev.passkeyharness.conformance.runner.RunReport;
import dev.passkeyharness.conformance.runner.judge.Verdict;
import dev.passkeyharness.conformance.target.HostileServer.Behaviour;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The runner against targets that misbehave: every check ends in bounded time with a verdict and a message naming
 * what the target did, and no Java exception text reaches a report. The 60 s bound only guards against a hang.
 */
class HostileTargetTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private static final List<String> CHECKS = List.of("builtin.options.creation", "builtin.registration.valid",
            "builtin.registration.challenge-wrong");
    /** What no message, report line or kept body may hold: it would be the runner's own failure showing. */
    private static final List<String> INTERNAL = List.of("java.", "Exception", "OutOfMemoryError", "\tat ");
    /** The first 4 KiB of a body, and a note of what was left out. */
    private static final int KEPT_BODY = 4096 + 120;

    static Stream<Arguments> hostile() {
        return Stream.of(
                Arguments.of(Behaviour.HUGE_BODY, false, "the target's answer exceeded 1 MiB"),
                Arguments.of(Behaviour.HUGE_BODY, true, "the target's answer exceeded 1 MiB"),
                Arguments.of(Behaviour.ENDLESS_CHUNKED, false, "the target's answer exceeded 1 MiB"),
                Arguments.of(Behaviour.ENDLESS_CHUNKED, true, "the target's answer exceeded 1 MiB"),
                Arguments.of(Behaviour.DRIP, true, "the target did not finish its answer within 10 s"),
                Arguments.of(Behaviour.INVALID_JSON, false, "not JSON"),
                Arguments.of(Behaviour.INVALID_JSON, true, "not JSON"),
                Arguments.of(Behaviour.SERVER_ERROR, false, "500"),
                Arguments.of(Behaviour.SERVER_ERROR, true, "500"),
                Arguments.of(Behaviour.REDIRECT, false, "302: a redirect to http://localhost:"),
                Arguments.of(Behaviour.REDIRECT, true, "302: a redirect to http://localhost:"),
                Arguments.of(Behaviour.HANG_UP, false, "the server closed the connection without answering"),
                Arguments.of(Behaviour.HANG_UP, true, "the server closed the connection without answering"));
    }

    @ParameterizedTest(name = "{0}, good options first: {1}")
    @MethodSource("hostile")
    void everyCheckEndsWithAVerdictNamingWhatTheTargetDid(Behaviour behaviour, boolean goodOptions, String named)
            throws IOException {
        try (HostileServer server = goodOptions ? HostileServer.atTheTestedStep(behaviour)
                : HostileServer.everywhere(behaviour)) {
            long start = System.nanoTime();
            RunReport report = assertTimeoutPreemptively(HANG_GUARD,
                    () -> new CatalogueRunner().run(checks(), server.target(), 5, CatalogueRunner.SILENT));
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("hostile %s (good options %s): %d checks in %d ms, %d bytes sent in all, at most %d on "
                    + "one connection, %d hung up by the client%n", behaviour, goodOptions, report.results().size(),
                    millis, server.bytesSent(), server.mostBytesOnOneConnection(), server.hangUps());

            assertEquals(CHECKS.size(), report.results().size());
            for (CheckResult result : report.results()) {
                String id = result.check().id();
                assertNotNull(result.verdict(), id);
                assertNotEquals(Verdict.PASS, result.verdict(), id + " passed against a broken target: " + result.message());
                assertTrue(result.message().contains(named), id + ": expected '" + named + "' in: " + result.message());
                result.exchanges().forEach(e -> assertTrue(e.responseBody().length() <= KEPT_BODY,
                        id + " kept " + e.responseBody().length() + " characters of a body"));
            }
            assertNoInternalText(report);
            if (behaviour == Behaviour.HUGE_BODY || behaviour == Behaviour.ENDLESS_CHUNKED) {
                // what the loopback socket buffers take on top of the 1 MiB read, not the 50 MB
                assertTrue(server.mostBytesOnOneConnection() < HostileServer.HUGE_BYTES / 4, "the client read on: "
                        + server.mostBytesOnOneConnection() + " bytes sent on one connection");
            }
            if (behaviour == Behaviour.HUGE_BODY || behaviour == Behaviour.ENDLESS_CHUNKED
                    || behaviour == Behaviour.DRIP) {
                assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
                    while (server.hangUps() == 0) {
                        Thread.sleep(50);
                    }
                }, "the client closes the connection it stopped reading");
            }
            if (behaviour == Behaviour.REDIRECT) {
                assertEquals(0, server.redirectsFollowed(), "a redirect to another host is not followed");
            }
        }
    }

    private static List<Check> checks() {
        return new BuiltInChecks().load().stream().filter(c -> CHECKS.contains(c.id())).toList();
    }

    private static void assertNoInternalText(RunReport report) {
        List<String> texts = new ArrayList<>(ConsoleReport.lines(report));
        texts.add(JsonReport.render(report));
        for (String text : texts) {
            for (String internal : INTERNAL) {
                assertFalse(text.contains(internal), "'" + internal + "' in the report: " + text);
            }
        }
    }
}
