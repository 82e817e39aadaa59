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
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /**
     * One request: {@code body} goes with {@code contentType} (none when null), {@code recorded} is what the exchange
     * keeps (secrets masked), and {@code headers} add to or replace the JSON defaults.
     */
    Reply send(String method, String path, String contentType, String body, String recorded,
            Map<String, String> headers) {
        URI uri = url.resolve(path);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(DEADLINE)
                .header("Accept", headers.getOrDefault("Accept", "application/json"))
                .header("Origin", url.origin());
        headers.forEach((name, value) -> {
            if (!name.equals("Accept")) {
                builder.header(name, value);
            }
        });
        try {
            cookies.get(cookieUri(uri), Map.of())
                    .forEach((name, values) -> values.forEach(value -> builder.header(name, value)));
        } catch (IOException e) {
            throw new UncheckedIOException("cookies for " + uri + " could not be read", e);
        }
        HttpRequest.BodyPublisher publisher = contentType == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(method, path, builder.method(method, publisher).build(), recorded);
    }

    /**
     * The URI whose cookies go with a request to {@code uri}: a loopback http URI counts as secure, as browsers take
     * http://localhost for a secure context (W3C Secure Contexts §3.2) and send it its {@code Secure} cookies.
     */
    private static URI cookieUri(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost();
        boolean loopback = host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]")
                || host.equals("::1");
        if (!loopback || !"http".equalsIgnoreCase(uri.getScheme())) {
            return uri;
        }
        return URI.create("https" + uri.toString().substring("http".length()));
    }

    /** The value of the cookie {@code name} the target set for its URL, if it set one. */
    Optional<String> cookie(String name) {
        URI uri = url.resolve("/");
        return cookies.getCookieStore().get(uri).stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst();
    }

    List<Exchange> exchanges() {
        synchronized (exchanges) {
            return List.copyOf(exchanges);
        }
    }

    /** An answer, with its whole body text and headers (a page a CSRF token is read from). */
    record Reply(Answer answer, String text, HttpHeaders headers) {
    }

    private Reply send(String method, String path, HttpRequest request, String recorded) {
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
            return none(incomplete(method, path, recorded, reading.get(), start, tooSlow()));
        } catch (ExecutionException e) {
            IOException cause = ioCause(e);
            if (reading.get() == null && endOfStream(cause)) {
                // the server accepted the connection, took the request and hung up: a crash
                reached.set(true);
                return none(incomplete(method, path, recorded, null, start, CLOSED_WITHOUT_ANSWER));
            }
            if (!reached.get()) {
                throw unreachable(cause);
            }
            BoundedBody body = reading.get();
            if (body != null && body.exceeded()) {
                return none(incomplete(method, path, recorded, body, start,
                        "the target's answer exceeded " + ByteSize.text(MAX_ANSWER_BYTES)));
            }
            if (cause instanceof HttpTimeoutException && !(cause instanceof HttpConnectTimeoutException)) {
                return none(incomplete(method, path, recorded, body, start, tooSlow()));
            }
            return none(incomplete(method, path, recorded, body, start, failed(cause)));
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
            return new Reply(Answer.redirect(status, json(text), exchange, location), text, response.headers());
        }
        return new Reply(new Answer(status, json(text), exchange), text, response.headers());
    }

    private static Reply none(Answer answer) {
        return new Reply(answer, "", HttpHeaders.of(Map.of(), (a, b) -> true));
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
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof javax.net.ssl.SSLHandshakeException) {
                return new TargetUnreachableException(url.toString(), new IOException("the TLS handshake failed ("
                        + t.getMessage() + "): to trust a development CA or a self-signed certificate give --ca-cert "
                        + "PEM, or --insecure for a loopback target", e));
            }
        }
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
