package dev.passkeyharness.conformance.foreign;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A FIDO2-conformance-API server built on another library, on a loopback port: a child process, or a server running
 * inside the test's JVM. A child process prints {@code listening on http://127.0.0.1:PORT} on its first stdout line
 * once it accepts connections; its stderr goes to a log file under {@code target/} for the failure message.
 */
public final class ForeignServer implements AutoCloseable {

    private static final Pattern URL = Pattern.compile("http://127\\.0\\.0\\.1:\\d+");
    private static final Pattern LISTENING = Pattern.compile("listening on (" + URL.pattern() + ")\\S*");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final String name;
    private final String url;
    private final Running running;

    private ForeignServer(String name, String url, Running running) {
        this.name = name;
        this.url = url;
        this.running = running;
    }

    /** Where the server runs. */
    private sealed interface Running permits ChildProcess, InProcess {
        boolean alive();

        String log();

        void close();
    }

    /**
     * Wraps a server already listening at {@code url} (http://127.0.0.1:PORT) inside this JVM; closing the result
     * closes {@code server}.
     */
    public static ForeignServer inProcess(String name, String url, AutoCloseable server) {
        if (!URL.matcher(url).matches()) {
            throw new IllegalArgumentException(name + " must listen on http://127.0.0.1:PORT, not " + url);
        }
        return new ForeignServer(name, url, new InProcess(name, url, server));
    }

    /** Starts {@code command} in {@code directory} and waits for its listening line. */
    public static ForeignServer start(String name, Path directory, List<String> command) {
        return start(name, directory, command, Map.of());
    }

    /** Starts {@code command} in {@code directory}, with {@code environment} added to its own, and waits. */
    public static ForeignServer start(String name, Path directory, List<String> command,
            Map<String, String> environment) {
        Path log = Path.of("target", "foreign-servers", name + ".log").toAbsolutePath();
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectError(ProcessBuilder.Redirect.to(log.toFile()));
            builder.environment().putAll(environment);
            Process process = builder.start();
            BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> {
                try {
                    return stdout.readLine();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            String line;
            try {
                line = first.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (TimeoutException | ExecutionException e) {
                process.destroyForcibly();
                throw new IllegalStateException(name + " did not start: " + e + "; its log: " + read(log));
            }
            Matcher m = line == null ? null : LISTENING.matcher(line);
            if (m == null || !m.matches()) {
                process.destroyForcibly();
                throw new IllegalStateException(name + " printed '" + line + "' instead of its listening line; its log: "
                        + read(log));
            }
            // keep draining stdout so that a chatty server never blocks on a full pipe
            Thread drain = new Thread(() -> {
                try {
                    while (stdout.readLine() != null) {
                        // discarded: the server's requests are in the run's exchanges
                    }
                } catch (IOException ignored) {
                    // the process ended
                }
            }, name + "-stdout");
            drain.setDaemon(true);
            drain.start();
            return new ForeignServer(name, m.group(1), new ChildProcess(process, log));
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String name() {
        return name;
    }

    /** The server's base URL, e.g. {@code http://127.0.0.1:40123}. */
    public String url() {
        return url;
    }

    /**
     * The URL as a browser on the server's pages has it, {@code http://localhost:PORT}: its RP ID is "localhost" (an
     * IP address cannot be an RP ID, WebAuthn L3 §5.1.3), so the runner is pointed here.
     */
    public String origin() {
        return url.replace("://127.0.0.1:", "://localhost:");
    }

    /** Whether the server still runs: a server that died during a run is a crash, which the test reports. */
    public boolean alive() {
        return running.alive();
    }

    /** The server's log so far, for failure messages. */
    public String log() {
        return running.log();
    }

    @Override
    public void close() {
        running.close();
    }

    private record ChildProcess(Process process, Path logFile) implements Running {
        @Override
        public boolean alive() {
            return process.isAlive();
        }

        @Override
        public String log() {
            return read(logFile);
        }

        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    /** Alive while its port still takes connections: an in-process server has no process of its own to watch. */
    private record InProcess(String name, String url, AutoCloseable server) implements Running {
        @Override
        public boolean alive() {
            URI uri = URI.create(url);
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 2_000);
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        @Override
        public String log() {
            return "(" + name + " runs inside the test's JVM: its log is in the test's output)";
        }

        @Override
        public void close() {
            try {
                server.close();
            } catch (Exception e) {
                throw new IllegalStateException(name + " did not stop cleanly", e);
            }
        }
    }

    private static String read(Path log) {
        try {
            String text = Files.readString(log);
            return text.length() > 4000 ? "…" + text.substring(text.length() - 4000) : text;
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
