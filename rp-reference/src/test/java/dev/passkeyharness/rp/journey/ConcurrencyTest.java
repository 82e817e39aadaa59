package dev.passkeyharness.rp.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.profile.Profiles;
import dev.passkeyharness.rp.RpSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Races on one server: replays, double submits, one credential for two accounts, cloned authenticators. */
class ConcurrencyTest {

    private static final int REPLAYS = 20;
    private static final int CLONES = 5;

    private final Site site = Site.start(RpSettings.defaults().withConformanceApi(true));
    private final ExecutorService pool = Executors.newFixedThreadPool(REPLAYS);

    @AfterEach
    void stop() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        site.close();
    }

    @Test
    void oneAssertionPostedTwentyTimesAtOnceToTheOnboardingApiSignsInOnce() throws Exception {
        Device device = Device.of(Profiles.SECURITY_KEY, 31);
        Browser browser = site.signUp("race@example.com");
        site.registered(browser, device);
        assertEquals(200, browser.post("/api/logout", "{}").status());
        String assertion = site.authenticationResponse(browser, device, "{}");

        List<Browser.Answer> answers = all(REPLAYS, () -> browser.post("/api/passkeys/authentication/verify", assertion));

        assertEquals(1, count(answers, 200), answers::toString);
        assertEquals(REPLAYS - 1, count(answers, 400), answers::toString);
        assertNoServerError(answers);
    }

    @Test
    void oneAssertionPostedTwentyTimesAtOnceToTheConformanceApiIsAcceptedOnce() throws Exception {
        Device device = Device.of(Profiles.SECURITY_KEY, 32);
        Browser browser = site.browser();
        Browser.Answer options = browser.post("/attestation/options", """
                {"username":"racer","displayName":"Racer","attestation":"none"}""");
        assertEquals(200, browser.post("/attestation/result", device.create(browser.origin(), options.body())).status());
        Browser.Answer request = browser.post("/assertion/options", "{\"username\":\"racer\"}");
        String assertion = device.get(browser.origin(), request.body());

        List<Browser.Answer> answers = all(REPLAYS, () -> browser.post("/assertion/result", assertion));

        assertEquals(1, answers.stream().filter(a -> "ok".equals(a.json().path("status").asString())).count(),
                answers::toString);
        assertEquals(REPLAYS - 1, count(answers, 400), answers::toString);
        assertNoServerError(answers);
    }

    @Test
    void oneRegistrationResponsePostedTwiceAtOnceStoresOnePasskey() throws Exception {
        Device device = Device.of(Profiles.SECURITY_KEY, 33);
        Browser browser = site.signUp("twice@example.com");
        String response = site.registrationResponse(browser, device);

        List<Browser.Answer> answers = all(2, () -> browser.post("/api/passkeys/registration/verify", response));

        assertEquals(1, count(answers, 201), answers::toString);
        assertEquals(1, count(answers, 400), answers::toString);
        assertEquals(1, site.passkeyCount());
    }

    @Test
    void oneCredentialRegisteredAtOnceToTwoAccountsIsStoredForOne() throws Exception {
        // two devices of one profile and seed make the same credential for the same options shape
        Device first = Device.of(Profiles.SECURITY_KEY, 34);
        Device twin = Device.of(Profiles.SECURITY_KEY, 34);
        Browser alice = site.signUp("alice@example.com");
        Browser bob = site.signUp("bob@example.com");
        String fromAlice = site.registrationResponse(alice, first);
        String fromBob = site.registrationResponse(bob, twin);
        assertEquals(Browser.JSON.readTree(fromAlice).path("id"), Browser.JSON.readTree(fromBob).path("id"));

        List<Callable<Browser.Answer>> posts = List.of(
                () -> alice.post("/api/passkeys/registration/verify", fromAlice),
                () -> bob.post("/api/passkeys/registration/verify", fromBob));
        List<Browser.Answer> answers = all(posts);

        assertEquals(1, count(answers, 201), answers::toString);
        assertEquals(1, count(answers, 400), answers::toString);
        assertEquals(1, site.passkeyCount());
    }

    @Test
    void clonedAuthenticatorsSigningTheSameCounterAtOnceSignInOnceAndTheCounterNeverGoesBack() throws Exception {
        Device original = Device.of(Profiles.SECURITY_KEY, 35);
        Browser owner = site.signUp("clone@example.com");
        String credentialId = site.registered(owner, original);
        // one sign-in first, so the stored counter is above zero
        assertEquals(200, site.signIn(site.browser(), original).status());
        long before = site.passkey(credentialId).signCount();

        List<Callable<Browser.Answer>> posts = new ArrayList<>();
        for (int i = 0; i < CLONES; i++) {
            Device clone = original.cloned();
            Browser visitor = site.browser();
            String assertion = site.authenticationResponse(visitor, clone, "{}");
            posts.add(() -> visitor.post("/api/passkeys/authentication/verify", assertion));
        }
        List<Browser.Answer> answers = all(posts);

        assertTrue(count(answers, 200) <= 1, answers::toString);
        assertEquals(CLONES - count(answers, 200), answers.stream().filter(a -> "counter".equals(a.rule())).count(),
                answers::toString);
        assertTrue(site.passkey(credentialId).signCount() > before, "stored counter went from " + before + " to "
                + site.passkey(credentialId).signCount());
        // the original, behind its clones now, is refused, and the counter stays where it was
        long after = site.passkey(credentialId).signCount();
        Browser.Answer late = site.signIn(site.browser(), original);
        assertEquals("counter", late.rule(), late::toString);
        assertEquals(after, site.passkey(credentialId).signCount());
    }

    @Test
    void aSignInRacingADeleteIsRefusedCleanlyAndARenameRacingASignInIsKept() throws Exception {
        Device device = Device.of(Profiles.SECURITY_KEY, 36);
        Browser owner = site.signUp("racing@example.com");
        for (int round = 0; round < 10; round++) {
            String credentialId = site.registered(owner, device);
            Browser visitor = site.browser();
            String assertion = site.authenticationResponse(visitor, device, "{}");
            List<Browser.Answer> answers = all(List.of(
                    () -> visitor.post("/api/passkeys/authentication/verify", assertion),
                    () -> owner.delete("/api/passkeys/" + credentialId)));
            assertNoServerError(answers);
            assertEquals(200, answers.get(1).status(), answers::toString);
            Browser.Answer signIn = answers.get(0);
            assertTrue(signIn.status() == 200 || "unknown-credential".equals(signIn.rule()), signIn::toString);
            assertEquals(0, site.passkeyCount());
        }
        String kept = site.registered(owner, device);
        for (int round = 0; round < 10; round++) {
            Browser visitor = site.browser();
            String assertion = site.authenticationResponse(visitor, device, "{}");
            String name = "Laptop " + round;
            List<Browser.Answer> answers = all(List.of(
                    () -> visitor.post("/api/passkeys/authentication/verify", assertion),
                    () -> owner.patch("/api/passkeys/" + kept, "{\"name\":\"" + name + "\"}")));
            assertEquals(List.of(200, 200), answers.stream().map(Browser.Answer::status).toList(), answers::toString);
            assertEquals(name, site.passkey(kept).name());
        }
    }

    @Test
    void fiftyVisitorsAtOnceSignUpCreateAPasskeySignOutAndSignInEachToTheirOwnAccount() throws Exception {
        int visitors = 50;
        List<Callable<Browser.Answer>> journeys = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < visitors; i++) {
            String email = "load-" + i + "@example.com";
            emails.add(email);
            Device device = Device.of(Profiles.SECURITY_KEY, 500 + i);
            journeys.add(() -> {
                Browser browser = site.signUp(email);
                site.registered(browser, device);
                Browser.Answer out = browser.post("/api/logout", "{}");
                if (out.status() != 200) {
                    return out;
                }
                Browser.Answer in = site.signIn(browser, device);
                if (in.status() != 200) {
                    return in;
                }
                return browser.get("/api/me");
            });
        }
        ExecutorService wide = Executors.newFixedThreadPool(visitors);
        List<Browser.Answer> answers;
        try {
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<Browser.Answer>> futures = new ArrayList<>();
            for (Callable<Browser.Answer> journey : journeys) {
                futures.add(wide.submit(() -> {
                    gate.await();
                    return journey.call();
                }));
            }
            gate.countDown();
            answers = new ArrayList<>();
            for (Future<Browser.Answer> future : futures) {
                answers.add(future.get(120, TimeUnit.SECONDS));
            }
        } finally {
            wide.shutdownNow();
        }

        assertNoServerError(answers);
        for (int i = 0; i < visitors; i++) {
            assertEquals(200, answers.get(i).status(), answers.get(i)::toString);
            assertEquals(emails.get(i), answers.get(i).json().path("email").asString(), "visitor " + i + " sees");
            assertEquals(1, answers.get(i).json().path("passkeyCount").asInt());
        }
        assertEquals(visitors, site.accountCount());
        assertEquals(visitors, site.passkeyCount());
    }

    private List<Browser.Answer> all(int copies, Callable<Browser.Answer> post) throws Exception {
        List<Callable<Browser.Answer>> posts = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            posts.add(post);
        }
        return all(posts);
    }

    /** Runs every post at once, released together by one gate. */
    private List<Browser.Answer> all(List<Callable<Browser.Answer>> posts) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<Browser.Answer>> futures = new ArrayList<>();
        for (Callable<Browser.Answer> post : posts) {
            futures.add(pool.submit(() -> {
                gate.await();
                return post.call();
            }));
        }
        gate.countDown();
        List<Browser.Answer> answers = new ArrayList<>();
        for (Future<Browser.Answer> future : futures) {
            answers.add(future.get(60, TimeUnit.SECONDS));
        }
        return answers;
    }

    private static long count(List<Browser.Answer> answers, int status) {
        return answers.stream().filter(a -> a.status() == status).count();
    }

    private static void assertNoServerError(List<Browser.Answer> answers) {
        assertTrue(answers.stream().allMatch(a -> a.status() < 500), answers::toString);
    }
}
