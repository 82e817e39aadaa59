package dev.passkeyharness.conformance.target;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Where a target's requests get their HTTP/1.1 connections: a new connection per request for a server at a URL, one
 * pool for the embedded reference RP.
 *
 * <p>Why no pool for someone else's server: java.net.http returns a connection to its pool unless the answer says
 * {@code Connection: close}; an {@code HTTP/1.0} answer without it, a server that closes after each answer and one
 * that closes idle connections are pooled all the same. A request sent on such a connection meets the close and
 * fails with "HTTP/1.1 header parser received no bytes" (an {@code IOException} caused by an {@code EOFException}),
 * exactly as when a server read the request and then hung up, and the JDK retries neither for POST. So the client
 * cannot prove a request did not reach the server, and a retry could post a ceremony result twice (and register
 * twice); stopping reuse once a server signals close would still miss the servers that close without a word. On a
 * new connection per request nothing needs resending, and a connection that ends before a status line is the
 * server's crash. The cost is a connect and a short-lived client per request. The embedded RP is Jetty, which keeps
 * connections open through a run, so it keeps the pool and its speed.
 */
final class Connections {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** The clients' work runs here, so a client per request costs one selector thread until it is collected. */
    private static final ExecutorService WORK = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "target-http");
        thread.setDaemon(true);
        return thread;
    });

    private final Supplier<HttpClient> clients;

    private Connections(Supplier<HttpClient> clients) {
        this.clients = clients;
    }

    /** A new connection for every request: for servers whose way with connections is not known. */
    static Connections onePerRequest() {
        return onePerRequest(TlsTrust.system());
    }

    /** As {@link #onePerRequest()}, an https server's certificate trusted as {@code tls} says. */
    static Connections onePerRequest(TlsTrust tls) {
        return new Connections(() -> newClient(tls));
    }

    /** One client whose pooled connections the requests share: for the embedded RP, which keeps them open. */
    static Connections pooled() {
        HttpClient client = newClient(TlsTrust.system());
        return new Connections(() -> client);
    }

    /** The client to send the next request with. */
    HttpClient client() {
        return clients.get();
    }

    /** A client without cookies of its own (each channel keeps its own jar), as the FIDO tools speak HTTP. */
    private static HttpClient newClient(TlsTrust tls) {
        HttpClient.Builder builder = HttpClient.newBuilder();
        tls.context().ifPresent(builder::sslContext);
        return builder
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(WORK)
                .build();
    }
}
