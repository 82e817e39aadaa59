package dev.passkeyharness.conformance.target;

import dev.passkeyharness.authenticator.io.ByteSize;
import dev.passkeyharness.authenticator.json.StrictJson;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One visitor of a target: its own cookie jar, the JSON headers and the page's Origin on every request, and a record
 * of every exchange. Requests get their connections from the target's {@link Connections}, and each is sent once.
 * Every answer is bounded in size and time, so a hostile or broken target costs a check a failure, never the run.
 */
final class HttpChannel {

    static final JsonMapper JSON = StrictJson.mapper();
    /** Far above any options or result a FIDO2 server answers (a few KiB), far below what hurts the runner's heap. */
    static final int MAX_ANSWER_BYTES = 1024 * 1024;
    /** For the whole request, headers and body: the reference RP answers in milliseconds, a slow RP in a second. */
    static final Duration DEADLINE = Duration.ofSeconds(10);
    /** A new connection that ended before a status line: the server took the request and hung up. */
    static final String CLOSED_WITHOUT_ANSWER = "the server closed the connection without answering";
    /** "java.io.EOFException: " as the JDK puts a cause into a message: the words stay, the class name goes. */
    private static final String QUALIFIED_EXCEPTION = "(\\b[a-z]\\w*\\.)+[A-Z]\\w*(Exception|Error):? ?";

    private final TargetUrl url;
    private final AtomicBoolean reached;
    private final Connections connections;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final List<Exchange> exchanges = Collections.synchronizedList(new ArrayList<>());

    /** {@code reached} is shared by the target's sessions: once any request got through, failures are no longer "unreachable". */
    HttpChannel(TargetUrl url, AtomicBoolean reached, Connections connections) {
        this.url = url;
        this.reached = reached;
        this.connections = connections;
    }

    Answer post(String path, JsonNode body) {
        return post(path, body.toString(), body.toString());
    }

    /** Posts {@code body}; {@code recorded} is what the exchange keeps (secrets masked). */
    Answer post(String path, String body, String recorded) {
        HttpRequest request = request(path).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return send("POST", path, request, recorded);
    }

    /** Sends to {@code route} at {@code path} (its path, or its path for one credential); GET and DELETE send no body. */
    Answer send(Route route, String path, String body, String recorded) {
        return switch (route.method()) {
            case "GET" -> get(path);
            case "DELETE" -> delete(path);
            case "PUT" -> send("PUT", path, request(path)
                    .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), recorded);
            default -> post(path, body, recorded);
        };
    }

    Answer send(Route route, JsonNode body) {
        return send(route, route.path(), body.toString(), body.toString());
    }

    Answer send(Route route, String body, String recorded) {
        return send(route, route.path(), body, recorded);
    }

    Answer get(String path) {
        return send("GET", path, request(path).GET().build(), "");
    }

    Answer delete(String path) {
        return send("DELETE", path, request(path).DELETE().build(), "");
    }

    List<Exchange> exchanges() {
        synchronized (exchanges) {
            return List.copyOf(exchanges);
        }
    }

    private HttpRequest.Builder request(String path) {
        URI uri = url.resolve(path);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(DEADLINE)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Origin", url.origin());
        try {
            cookies.get(uri, Map.of()).forEach((name, values) -> values.forEach(value -> builder.header(name, value)));
        } catch (IOException e) {
            throw new UncheckedIOException("cookies for " + uri + " could not be read", e);
        }
        return builder;
    }

    private Answer send(String method, String path, HttpRequest request, String recorded) {
        long start = System.nanoTime();
        AtomicReference<BoundedBody> reading = new AtomicReference<>();
        CompletableFuture<HttpResponse<byte[]>> sent = connections.client().sendAsync(request, info -> {
            reached.set(true);
            BoundedBody body = new BoundedBody(info.statusCode(), MAX_ANSWER_BYTES);
            reading.set(body);
            return body;
        });
        HttpResponse<byte[]> response;
        try {
            response = sent.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            stop(sent, reading.get());
            if (!reached.get()) {
                throw unreachable(new HttpTimeoutException("no answer within " + DEADLINE.toSeconds() + " s"));
            }
            return incomplete(method, path, recorded, reading.get(), start, tooSlow());
        } catch (ExecutionException e) {
            IOException cause = ioCause(e);
            if (reading.get() == null && endOfStream(cause)) {
                // the server accepted the connection, took the request and hung up: a crash
                reached.set(true);
                return incomplete(method, path, recorded, null, start, CLOSED_WITHOUT_ANSWER);
            }
            if (!reached.get()) {
                throw unreachable(cause);
            }
            BoundedBody body = reading.get();
            if (body != null && body.exceeded()) {
                return incomplete(method, path, recorded, body, start,
                        "the target's answer exceeded " + ByteSize.text(MAX_ANSWER_BYTES));
            }
            if (cause instanceof HttpTimeoutException && !(cause instanceof HttpConnectTimeoutException)) {
                return incomplete(method, path, recorded, body, start, tooSlow());
            }
            return incomplete(method, path, recorded, body, start, failed(cause));
        } catch (InterruptedException e) {
            stop(sent, reading.get());
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + method + " " + path, e);
        }
        try {
            cookies.put(request.uri(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException("cookies from " + request.uri() + " could not be kept", e);
        }
        String text = new String(response.body(), StandardCharsets.UTF_8);
        Exchange exchange = new Exchange(method, path, recorded, response.statusCode(), KeptBody.whole(response.body()),
                millisSince(start));
        exchanges.add(exchange);
        int status = response.statusCode();
        if (status >= 300 && status < 400) {
            // a redirect is the target's answer; following it could send the ceremony to another host
            String location = response.headers().firstValue("Location").orElse("nowhere (no Location header)");
            return new Answer(status, json(text), exchange, "a redirect to " + location
                    + ", which the runner does not follow");
        }
        return new Answer(status, json(text), exchange);
    }

    /** No whole answer (the target was reached before): what came is kept, and the failure says what happened. */
    private Answer incomplete(String method, String path, String recorded, BoundedBody body, long start,
            String failure) {
        Exchange exchange = null;
        if (body != null) {
            String kept = body.exceeded() ? KeptBody.overCap(body.received(), MAX_ANSWER_BYTES)
                    : KeptBody.unfinished(body.received());
            exchange = new Exchange(method, path, recorded, body.status(), kept, millisSince(start));
            exchanges.add(exchange);
        }
        return Answer.none(failure, exchange);
    }

    private static void stop(CompletableFuture<?> sent, BoundedBody body) {
        sent.cancel(true);
        if (body != null) {
            body.stop();
        }
    }

    private TargetUnreachableException unreachable(IOException e) {
        return new TargetUnreachableException(url.toString(), e);
    }

    private static String tooSlow() {
        return "the target did not finish its answer within " + DEADLINE.toSeconds() + " s";
    }

    /** What went wrong on the connection, in words: no exception class names. */
    private static String failed(IOException e) {
        if (e instanceof ConnectException || e instanceof HttpConnectTimeoutException) {
            return "the target stopped answering: the connection could not be made";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "the connection to the target failed"
                : "the connection to the target failed: " + message.replaceAll(QUALIFIED_EXCEPTION, "");
    }

    /** Whether the connection ended (EOF) under {@code e}: the JDK wraps the EOF in words of its parser. */
    private static boolean endOfStream(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EOFException) {
                return true;
            }
        }
        return false;
    }

    private static IOException ioCause(ExecutionException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
        }
        throw new IllegalStateException("the HTTP client failed", e.getCause());
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The body as JSON, or null when it is not a JSON object (a proxy's HTML page, nothing at all). */
    private static JsonNode json(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            // the target's syntax is not under test here, its verdict is
            JsonNode node = StrictJson.tolerantReader().readTree(body);
            return node instanceof ObjectNode ? node : null;
        } catch (JacksonException e) {
            return null;
        }
    }
}
