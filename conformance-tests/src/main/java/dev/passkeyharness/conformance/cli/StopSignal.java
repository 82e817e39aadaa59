package dev.passkeyharness.conformance.cli;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import sun.misc.Signal;

/**
 * Ctrl-C (SIGINT) and SIGTERM for a command that runs until stopped: handled instead of the JVM's own handling, which
 * would exit with 128 + the signal's number, so the command can close what it opened, save, and exit 0.
 */
final class StopSignal {

    private final CountDownLatch stopped = new CountDownLatch(1);

    private StopSignal() {
    }

    /** From now on SIGINT and SIGTERM release {@link #await()} instead of ending the JVM. */
    static StopSignal install() {
        StopSignal signal = new StopSignal();
        for (String name : List.of("INT", "TERM")) {
            Signal.handle(new Signal(name), received -> signal.stopped.countDown());
        }
        return signal;
    }

    void await() throws InterruptedException {
        stopped.await();
    }
}
