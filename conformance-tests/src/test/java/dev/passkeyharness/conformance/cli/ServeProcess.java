package dev.passkeyharness.conformance.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code passkey-harness authenticator serve} in a child JVM, as a user runs it, stopped by a signal. */
final class ServeProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("listening on (udp|tcp) (\\S+):(\\d+)");
    private static final long START_SECONDS = 60;

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final StringBuilder stderr = new StringBuilder();
    private final Map<String, Integer> ports = new HashMap<>();

    private ServeProcess(Process process) {
        this.process = process;
        Thread out = new Thread(() -> pump(new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8)), lines::add), "serve-stdout");
        Thread err = new Thread(() -> pump(new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8)), line -> {
                    synchronized (stderr) {
                        stderr.append(line).append('\n');
                    }
                }), "serve-stderr");
        out.setDaemon(true);
        err.setDaemon(true);
        out.start();
        err.start();
    }

    /** Starts {@code authenticator serve ARGS} and waits until it has printed a line for each of {@code carriers}. */
    static ServeProcess start(Path dir, List<String> carriers, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PasskeyHarnessCli.class.getName(), "authenticator", "serve"));
        command.addAll(List.of(args));
        ServeProcess serve = new ServeProcess(new ProcessBuilder(command).directory(dir.toFile()).start());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_SECONDS);
        while (serve.ports.size() < carriers.size()) {
            String line = serve.lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                serve.close();
                throw new AssertionError("serve did not print its addresses; stderr: " + serve.stderr());
            }
            Matcher m = LISTENING.matcher(line);
            if (m.matches()) {
                serve.ports.put(m.group(1), Integer.parseInt(m.group(3)));
            }
        }
        return serve;
    }

    /** The port the carrier ({@code udp} or {@code tcp}) listens on. */
    int port(String carrier) {
        Integer port = ports.get(carrier);
        if (port == null) {
            throw new AssertionError("serve does not listen on " + carrier + ": " + ports);
        }
        return port;
    }

    /** Sends {@code signal} (INT or TERM) and returns the exit code. */
    int stop(String signal) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new AssertionError("kill -" + signal + " failed");
        }
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("serve did not stop on SIG" + signal);
        }
        return process.exitValue();
    }

    String stderr() {
        synchronized (stderr) {
            return stderr.toString();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private static void pump(BufferedReader reader, Consumer<String> sink) {
        try (reader) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                sink.accept(line);
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }
}
