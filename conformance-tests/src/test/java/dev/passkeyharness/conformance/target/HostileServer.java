package dev.passkeyharness.conformance.target;

import dev.passkeyharness.rp.ReferenceRp;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A target on 127.0.0.1 that misbehaves the way broken or hostile servers do, on raw sockets so nothing smooths it
 * over. It answers /attestation/options with good creation options when asked to, so a check reaches its tested
 * step, and counts the bytes it managed to send, to show the client stopped reading. Or it forwards to a reference
 * RP and answers correctly, but closing connections, in HTTP/1.0 or late, which must change no verdict.
 */
public final class HostileServer implements AutoCloseable {

    /** What the server does after reading a request. */
    public enum Behaviour {
        /** 200 announcing a 50 MB JSON body, and sending it while the client reads. */
        HUGE_BODY,
        /** 200 announcing 1000 bytes, sent one a second. */
        DRIP,
        /** 200 with a chunked body that never ends. */
        ENDLESS_CHUNKED,
        /** 200 application/json whose body is not JSON. */
        INVALID_JSON,
        /** 500 with an HTML error page. */
        SERVER_ERROR,
        /** 302 to the same path on another host (localhost instead of 127.0.0.1, another port). */
        REDIRECT,
        /** Reads the request and closes the connection without a status line, as a server that crashed. */
        HANG_UP
    }

    /** How a server that forwards to a reference RP answers: correctly, but in a way a client must not trip over. */
    public enum Forwarding {
        /**
         * HTTP/1.1 with a Content-Length and no Connection header; the connection is closed a moment later (the
         * server's tidy-up), unread whatever came meanwhile.
         */
        CLOSE_AFTER_ANSWER,
        /** {@code HTTP/1.0 200} with no Content-Length: the body ends when the server closes the connection. */
        HTTP_1_0,
        /** Keeps the connection, but each answer comes two seconds late (well within the runner's deadline). */
        SLOW
    }

    static final Duration SLOW_ANSWER = Duration.ofSeconds(2);
    /** How long a server that closes after each answer takes to close. */
    private static final Duration TIDY_UP = Duration.ofMillis(50);

    /** How a forwarding server reaches the reference RP (which keeps its connections). */
    private static final HttpClient UPSTREAM = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final long HUGE_BYTES = 50L * 1024 * 1024;
    /** How the endless and the huge bodies start: as an answer that would be accepted, if it ever ended. */
    private static final String JSON_START = "{\"status\":\"ok\",\"padding\":\"";
    private static final String OPTIONS = "{\"status\":\"ok\",\"errorMessage\":\"\",\"rp\":{\"id\":\"localhost\","
            + "\"name\":\"Hostile\"},\"user\":{\"id\":\"dXNlci1pZC0x\",\"name\":\"alice\",\"displayName\":\"Alice\"},"
            + "\"challenge\":\"Y2hhbGxlbmdlLWNoYWxsZW5nZS0xMjM0\",\"pubKeyCredParams\":[{\"type\":\"public-key\","
            + "\"alg\":-7}],\"timeout\":60000,\"attestation\":\"none\"}";

    private final Behaviour behaviour;
    private final boolean goodOptions;
    private final Forwarding forwarding;
    private final URI upstream;
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final ServerSocket socket;
    private final ServerSocket elsewhere;
    private final AtomicLong bytesSent = new AtomicLong();
    private final AtomicLong mostOnOneConnection = new AtomicLong();
    private final AtomicInteger hungUp = new AtomicInteger();
    private final AtomicInteger redirectsFollowed = new AtomicInteger();

    private HostileServer(Behaviour behaviour, boolean goodOptions, Forwarding forwarding, URI upstream)
            throws IOException {
        this.behaviour = behaviour;
        this.goodOptions = goodOptions;
        this.forwarding = forwarding;
        this.upstream = upstream;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.elsewhere = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        daemon(this::serve);
        daemon(this::countRedirected);
    }

    /** Misbehaves on every request. */
    public static HostileServer everywhere(Behaviour behaviour) throws IOException {
        return new HostileServer(behaviour, false, null, null);
    }

    /** Answers /attestation/options well and misbehaves on every other request (the tested step). */
    public static HostileServer atTheTestedStep(Behaviour behaviour) throws IOException {
        return new HostileServer(behaviour, true, null, null);
    }

    /**
     * Forwards every request to {@code rp} (a reference RP with the conformance API) and answers with what it
     * answered, cookies included, in the way {@code forwarding} says.
     */
    public static HostileServer forwardingTo(ReferenceRp rp, Forwarding forwarding) throws IOException {
        return new HostileServer(null, false, forwarding, URI.create("http://127.0.0.1:" + rp.port()));
    }

    public String url() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    /** A target whose pages are at localhost, the RP ID the good options name. */
    public HttpTarget target() {
        return new HttpTarget(TargetUrl.parse(url(), "http://localhost:" + socket.getLocalPort()), Api.CONFORMANCE);
    }

    /** Requests read, whole, by the server. */
    public int requests() {
        return requests.size();
    }

    /** Requests read, whole, for paths ending in {@code path}. */
    public long requestsTo(String path) {
        synchronized (requests) {
            return requests.stream().filter(p -> p.endsWith(path)).count();
        }
    }

    /** Body bytes written before the client stopped reading (or all of them). */
    public long bytesSent() {
        return bytesSent.get();
    }

    /** The most body bytes written on one connection before the client hung up or the body ended. */
    public long mostBytesOnOneConnection() {
        return mostOnOneConnection.get();
    }

    /** Connections the client closed while the server was still sending. */
    public int hangUps() {
        return hungUp.get();
    }

    /** Requests that arrived at the host a redirect pointed to. */
    public int redirectsFollowed() {
        return redirectsFollowed.get();
    }

    @Override
    public void close() throws IOException {
        socket.close();
        elsewhere.close();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                daemon(() -> answer(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void answer(Socket client) {
        long[] mine = {0};
        try (client; InputStream in = new BufferedInputStream(client.getInputStream());
                OutputStream out = new FilterOutputStream(client.getOutputStream()) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        super.out.write(b, off, len);
                        mine[0] += len;
                    }
                }) {
            while (true) {
                Request request = readRequest(in);
                if (request == null) {
                    return;
                }
                requests.add(request.path());
                if (forwarding != null) {
                    if (!forward(out, request)) {
                        return;
                    }
                    continue;
                }
                if (goodOptions && request.path().endsWith("/attestation/options")) {
                    send(out, "200 OK", "application/json", OPTIONS);
                    continue;
                }
                misbehave(out, request.path());
                return;
            }
        } catch (IOException | InterruptedException stopped) {
            // the client hung up: what the client side does is the point
            hungUp.incrementAndGet();
        } finally {
            mostOnOneConnection.accumulateAndGet(mine[0], Math::max);
        }
    }

    private void misbehave(OutputStream out, String path) throws IOException, InterruptedException {
        switch (behaviour) {
            case HUGE_BODY -> {
                head(out, "200 OK", "application/json", "Content-Length: " + HUGE_BYTES);
                byte[] chunk = new byte[64 * 1024];
                Arrays.fill(chunk, (byte) ' ');
                byte[] start = JSON_START.getBytes(StandardCharsets.US_ASCII);
                body(out, start);
                for (long left = HUGE_BYTES - start.length; left > 0; left -= chunk.length) {
                    body(out, left >= chunk.length ? chunk : Arrays.copyOf(chunk, (int) left));
                }
            }
            case DRIP -> {
                head(out, "200 OK", "application/json", "Content-Length: 1000");
                for (int i = 0; i < 1000; i++) {
                    body(out, new byte[] {' '});
                    Thread.sleep(1000);
                }
            }
            case ENDLESS_CHUNKED -> {
                head(out, "200 OK", "application/json", "Transfer-Encoding: chunked");
                byte[] chunk = ("1000\r\n" + " ".repeat(0x1000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                body(out, (Integer.toHexString(JSON_START.length()) + "\r\n" + JSON_START + "\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                while (true) {
                    body(out, chunk);
                }
            }
            case INVALID_JSON -> send(out, "200 OK", "application/json", "{\"status\":\"ok\",\"challenge\":");
            case SERVER_ERROR -> send(out, "500 Internal Server Error", "text/html",
                    "<html><body><h1>Internal Server Error</h1><p>Something went wrong.</p>"
                            + "</body></html>");
            case REDIRECT -> {
                head(out, "302 Found", "text/html", "Location: http://localhost:" + elsewhere.getLocalPort() + path,
                        "Content-Length: 0");
                out.flush();
            }
            case HANG_UP -> {
                // the request was read; closing now, before a status line, is all the client sees
            }
        }
    }

    /** Answers {@code request} with the reference RP's answer; false when the connection is to be closed. */
    private boolean forward(OutputStream out, Request request) throws IOException, InterruptedException {
        HttpRequest.Builder forwarded = HttpRequest.newBuilder(upstream.resolve(request.path()))
                .method(request.method(), HttpRequest.BodyPublishers.ofByteArray(request.body()));
        for (String name : List.of("content-type", "origin", "cookie")) {
            String value = request.headers().get(name);
            if (value != null) {
                forwarded.header(name, value);
            }
        }
        HttpResponse<byte[]> answer = UPSTREAM.send(forwarded.build(), HttpResponse.BodyHandlers.ofByteArray());
        List<String> headers = new ArrayList<>();
        answer.headers().allValues("Set-Cookie").forEach(cookie -> headers.add("Set-Cookie: " + cookie));
        String type = answer.headers().firstValue("Content-Type").orElse("application/json");
        String status = answer.statusCode() + " " + (answer.statusCode() < 400 ? "OK" : "Refused");
        switch (forwarding) {
            case CLOSE_AFTER_ANSWER -> {
                headers.add("Content-Length: " + answer.body().length);
                versionedHead(out, "HTTP/1.1 ", status, type, headers.toArray(String[]::new));
                body(out, answer.body());
                Thread.sleep(TIDY_UP.toMillis());
                return false;
            }
            case HTTP_1_0 -> {
                versionedHead(out, "HTTP/1.0 ", status, type, headers.toArray(String[]::new));
                body(out, answer.body());
                return false;
            }
            case SLOW -> {
                Thread.sleep(SLOW_ANSWER.toMillis());
                headers.add("Content-Length: " + answer.body().length);
                versionedHead(out, "HTTP/1.1 ", status, type, headers.toArray(String[]::new));
                body(out, answer.body());
                return true;
            }
        }
        throw new IllegalStateException("unknown forwarding " + forwarding);
    }

    private void send(OutputStream out, String status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        head(out, status, type, "Content-Length: " + bytes.length);
        body(out, bytes);
        out.flush();
    }

    private static void head(OutputStream out, String status, String type, String... headers) throws IOException {
        versionedHead(out, "HTTP/1.1 ", status, type, headers);
    }

    private static void versionedHead(OutputStream out, String version, String status, String type, String... headers)
            throws IOException {
        StringBuilder head = new StringBuilder(version).append(status).append("\r\nContent-Type: ").append(type)
                .append("\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private void body(OutputStream out, byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
        bytesSent.addAndGet(bytes.length);
    }

    /** One request as read: headers by lower-case name. */
    private record Request(String method, String path, Map<String, String> headers, byte[] body) {
    }

    /** The request, its headers and body read; null when the client closed the connection. */
    private static Request readRequest(InputStream in) throws IOException {
        String requestLine = line(in);
        if (requestLine == null || requestLine.isEmpty()) {
            return null;
        }
        Map<String, String> headers = new HashMap<>();
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            headers.put(header.substring(0, header.indexOf(':')).strip().toLowerCase(Locale.ROOT),
                    header.substring(header.indexOf(':') + 1).strip());
        }
        byte[] body = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
        String[] parts = requestLine.split(" ");
        return new Request(parts[0], parts[1], headers, body);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b == -1) {
                return null;
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    private void countRedirected() {
        while (!elsewhere.isClosed()) {
            try (Socket followed = elsewhere.accept()) {
                redirectsFollowed.incrementAndGet();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static void daemon(Runnable task) {
        Thread thread = new Thread(task, "hostile-server");
        thread.setDaemon(true);
        thread.start();
    }
}
