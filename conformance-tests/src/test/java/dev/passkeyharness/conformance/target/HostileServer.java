package dev.passkeyharness.conformance.target;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A target on 127.0.0.1 that misbehaves the way broken or hostile servers do, on raw sockets so nothing smooths it
 * over. It answers /attestation/options with good creation options when asked to, so a check reaches its tested
 * step, and counts the bytes it managed to send, to show the client stopped reading.
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
        REDIRECT
    }

    static final long HUGE_BYTES = 50L * 1024 * 1024;
    /** How the endless and the huge bodies start: as an answer that would be accepted, if it ever ended. */
    private static final String JSON_START = "{\"status\":\"ok\",\"padding\":\"";
    private static final String OPTIONS = "{\"status\":\"ok\",\"errorMessage\":\"\",\"rp\":{\"id\":\"localhost\","
            + "\"name\":\"Hostile\"},\"user\":{\"id\":\"dXNlci1pZC0x\",\"name\":\"alice\",\"displayName\":\"Alice\"},"
            + "\"challenge\":\"Y2hhbGxlbmdlLWNoYWxsZW5nZS0xMjM0\",\"pubKeyCredParams\":[{\"type\":\"public-key\","
            + "\"alg\":-7}],\"timeout\":60000,\"attestation\":\"none\"}";

    private final Behaviour behaviour;
    private final boolean goodOptions;
    private final ServerSocket socket;
    private final ServerSocket elsewhere;
    private final AtomicLong bytesSent = new AtomicLong();
    private final AtomicLong mostOnOneConnection = new AtomicLong();
    private final AtomicInteger hungUp = new AtomicInteger();
    private final AtomicInteger redirectsFollowed = new AtomicInteger();

    private HostileServer(Behaviour behaviour, boolean goodOptions) throws IOException {
        this.behaviour = behaviour;
        this.goodOptions = goodOptions;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.elsewhere = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        daemon(this::serve);
        daemon(this::countRedirected);
    }

    /** Misbehaves on every request. */
    public static HostileServer everywhere(Behaviour behaviour) throws IOException {
        return new HostileServer(behaviour, false);
    }

    /** Answers /attestation/options well and misbehaves on every other request (the tested step). */
    public static HostileServer atTheTestedStep(Behaviour behaviour) throws IOException {
        return new HostileServer(behaviour, true);
    }

    public String url() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    /** A target whose pages are at localhost, the RP ID the good options name. */
    public HttpTarget target() {
        return new HttpTarget(TargetUrl.parse(url(), "http://localhost:" + socket.getLocalPort()), Api.CONFORMANCE);
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
                String path = readRequest(in);
                if (path == null) {
                    return;
                }
                if (goodOptions && path.endsWith("/attestation/options")) {
                    send(out, "200 OK", "application/json", OPTIONS);
                    continue;
                }
                misbehave(out, path);
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
        }
    }

    private void send(OutputStream out, String status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        head(out, status, type, "Content-Length: " + bytes.length);
        body(out, bytes);
        out.flush();
    }

    private static void head(OutputStream out, String status, String type, String... headers) throws IOException {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append("\r\nContent-Type: ").append(type)
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

    /** The request's path, its headers and body read; null when the client closed the connection. */
    private static String readRequest(InputStream in) throws IOException {
        String requestLine = line(in);
        if (requestLine == null || requestLine.isEmpty()) {
            return null;
        }
        long length = 0;
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                length = Long.parseLong(header.substring(header.indexOf(':') + 1).strip());
            }
        }
        in.readNBytes((int) length);
        return requestLine.split(" ")[1];
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
