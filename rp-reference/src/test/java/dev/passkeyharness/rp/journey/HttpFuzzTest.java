package dev.passkeyharness.rp.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.rp.RpSettings;
import dev.passkeyharness.authenticator.profile.Profiles;
import dev.passkeyharness.rp.model.Passkey;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Thousands of malformed or mutated requests to every POST, PATCH and DELETE endpoint of both APIs, with and without
 * a signed-in session. Every request is one that cannot succeed (a wrong password, a name too long, a response to
 * another session's challenge…), so every answer must be a JSON 4xx, and the store must end as it began.
 */
class HttpFuzzTest {

    private static final long SEED = 20261125L;
    private static final int REQUESTS = 6_000;
    private static final String OWNER = "fuzz@example.com";
    private static final String[] FOREIGN_ORIGINS = {"https://evil.example", "http://localhost:1", "null"};
    private static final String[] WRONG_CONTENT_TYPES = {
        null, "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml"};
    private static final String[] NOT_OBJECTS = {"[]", "42", "\"text\"", "null", "true", "[{}]"};

    /** What a mutation may do to a request: edge-only mutations keep the members, which lenient endpoints ignore. */
    private enum Mutation {
        AS_IS(false), RANDOM_BYTES(true), TRUNCATED(true), BIT_FLIPS(false), WRONG_TYPE(false), DEEP_NESTING(true),
        NESTED_MEMBER(false), HUGE_STRING(false), OVERSIZE(true), WRONG_CONTENT_TYPE(true), FOREIGN_ORIGIN(true),
        NOT_AN_OBJECT(true), INVALID_UTF8(true);

        final boolean edgeOnly;

        Mutation(boolean edgeOnly) {
            this.edgeOnly = edgeOnly;
        }
    }

    /**
     * An endpoint and bodies it must refuse. {@code strict} endpoints refuse every mutation of those bodies; the others
     * ignore unknown members or succeed on {}, so they get edge mutations only, plus members of a wrong type.
     */
    private record Target(String method, String path, boolean strict, boolean ownerNeedsForeignOrigin, List<String> bodies) {
    }

    private final Site site = Site.start(RpSettings.defaults().withConformanceApi(true));
    private final Random random = new Random(SEED);
    private Browser owner;
    private Browser anonymous;
    private String credentialId;
    private List<Target> targets;

    @BeforeEach
    void setUp() throws Exception {
        Device key = Device.of(Profiles.SECURITY_KEY, 51);
        owner = site.signUp(OWNER);
        credentialId = site.registered(owner, key);
        owner.post("/api/logout", "{}");
        assertEquals(200, site.signIn(owner, key).status());
        anonymous = site.browser();

        // responses to challenges issued to a third session: valid-looking, yet no fuzzing session can redeem them
        Browser capture = site.browser();
        assertEquals(200, capture.post("/api/login",
                "{\"email\":\"" + OWNER + "\",\"password\":\"" + Site.PASSWORD + "\"}").status());
        String registration = site.registrationResponse(capture, Device.of(Profiles.PLATFORM_SYNCED, 52));
        String authentication = site.authenticationResponse(capture, key, "{}");
        Browser.Answer u2fOptions = capture.post("/attestation/options", """
                {"username":"conformance-user","displayName":"C","attestation":"direct",
                 "authenticatorSelection":{"residentKey":"discouraged"}}""");
        String attestation = Device.of(Profiles.U2F_LEGACY, 53).create(capture.origin(), u2fOptions.body());
        String assertion = site.authenticationResponse(capture, key, "{}");

        String longName = "n".repeat(100);
        String tooLongUsername = "u".repeat(300);
        targets = List.of(
                new Target("POST", "/api/signup", true, false,
                        List.of("{\"email\":\"" + OWNER + "\",\"password\":\"short\",\"displayName\":\"F\"}")),
                new Target("POST", "/api/login", true, false,
                        List.of("{\"email\":\"" + OWNER + "\",\"password\":\"wrong-password\"}")),
                new Target("POST", "/api/passkeys/registration/verify", true, false,
                        List.of(registration, authentication)),
                new Target("POST", "/api/passkeys/authentication/verify", true, false,
                        List.of(authentication, assertion, registration)),
                new Target("PATCH", "/api/passkeys/" + credentialId, true, false,
                        List.of("{\"name\":\"" + longName + "\"}")),
                new Target("PATCH", "/api/passkeys/no-such-passkey", true, false, List.of("{\"name\":\"Fine name\"}")),
                new Target("DELETE", "/api/passkeys/no-such-passkey", true, false, List.of("{}")),
                new Target("DELETE", "/api/passkeys/" + credentialId, true, true, List.of("{}")),
                new Target("POST", "/attestation/options", true, false,
                        List.of("{\"username\":\"" + tooLongUsername + "\",\"displayName\":\"x\",\"attestation\":\"direct\"}")),
                new Target("POST", "/attestation/result", true, false, List.of(attestation, registration, assertion)),
                new Target("POST", "/assertion/result", true, false, List.of(assertion, authentication, attestation)),
                new Target("POST", "/api/logout", false, false, List.of("{}")),
                new Target("POST", "/api/passkeys/prompt/dismiss", false, false, List.of("{}")),
                new Target("POST", "/api/passkeys/registration/options", false, false, List.of("{}")),
                new Target("POST", "/api/passkeys/authentication/options", false, false,
                        List.of("{\"email\":42}", "{\"email\":\"not an email\"}")),
                new Target("POST", "/assertion/options", false, false,
                        List.of("{\"username\":[\"x\"]}", "{\"username\":\"nobody-here\"}",
                                "{\"userVerification\":\"sometimes\"}")));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void malformedAndMutatedRequestsAreRefusedAndChangeNothing() {
        int accounts = site.accountCount();
        int passkeys = site.passkeyCount();
        Passkey before = site.passkey(credentialId);
        List<String> wrong = new ArrayList<>();
        int[] perStatus = new int[600];

        for (int i = 0; i < REQUESTS; i++) {
            Target target = targets.get(random.nextInt(targets.size()));
            boolean signedIn = random.nextBoolean();
            Mutation mutation = pick(target);
            if (signedIn && target.ownerNeedsForeignOrigin()) {
                mutation = Mutation.FOREIGN_ORIGIN;
            }
            Browser.Answer answer = send(signedIn ? owner : anonymous, target, mutation);
            perStatus[answer.status()]++;
            if (answer.status() < 400 || answer.status() > 499 || !answer.failedAsJson() || leaksInternals(answer)) {
                wrong.add("#" + i + " " + target.method() + " " + target.path() + " " + mutation
                        + (signedIn ? " signed-in" : " anonymous") + " -> " + answer);
            }
        }

        assertTrue(wrong.isEmpty(), wrong.size() + " answers were not a JSON 4xx, e.g.\n"
                + String.join("\n", wrong.subList(0, Math.min(20, wrong.size()))));
        assertTrue(perStatus[413] > 0 && perStatus[415] > 0 && perStatus[403] > 0 && perStatus[400] > 0,
                "every kind of refusal was exercised");
        assertEquals(OWNER, owner.get("/api/me").json().path("email").asString(), "the owner is still signed in");
        assertEquals(401, anonymous.get("/api/me").status());
        assertEquals(accounts, site.accountCount());
        assertEquals(passkeys, site.passkeyCount());
        assertEquals(before, site.passkey(credentialId));
    }

    /** A stack trace or a Java type name in an answer tells an attacker about the server's insides. */
    private static boolean leaksInternals(Browser.Answer answer) {
        return answer.body().contains("\tat ") || answer.body().matches("(?s).*\\b(java|jakarta|org\\.eclipse)\\.\\w.*")
                || answer.body().contains("Exception");
    }

    private Mutation pick(Target target) {
        Mutation[] all = Mutation.values();
        while (true) {
            Mutation m = all[random.nextInt(all.length)];
            if (target.strict() || m.edgeOnly) {
                return m;
            }
        }
    }

    private Browser.Answer send(Browser browser, Target target, Mutation mutation) {
        String base = target.bodies().get(random.nextInt(target.bodies().size()));
        byte[] bytes = base.getBytes(StandardCharsets.UTF_8);
        String contentType = "application/json";
        String origin = browser.origin();
        byte[] body = switch (mutation) {
            case AS_IS -> bytes;
            case RANDOM_BYTES -> randomBytes(1 + random.nextInt(2_000));
            case TRUNCATED -> java.util.Arrays.copyOf(bytes, 1 + random.nextInt(bytes.length - 1));
            case BIT_FLIPS -> flipBits(bytes);
            case WRONG_TYPE -> replaceMember(base, wrongType()).getBytes(StandardCharsets.UTF_8);
            case DEEP_NESTING -> nested(500 + random.nextInt(20_000)).getBytes(StandardCharsets.UTF_8);
            case NESTED_MEMBER -> replaceMember(base, Browser.parse(nested(1 + random.nextInt(300))))
                    .getBytes(StandardCharsets.UTF_8);
            case HUGE_STRING -> replaceMember(base, Browser.JSON.getNodeFactory().stringNode(
                    hugeString(Math.max(2_000, 60_000 - bytes.length)))).getBytes(StandardCharsets.UTF_8);
            case OVERSIZE -> ("{\"pad\":\"" + "x".repeat(64 * 1024 + random.nextInt(40_000)) + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            case WRONG_CONTENT_TYPE -> {
                contentType = WRONG_CONTENT_TYPES[random.nextInt(WRONG_CONTENT_TYPES.length)];
                yield bytes;
            }
            case FOREIGN_ORIGIN -> {
                origin = FOREIGN_ORIGINS[random.nextInt(FOREIGN_ORIGINS.length)];
                yield bytes;
            }
            case NOT_AN_OBJECT -> NOT_OBJECTS[random.nextInt(NOT_OBJECTS.length)].getBytes(StandardCharsets.UTF_8);
            case INVALID_UTF8 -> invalidUtf8(bytes);
        };
        if (target.method().equals("DELETE") && body.length > 4_096) {
            // DELETE takes no body and the RP does not read one: a large one would be cut off mid-upload
            body = null;
        }
        return browser.send(target.method(), target.path(), body, contentType, origin);
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private byte[] flipBits(byte[] original) {
        byte[] bytes = original.clone();
        int flips = 1 + random.nextInt(8);
        for (int f = 0; f < flips; f++) {
            int bit = random.nextInt(bytes.length * 8);
            bytes[bit / 8] ^= (byte) (1 << (bit % 8));
        }
        return bytes;
    }

    /** A body that is not UTF-8: a lone continuation byte or a cut-off sequence put inside it. */
    private byte[] invalidUtf8(byte[] original) {
        int at = 1 + random.nextInt(original.length - 1);
        byte[] bytes = new byte[original.length + 1];
        System.arraycopy(original, 0, bytes, 0, at);
        bytes[at] = (byte) (random.nextBoolean() ? 0x80 : 0xC3);
        System.arraycopy(original, at, bytes, at + 1, original.length - at);
        return bytes;
    }

    /** Values no member accepts: other types, and strings no member takes (empty, or with a control character). */
    private JsonNode wrongType() {
        List<JsonNode> values = List.of(Browser.parse("42"), Browser.parse("-1.5e300"), Browser.parse("true"),
                Browser.parse("null"), Browser.parse("[]"), Browser.parse("{}"), Browser.parse("[1,\"a\",null]"),
                Browser.parse("{\"x\":{\"y\":[]}}"), Browser.parse("\"\""), Browser.parse("\"\\u0000 not base64url, nor a name\""),
                Browser.parse("18446744073709551616"));
        return values.get(random.nextInt(values.size()));
    }

    /** Replaces one member at the top level or one level down (inside "response"…); {} gets a "name". */
    private String replaceMember(String base, JsonNode value) {
        ObjectNode root = (ObjectNode) Browser.parse(base);
        List<ObjectNode> holders = new ArrayList<>();
        List<String> names = new ArrayList<>();
        root.properties().forEach(e -> {
            holders.add(root);
            names.add(e.getKey());
            if (e.getValue() instanceof ObjectNode inner) {
                inner.properties().forEach(ie -> {
                    holders.add(inner);
                    names.add(ie.getKey());
                });
            }
        });
        if (names.isEmpty()) {
            return root.set("name", value).toString();
        }
        int pick = random.nextInt(names.size());
        holders.get(pick).set(names.get(pick), value);
        return root.toString();
    }

    private String nested(int depth) {
        StringBuilder out = new StringBuilder(depth * 2 + 2);
        boolean arrays = random.nextBoolean();
        for (int d = 0; d < depth; d++) {
            out.append(arrays ? "[" : "{\"a\":");
        }
        out.append("1");
        for (int d = 0; d < depth; d++) {
            out.append(arrays ? "]" : "}");
        }
        return out.toString();
    }

    private String hugeString(int length) {
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_@.é€";
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

}
