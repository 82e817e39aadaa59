package dev.passkeyharness.rp.journey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A browser tab on the RP: remembers its cookies, sends the RP's own Origin and JSON bodies, reads JSON answers. */
final class Browser {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** One HTTP answer: the status and the body, parsed when it is JSON (else {@code json} is null). */
    record Answer(int status, String body, JsonNode json) {

        /** The failed rule's id, or null. */
        String rule() {
            return json == null || !json.has("rule") ? null : json.get("rule").asString();
        }

        boolean failedAsJson() {
            return json != null && json.isObject() && "failed".equals(json.path("status").asString(""));
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    private final String base;
    private final HttpClient http;

    Browser(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** The origin this tab's pages come from, which is the RP's URL. */
    String origin() {
        return base;
    }

    Answer get(String path) {
        return send("GET", path, null, null, base);
    }

    Answer post(String path, String json) {
        return send("POST", path, json.getBytes(StandardCharsets.UTF_8), "application/json", base);
    }

    Answer post(String path, JsonNode json) {
        return post(path, json.toString());
    }

    Answer patch(String path, String json) {
        return send("PATCH", path, json.getBytes(StandardCharsets.UTF_8), "application/json", base);
    }

    Answer delete(String path) {
        return send("DELETE", path, null, null, base);
    }

    /** Any request: a null body sends none, a null Content-Type or Origin leaves the header out. */
    Answer send(String method, String path, byte[] body, String contentType, String origin) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), parse(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (JacksonException e) {
            return null;
        }
    }
}
