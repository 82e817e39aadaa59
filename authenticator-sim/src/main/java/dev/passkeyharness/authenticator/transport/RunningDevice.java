package dev.passkeyharness.authenticator.transport;

import dev.passkeyharness.authenticator.hid.Ctap2Port;
import dev.passkeyharness.authenticator.hid.CtapHidDevice;
import dev.passkeyharness.authenticator.hid.HidSettings;
import dev.passkeyharness.authenticator.hid.ReportSink;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/** A {@link CtapHidDevice} as every carrier runs it: on the system clock, with a worker thread and a ticking thread. */
final class RunningDevice implements AutoCloseable {

    /** Often enough that keepalives leave within a few milliseconds of the 100 ms they are due. */
    private static final long TICK_MILLIS = 10;

    private final ExecutorService worker;
    private final ScheduledExecutorService ticker;
    private final CtapHidDevice device;

    RunningDevice(Ctap2Port authenticator, ReportSink sink, String name) {
        this.worker = Executors.newSingleThreadExecutor(daemon(name + "-ctap2"));
        this.ticker = Executors.newSingleThreadScheduledExecutor(daemon(name + "-tick"));
        this.device = new CtapHidDevice(HidSettings.DEFAULTS, authenticator, Clock.systemUTC(), worker, sink);
        ticker.scheduleAtFixedRate(device::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    CtapHidDevice device() {
        return device;
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        worker.shutdownNow();
        try {
            ticker.awaitTermination(1, TimeUnit.SECONDS);
            worker.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
