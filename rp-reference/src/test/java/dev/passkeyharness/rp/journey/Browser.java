package dev.passkeyharness.rp.journey;

import dev.passkeyharness.rp.http.JsonBodies;
import dev.passkeyharness.rp.http.Sessions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.Socket;
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
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;

    Browser(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(30))
                .build();
    }

    /** The RP's session cookie as this tab holds it now, or null. */
    String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(Sessions.COOKIE))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
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
        if (body != null && body.length > JsonBodies.MAX_BODY_BYTES) {
            return sendWithExpectContinue(method, path, body, contentType, origin);
        }
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

    /**
     * A body over the RP's limit, sent as a careful client does: headers with "Expect: 100-continue" first, the body
     * only if the server asks for it. The RP answers 413 without reading such a body, which cuts a plain upload short
     * (and java.net.http waits forever on a final answer to an expect-continue request on JDK 17).
     */
    private Answer sendWithExpectContinue(String method, String path, byte[] body, String contentType, String origin) {
        URI uri = URI.create(base);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + uri.getAuthority()
                    + "\r\nContent-Length: " + body.length + "\r\nExpect: 100-continue\r\nConnection: close\r\n");
            if (contentType != null) {
                head.append("Content-Type: ").append(contentType).append("\r\n");
            }
            if (origin != null) {
                head.append("Origin: ").append(origin).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            RawResponse response = RawResponse.read(in);
            if (response.status() == 100) {
                out.write(body);
                out.flush();
                response = RawResponse.read(in);
            }
            return new Answer(response.status(), response.body(), parse(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        }
    }

    /** The status and body of one HTTP/1.1 answer read off a socket (Content-Length, chunked, or up to close). */
    private record RawResponse(int status, String body) {

        static RawResponse read(InputStream in) throws IOException {
            String statusLine = line(in);
            int status = Integer.parseInt(statusLine.split(" ")[1]);
            long length = -1;
            boolean chunked = false;
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                String lower = header.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(header.substring(15).trim());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
            }
            if (status == 100) {
                return new RawResponse(status, "");
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if (chunked) {
                for (int size = Integer.parseInt(line(in).split(";")[0].trim(), 16); size > 0;
                        size = Integer.parseInt(line(in).split(";")[0].trim(), 16)) {
                    body.write(in.readNBytes(size));
                    line(in);
                }
            } else if (length >= 0) {
                body.write(in.readNBytes((int) length));
            } else {
                body.write(in.readAllBytes());
            }
            return new RawResponse(status, body.toString(StandardCharsets.UTF_8));
        }

        private static String line(InputStream in) throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new IOException("the connection closed mid-answer");
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
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
