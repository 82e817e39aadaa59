package dev.passkeyharness.conformance.target;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A test front for a server on a loopback port: each request forwarded over plain HTTP to the path {@code paths}
 * maps it to (404 where it maps to null), its method, body, Content-Type, Origin and Cookie kept, the answer's
 * Set-Cookie passed back.
 */
public final class Forwarder implements HttpHandler {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final int port;
    private final UnaryOperator<String> paths;

    private Forwarder(int port, UnaryOperator<String> paths) {
        this.port = port;
        this.paths = paths;
    }

    /** Forwards to {@code port} on 127.0.0.1, each path as {@code paths} maps it. */
    public static Forwarder to(int port, UnaryOperator<String> paths) {
        return new Forwarder(port, paths);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String to = paths.apply(exchange.getRequestURI().getRawPath());
        if (to == null) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + to))
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
        for (String header : List.of("Content-Type", "Origin", "Cookie")) {
            String value = exchange.getRequestHeaders().getFirst(header);
            if (value != null) {
                request.header(header, value);
            }
        }
        try {
            HttpResponse<byte[]> answer = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            answer.headers().allValues("Set-Cookie").forEach(v -> exchange.getResponseHeaders().add("Set-Cookie", v));
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.statusCode(), answer.body().length == 0 ? -1 : answer.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.sendResponseHeaders(502, -1);
        } finally {
            exchange.close();
        }
    }
}
