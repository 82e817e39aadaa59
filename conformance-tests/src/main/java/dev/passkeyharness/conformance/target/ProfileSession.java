package dev.passkeyharness.conformance.target;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import tools.jackson.databind.JsonNode;

/**
 * One visitor of an RP at a URL, driven through its endpoint profile: each step's request built from the profile's
 * template, its answer read as the profile says, the CSRF token the server wants sent back, and values of the last
 * accepted answer of a step (a {@code requestId}) carried into later requests. Passwords are masked in the recorded exchanges.
 */
public final class ProfileSession implements RpSession {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String MASK = "********";

    private final HttpChannel channel;
    private final EndpointProfile profile;
    private final Map<Endpoint, JsonNode> answers = new EnumMap<>(Endpoint.class);
    private final Map<String, String> passwords = new HashMap<>();
    /** The token read from a page's answer; null until read, and again after a sign-up or log-in. */
    private String csrfToken;
    private boolean started;
    /** The user the session last named, for {@code ${username}} in steps that name none (a verification). */
    private String currentUser;

    ProfileSession(HttpChannel channel, EndpointProfile profile) {
        this.channel = channel;
        this.profile = profile;
    }

    public EndpointProfile profile() {
        return profile;
    }

    /**
     * Runs the profile's prepare steps (e.g. sign up, log in) for {@code username} with a random strong password;
     * with none, nothing is sent (the options request names the user) and the answer is an acceptance without an
     * exchange.
     */
    @Override
    public Answer prepareUser(String username, String displayName) {
        if (profile.prepare().isEmpty()) {
            return Answer.nothingSent();
        }
        String password = passwords.computeIfAbsent(username, u -> strongPassword());
        Answer answer = null;
        for (Endpoint step : profile.prepare()) {
            answer = call(step, user(username, displayName, password));
            if (!answer.accepted()) {
                return answer;
            }
        }
        return answer;
    }

    @Override
    public Answer registrationOptions(OptionsRequest request) {
        Placeholders values = user(request.username(), request.displayName(), null)
                .with("residentKey", request.residentKey())
                .with("userVerification", request.userVerification())
                .with("attestation", request.attestation())
                .withJson("requireResidentKey", request.residentKey() == null ? null
                        : String.valueOf("required".equals(request.residentKey())))
                .withJson("extensions", request.extensions() == null ? null : request.extensions().toString());
        return call(Endpoint.REGISTRATION_OPTIONS, values);
    }

    @Override
    public Answer registrationResult(String registrationResponseJson) {
        return call(Endpoint.REGISTRATION_RESULT, values().withJson("credential", registrationResponseJson));
    }

    /** A null username asks for a discoverable ceremony: the template's {@code ${username}} is then absent. */
    @Override
    public Answer authenticationOptions(String username, String userVerification) {
        if (username == null) {
            // a discoverable ceremony names no user, now nor in its verification
            currentUser = null;
        }
        Placeholders values = (username == null ? values() : user(username, null, null))
                .with("userVerification", userVerification);
        return call(Endpoint.AUTHENTICATION_OPTIONS, values);
    }

    @Override
    public Answer authenticationResult(String authenticationResponseJson) {
        return call(Endpoint.AUTHENTICATION_RESULT, values().withJson("credential", authenticationResponseJson));
    }

    /** The signed-in user's credentials, where the profile has a listCredentials step. */
    @Override
    public Optional<Answer> storedCredentials() {
        return profile.step(Endpoint.LIST_CREDENTIALS).map(step -> listPasskeys());
    }

    /** The signUp step with a password the caller keeps for later logins; the recorded exchange masks it. */
    public Answer signUp(String username, String displayName, String password) {
        return call(Endpoint.SIGN_UP, user(username, displayName, password));
    }

    /** The logIn step; the recorded exchange masks the password. */
    public Answer logIn(String username, String password) {
        return call(Endpoint.LOG_IN, user(username, null, password));
    }

    public Answer logOut() {
        return call(Endpoint.LOG_OUT, values());
    }

    /** The me step: the onboarding API's signed-in account (promptForPasskey, passkeyCount); 401 when nobody is. */
    public Answer me() {
        return call(Endpoint.ME, values());
    }

    /** The dismissPrompt step ("Not now"). */
    public Answer dismissPrompt() {
        return call(Endpoint.DISMISS_PROMPT, values());
    }

    /** The listCredentials step: the signed-in user's passkeys. */
    public Answer listPasskeys() {
        return call(Endpoint.LIST_CREDENTIALS, values());
    }

    /** The deleteCredential step for {@code credentialId}. */
    public Answer deletePasskey(String credentialId) {
        return call(Endpoint.DELETE_CREDENTIAL, values().with("credentialId", credentialId));
    }

    @Override
    public List<Exchange> exchanges() {
        return channel.exchanges();
    }

    private Answer call(Endpoint endpoint, Placeholders values) {
        if (!started) {
            started = true;
            // the page a visitor opens first; a refusal shows in the step that needed what it gives
            profile.step(Endpoint.START).ifPresent(start -> call(Endpoint.START, values()));
        }
        StepSpec step = profile.required(endpoint);
        Map<String, String> headers = new HashMap<>();
        if (profile.csrf().isPresent() && (!step.route().method().equals("GET") || step.names("csrf"))) {
            Optional<String> token = csrf(profile.csrf().get());
            token.ifPresent(t -> values.with("csrf", t));
            profile.csrf().get().sendHeader().ifPresent(h -> token.ifPresent(t -> headers.put(h, t)));
        }
        String path = step.route().pathWith(values);
        String body = step.body().map(b -> b.render(step.encoding(), values)).orElse("");
        String recorded = body;
        if (step.names("password") && values.has("password")) {
            recorded = step.body().map(b -> b.render(step.encoding(), values.copy().with("password", MASK)))
                    .orElse("");
        }
        Answer answer = channel.send(step.route().method(), path, step.encoding().contentType(), body, recorded,
                headers).answer().readAs(step.reading());
        if (answer.body() != null && answer.accepted()) {
            // a refusal's body leaves the values of the last accepted answer (a session token) for later requests
            answers.put(endpoint, answer.body());
        }
        if (endpoint == Endpoint.SIGN_UP || endpoint == Endpoint.LOG_IN || endpoint == Endpoint.LOG_OUT) {
            // a new session is a new token (OWASP: renew the token with the session)
            csrfToken = null;
        }
        return answer;
    }

    /** The token the server wants back: its cookie now, or read from the page's answer once per session. */
    private Optional<String> csrf(CsrfSpec csrf) {
        if (csrf.source() == CsrfSpec.Source.COOKIE) {
            return channel.cookie(csrf.name());
        }
        if (csrfToken == null) {
            Route page = csrf.page().orElseThrow();
            HttpChannel.Reply reply = channel.send(page.method(), page.pathWith(values()), null, "", "",
                    Map.of("Accept", "text/html,application/json"));
            if (csrf.source() == CsrfSpec.Source.HEADER) {
                csrfToken = reply.headers().firstValue(csrf.name()).orElse(null);
            } else {
                Matcher matcher = csrf.pattern().orElseThrow().matcher(reply.text());
                csrfToken = matcher.find() ? matcher.group(1) : null;
            }
        }
        return Optional.ofNullable(csrfToken);
    }

    private Placeholders values() {
        Placeholders values = new Placeholders(key -> Endpoint.byKey(key).map(answers::get));
        return currentUser == null ? values : values.with("username", currentUser);
    }

    /** The user's values; a single-user profile's own user stands in for the runner's. */
    private Placeholders user(String username, String displayName, String password) {
        currentUser = username;
        Optional<EndpointProfile.SingleUser> single = profile.singleUser();
        return values()
                .with("username", single.map(EndpointProfile.SingleUser::username).orElse(username))
                .with("displayName", displayName)
                .with("password", single.flatMap(EndpointProfile.SingleUser::password).orElse(password));
    }

    private static String strongPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return "Ph-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "-9a";
    }
}
