package dev.passkeyharness.conformance.target;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.http.HttpClient;
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
import java.util.concurrent.atomic.AtomicBoolean;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One visitor of a target: its own cookie jar, the JSON headers and the page's Origin on every request, and a record
 * of every exchange. Visitors share their target's HTTP client, and so its pooled connections; only cookies are theirs.
 */
final class HttpChannel {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final TargetUrl url;
    private final AtomicBoolean reached;
    private final HttpClient client;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final List<Exchange> exchanges = Collections.synchronizedList(new ArrayList<>());

    /** {@code reached} is shared by the target's sessions: once any request got through, failures are no longer "unreachable". */
    HttpChannel(HttpClient client, TargetUrl url, AtomicBoolean reached) {
        this.client = client;
        this.url = url;
        this.reached = reached;
    }

    /** An HTTP/1.1 client without cookies of its own (each channel keeps its own jar), as the FIDO tools speak it. */
    static HttpClient sharedClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    Answer post(String path, JsonNode body) {
        return post(path, body.toString(), body.toString());
    }

    /** Posts {@code body}; {@code recorded} is what the exchange keeps (secrets masked). */
    Answer post(String path, String body, String recorded) {
        HttpRequest request = request(path).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return send("POST", path, request, recorded);
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
                .timeout(REQUEST_TIMEOUT)
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
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException | HttpConnectTimeoutException e) {
            throw unreachableOr(e);
        } catch (HttpTimeoutException e) {
            throw unreachableOr(e);
        } catch (IOException e) {
            throw reached.get() ? new UncheckedIOException(method + " " + path + " failed", e) : unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + method + " " + path, e);
        }
        reached.set(true);
        try {
            cookies.put(request.uri(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException("cookies from " + request.uri() + " could not be kept", e);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        Exchange exchange = new Exchange(method, path, recorded, response.statusCode(), response.body(), millis);
        exchanges.add(exchange);
        return new Answer(response.statusCode(), json(response.body()), exchange);
    }

    private RuntimeException unreachableOr(IOException e) {
        return reached.get() ? new UncheckedIOException("the target stopped answering", e) : unreachable(e);
    }

    private TargetUnreachableException unreachable(IOException e) {
        return new TargetUnreachableException(url.toString(), e);
    }

    /** The body as JSON, or null when it is not a JSON object (a proxy's HTML page, nothing at all). */
    private static JsonNode json(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(body);
            return node instanceof ObjectNode ? node : null;
        } catch (JacksonException e) {
            return null;
        }
    }
}
