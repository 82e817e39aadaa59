package dev.passkeyharness.conformance.runner;

import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.runner.judge.CheckResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * Runs checks on a few worker threads and hands each result to the listener in catalogue order, as a sequential run
 * would. Checks that must run alone (they move the RP's clock, which would expire the challenges of every check in
 * flight) run first, one at a time, before the workers start.
 */
final class CheckPool {

    private final int workers;

    CheckPool(int workers) {
        this.workers = workers;
    }

    /** Runs {@code run.apply(i)} for every index of {@code checks}; the first exception thrown ends the run with it. */
    List<CheckResult> run(List<Check> checks, Predicate<Check> alone, IntFunction<CheckResult> run,
            CatalogueRunner.Listener listener) {
        InOrder delivery = new InOrder(checks.size(), listener);
        List<Integer> shared = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            if (alone.test(checks.get(i))) {
                delivery.deliver(i, run.apply(i));
            } else {
                shared.add(i);
            }
        }
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers, task -> {
            Thread thread = new Thread(task, "check-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i : shared) {
                futures.add(pool.submit(() -> delivery.deliver(i, run.apply(i))));
            }
            for (Future<?> future : futures) {
                await(future);
            }
        } finally {
            pool.shutdownNow();
        }
        return delivery.results();
    }

    private static void await(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checks were running", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Results by index, passed on to the listener as soon as every earlier one is in. */
    private static final class InOrder {
        private final CheckResult[] results;
        private final CatalogueRunner.Listener listener;
        private int next;

        InOrder(int size, CatalogueRunner.Listener listener) {
            this.results = new CheckResult[size];
            this.listener = listener;
        }

        synchronized void deliver(int index, CheckResult result) {
            results[index] = result;
            while (next < results.length && results[next] != null) {
                listener.onResult(next + 1, results[next]);
                next++;
            }
        }

        synchronized List<CheckResult> results() {
            return List.copyOf(Arrays.asList(results));
        }
    }
}
