package dev.passkeyharness.conformance.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.conformance.catalogue.BuiltInChecks;
import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.runner.judge.CheckResult;
import dev.passkeyharness.conformance.runner.judge.Verdict;
import dev.passkeyharness.conformance.target.TargetUnreachableException;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Checks run on workers, results handed on in catalogue order, lone checks never beside another. */
class CheckPoolTest {

    private final List<Check> checks = new BuiltInChecks().load();

    @Test
    void resultsReachTheListenerInCatalogueOrderWhateverOrderTheyFinishIn() {
        List<Integer> indexes = Collections.synchronizedList(new ArrayList<>());
        List<String> ids = Collections.synchronizedList(new ArrayList<>());
        CatalogueRunner.Listener listener = new CatalogueRunner.Listener() {
            @Override
            public void onResult(int index, CheckResult result) {
                indexes.add(index);
                ids.add(result.check().id());
            }
        };
        // later checks finish first: each sleeps less than the one before it
        List<CheckResult> results = new CheckPool(3).run(checks, c -> false, i -> {
            sleep(5L * (checks.size() - i));
            return result(checks.get(i));
        }, listener);

        List<Integer> expected = new ArrayList<>();
        for (int i = 1; i <= checks.size(); i++) {
            expected.add(i);
        }
        assertEquals(expected, indexes);
        assertEquals(checks.stream().map(Check::id).toList(), ids);
        assertEquals(ids, results.stream().map(r -> r.check().id()).toList());
    }

    @Test
    void workersReallyOverlap() throws InterruptedException {
        CountDownLatch bothStarted = new CountDownLatch(2);
        AtomicInteger overlapped = new AtomicInteger();
        new CheckPool(2).run(checks.subList(0, 2), c -> false, i -> {
            bothStarted.countDown();
            try {
                if (bothStarted.await(5, TimeUnit.SECONDS)) {
                    overlapped.incrementAndGet();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return result(checks.get(i));
        }, CatalogueRunner.SILENT);
        assertEquals(2, overlapped.get());
    }

    @Test
    void aLoneCheckNeverRunsBesideAnother() {
        Check lone = checks.get(checks.size() / 2);
        Predicate<Check> alone = c -> c == lone;
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger besideLone = new AtomicInteger();
        AtomicInteger loneRuns = new AtomicInteger();
        new CheckPool(4).run(checks, alone, i -> {
            int now = inFlight.incrementAndGet();
            if (checks.get(i) == lone) {
                loneRuns.incrementAndGet();
                if (now != 1) {
                    besideLone.incrementAndGet();
                }
            }
            sleep(10);
            inFlight.decrementAndGet();
            return result(checks.get(i));
        }, CatalogueRunner.SILENT);
        assertEquals(1, loneRuns.get());
        assertEquals(0, besideLone.get());
    }

    @Test
    void anUnreachableTargetOnAWorkerEndsTheRunWithThatException() {
        TargetUnreachableException unreachable = new TargetUnreachableException("http://127.0.0.1:9",
                new ConnectException("Connection refused"));
        TargetUnreachableException thrown = assertThrows(TargetUnreachableException.class,
                () -> new CheckPool(2).run(checks, c -> false, i -> {
                    if (i == 3) {
                        throw unreachable;
                    }
                    return result(checks.get(i));
                }, CatalogueRunner.SILENT));
        assertSame(unreachable, thrown);
    }

    @Test
    void aListenerThatThrowsEndsTheRun() {
        IllegalStateException full = new IllegalStateException("disk full");
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> new CheckPool(2).run(checks, c -> false, i -> result(checks.get(i)),
                        new CatalogueRunner.Listener() {
                            @Override
                            public void onResult(int index, CheckResult result) {
                                throw full;
                            }
                        }));
        assertTrue(thrown == full, "the listener's own exception, not a wrapper");
    }

    private static CheckResult result(Check check) {
        return new CheckResult(check, Verdict.PASS, "", 0, List.of(), List.of(), null, List.of());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
