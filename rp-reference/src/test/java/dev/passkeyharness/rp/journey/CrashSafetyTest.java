package dev.passkeyharness.rp.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.profile.Profiles;
import dev.passkeyharness.rp.RpSettings;
import dev.passkeyharness.rp.model.Passkey;
import dev.passkeyharness.rp.store.Database;
import dev.passkeyharness.rp.store.PasskeyRepository;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL while sign-ups, registrations and sign-ins are in flight: the file database opens again, and everything the
 * RP acknowledged is still there and still signs in.
 */
class CrashSafetyTest {

    private static final int VISITORS = 4;
    private static final int ACKNOWLEDGED_PASSKEYS_BEFORE_KILL = 24;

    /** What a visitor was told had succeeded. */
    private record Acknowledged(Device device, String credentialId, boolean signedIn) {
    }

    @TempDir
    Path dir;

    @Test
    void nothingAcknowledgedIsLostWhenTheServerIsKilledMidWrite() throws Exception {
        int port = freePort();
        String url = "jdbc:h2:file:" + dir.resolve("rp");
        String origin = "http://localhost:" + port;
        Map<String, Acknowledged> acknowledged = new ConcurrentHashMap<>();
        Map<String, Boolean> accounts = new ConcurrentHashMap<>();
        AtomicInteger passkeys = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();

        Process server = start(port, url);
        ExecutorService visitors = Executors.newFixedThreadPool(VISITORS);
        try {
            for (int v = 0; v < VISITORS; v++) {
                int visitor = v;
                visitors.submit(() -> {
                    for (int i = 0; !killed.get(); i++) {
                        visit("v" + visitor + "-" + i + "@example.com", 1_000L * visitor + i, origin, acknowledged,
                                accounts, passkeys);
                    }
                });
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (passkeys.get() < ACKNOWLEDGED_PASSKEYS_BEFORE_KILL && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        } finally {
            // SIGKILL on Linux: no shutdown hook, no close, requests cut mid-way
            server.destroyForcibly();
            server.waitFor(30, TimeUnit.SECONDS);
            killed.set(true);
            visitors.shutdown();
            assertTrue(visitors.awaitTermination(60, TimeUnit.SECONDS));
        }
        assertTrue(passkeys.get() >= ACKNOWLEDGED_PASSKEYS_BEFORE_KILL, "only " + passkeys + " passkeys before kill");

        try (Database database = Database.open(url)) {
            PasskeyRepository repository = new PasskeyRepository();
            List<String> lost = acknowledged.keySet().stream()
                    .filter(id -> database.inTransaction(c -> repository.find(c, id)).isEmpty()).toList();
            assertEquals(List.of(), lost, "acknowledged passkeys lost: " + lost.size() + " of " + acknowledged.size());
            List<String> unrecorded = acknowledged.entrySet().stream().filter(e -> e.getValue().signedIn())
                    .filter(e -> database.inTransaction(c -> repository.find(c, e.getKey())).map(Passkey::lastUsedAt)
                            .isEmpty())
                    .map(Map.Entry::getKey).toList();
            assertEquals(List.of(), unrecorded, "acknowledged sign-ins not recorded");
            int stored = database.inTransaction(repository::countAll);
            // at most one registration per visitor was cut between its commit and its answer
            assertTrue(stored >= acknowledged.size() && stored <= acknowledged.size() + VISITORS,
                    stored + " stored, " + acknowledged.size() + " acknowledged");
        }

        try (Site restarted = Site.start(RpSettings.defaults().withPort(port).withDatabase(url))) {
            for (Acknowledged passkey : acknowledged.values()) {
                Browser.Answer signedIn = restarted.signIn(restarted.browser(), passkey.device());
                assertEquals(200, signedIn.status(), signedIn::toString);
            }
            for (String email : accounts.keySet()) {
                Browser.Answer login = restarted.browser().post("/api/login",
                        "{\"email\":\"" + email + "\",\"password\":\"" + Site.PASSWORD + "\"}");
                assertEquals(200, login.status(), email + ": " + login);
            }
        }
    }

    /** One visitor's journey; each step that was answered as done is noted, a cut one is not. */
    private static void visit(String email, long seed, String origin, Map<String, Acknowledged> acknowledged,
            Map<String, Boolean> accounts, AtomicInteger passkeys) {
        try {
            Browser browser = new Browser(origin);
            Device device = Device.of(Profiles.SECURITY_KEY, seed);
            Browser.Answer signUp = browser.post("/api/signup", "{\"email\":\"" + email + "\",\"password\":\""
                    + Site.PASSWORD + "\"}");
            if (signUp.status() != 201) {
                return;
            }
            accounts.put(email, true);
            Browser.Answer options = browser.post("/api/passkeys/registration/options", "{}");
            Browser.Answer created = browser.post("/api/passkeys/registration/verify",
                    device.create(origin, options.body()));
            if (created.status() != 201) {
                return;
            }
            String credentialId = created.json().path("passkey").path("id").asString();
            acknowledged.put(credentialId, new Acknowledged(device, credentialId, false));
            passkeys.incrementAndGet();
            Browser.Answer request = browser.post("/api/passkeys/authentication/options", "{}");
            Browser.Answer signedIn = browser.post("/api/passkeys/authentication/verify",
                    device.get(origin, request.body()));
            if (signedIn.status() == 200) {
                acknowledged.put(credentialId, new Acknowledged(device, credentialId, true));
            }
        } catch (RuntimeException | dev.passkeyharness.authenticator.client.WebAuthnClientException cut) {
            // the server died under this request: nothing was acknowledged
        }
    }

    private static Process start(int port, String url) throws IOException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ServedRp.class.getName(), String.valueOf(port), url)
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.equals(ServedRp.READY)) {
            // the RP's start-up log
        }
        if (line == null) {
            throw new IllegalStateException("the RP process ended before it was ready");
        }
        Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
        drain.setDaemon(true);
        drain.start();
        return process;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
