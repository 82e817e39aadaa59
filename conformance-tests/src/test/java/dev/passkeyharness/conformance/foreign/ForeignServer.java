package dev.passkeyharness.conformance.foreign;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A FIDO2-conformance-API server built on another library, running as a child process on a loopback port. The
 * process prints {@code listening on http://127.0.0.1:PORT} on its first stdout line once it accepts connections;
 * its stderr goes to a log file under {@code target/} for the failure message.
 */
public final class ForeignServer implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)\\S*");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final String name;
    private final Process process;
    private final String url;
    private final Path log;

    private ForeignServer(String name, Process process, String url, Path log) {
        this.name = name;
        this.process = process;
        this.url = url;
        this.log = log;
    }

    /** Starts {@code command} in {@code directory} and waits for its listening line. */
    public static ForeignServer start(String name, Path directory, List<String> command) {
        Path log = Path.of("target", "foreign-servers", name + ".log").toAbsolutePath();
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectError(ProcessBuilder.Redirect.to(log.toFile())).start();
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
            return new ForeignServer(name, process, m.group(1), log);
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

    /** Whether the process still runs: a server that died during a run is a crash, which the test reports. */
    public boolean alive() {
        return process.isAlive();
    }

    /** The server's stderr so far, for failure messages. */
    public String log() {
        return read(log);
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

    private static String read(Path log) {
        try {
            String text = Files.readString(log);
            return text.length() > 4000 ? "…" + text.substring(text.length() - 4000) : text;
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
