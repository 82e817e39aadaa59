package dev.passkeyharness.rp.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.rp.RpSettings;
import dev.passkeyharness.rp.account.Argon2Settings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The password limit over HTTP: a concurrent burst is checked no more often than a slow one, per client. */
class LoginLimitTest {

    private static final String EMAIL = "limit@example.com";
    private static final int BURST = 40;

    @Test
    void ofFortyConcurrentWrongPasswordsFiveAreCheckedAndTheOwnerElsewhereStillSignsIn() throws Exception {
        try (Site site = Site.start(RpSettings.defaults().withPasswordHashing(new Argon2Settings(1024, 1, 1)))) {
            site.signUp(EMAIL);
            Browser attacker = site.browser();
            ExecutorService pool = Executors.newFixedThreadPool(BURST);
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<Browser.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                String password = "wrong password " + i;
                answers.add(pool.submit(() -> {
                    gate.await();
                    return attacker.post("/api/login", body(password));
                }));
            }
            gate.countDown();
            int[] statuses = new int[600];
            for (Future<Browser.Answer> answer : answers) {
                statuses[answer.get(60, TimeUnit.SECONDS).status()]++;
            }
            pool.shutdown();

            assertEquals(5, statuses[401], "password checks");
            assertEquals(BURST - 5, statuses[429], "refused before any check");
            // even the right password waits now, from this client
            Browser.Answer right = attacker.post("/api/login", body(Site.PASSWORD));
            assertEquals(429, right.status(), right::toString);
            // and the owner at another address is not locked out
            String owner = loginFrom(InetAddress.getByName("127.0.0.2"), site.url(), body(Site.PASSWORD));
            assertTrue(owner.startsWith("HTTP/1.1 200"), owner);
        }
    }

    private static String body(String password) {
        return "{\"email\":\"" + EMAIL + "\",\"password\":\"" + password + "\"}";
    }

    /** A POST /api/login from another loopback address, which java.net.http cannot choose on Java 17. */
    private static String loginFrom(InetAddress local, String base, String json) throws IOException {
        URI uri = URI.create(base);
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(local, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", uri.getPort()), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/login HTTP/1.1\r\nHost: " + uri.getAuthority() + "\r\nOrigin: " + base
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
