package dev.passkeyharness.conformance.target;

import dev.passkeyharness.conformance.catalogue.CatalogueException;
import dev.passkeyharness.conformance.catalogue.YamlFields;
import dev.passkeyharness.conformance.catalogue.YamlNode;
import dev.passkeyharness.conformance.catalogue.YamlTreeReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Reads one endpoint profile (YAML; the format is in ENDPOINT-PROFILE-SCHEMA.md). Every mistake is a
 * {@link CatalogueException} naming {@code file:line} and what is wrong.
 */
final class ProfileParser {

    private static final Set<String> FIELDS = Set.of("name", "description", "users", "username", "password",
            "prepare", "capabilities", "csrf", "success", "reason", "steps");
    private static final Set<String> STEP_FIELDS = Set.of("request", "encoding", "body", "options", "success",
            "reason", "ids");
    private static final Set<String> CSRF_FIELDS = Set.of("cookie", "page", "pattern", "header", "sendHeader");
    private static final Set<String> SUCCESS_FIELDS = Set.of("status", "match", "location");
    /** Steps whose success is a 2xx answer holding the options unless they say otherwise, whatever the default. */
    private static final Set<Endpoint> OPTIONS = EnumSet.of(Endpoint.REGISTRATION_OPTIONS,
            Endpoint.AUTHENTICATION_OPTIONS, Endpoint.START);
    /** What a profile may declare; the rest its steps imply (or only the runner knows, as clock control). */
    static final Set<RpTarget.Capability> DECLARABLE = EnumSet.of(RpTarget.Capability.CONFORMANCE_API,
            RpTarget.Capability.ONBOARDING_API, RpTarget.Capability.DISCOVERABLE_SIGN_IN,
            RpTarget.Capability.USERNAME_FIRST);
    private static final Set<Endpoint> TAKES_CREDENTIAL = EnumSet.of(Endpoint.REGISTRATION_RESULT,
            Endpoint.AUTHENTICATION_RESULT);

    private final YamlFields fields;
    private final Set<String> stepKeys = Arrays.stream(Endpoint.values()).map(Endpoint::key)
            .collect(Collectors.toSet());

    private ProfileParser(String file) {
        this.fields = new YamlFields(file);
    }

    static EndpointProfile parse(String file, String text) {
        return new ProfileParser(file).profile(file, YamlTreeReader.read(file, text));
    }

    private EndpointProfile profile(String file, YamlNode root) {
        YamlNode.Mapping top = fields.mapping(root, "an endpoint profile");
        fields.onlyKnown(top, FIELDS, "an endpoint profile");
        String name = fields.requiredString(top, "name");
        if (!name.matches("[a-z0-9][a-z0-9.-]*")) {
            throw fields.error(top.members().get("name").line(), "a profile name is lower-case letters, digits, "
                    + "'.' and '-': '" + name + "'");
        }
        EndpointProfile.Users users = Optional.ofNullable(fields.optionalChoice(top, "users", List.of("many", "single")))
                .map(u -> EndpointProfile.Users.valueOf(u.toUpperCase(Locale.ROOT))).orElse(EndpointProfile.Users.MANY);
        Optional<EndpointProfile.SingleUser> singleUser = singleUser(top, users);
        Success defaultSuccess = member(top, "success").map(this::success).orElse(Success.ANY_2XX);
        JsonPath defaultReason = member(top, "reason").map(n -> path(n, "reason")).orElse(JsonPath.ROOT);
        Set<RpTarget.Capability> declared = EnumSet.noneOf(RpTarget.Capability.class);
        List<String> declarable = DECLARABLE.stream().map(RpTarget.Capability::key).toList();
        for (YamlNode item : fields.list(top, "capabilities")) {
            declared.add(RpTarget.Capability.byKey(fields.choice(item, "capability", declarable)).orElseThrow());
        }
        Optional<CsrfSpec> csrf = member(top, "csrf").map(this::csrf);
        if (!top.members().containsKey("steps")) {
            throw fields.error(top.line(), "missing required field 'steps'");
        }
        YamlNode.Mapping stepNodes = fields.mapping(top.members().get("steps").value(), "steps");
        Map<Endpoint, StepSpec> steps = new EnumMap<>(Endpoint.class);
        for (Map.Entry<String, YamlNode.Member> entry : stepNodes.members().entrySet()) {
            Endpoint step = Endpoint.byKey(entry.getKey()).orElseThrow(() -> fields.error(entry.getValue().line(),
                    "unknown step '" + entry.getKey() + "'; expected one of "
                            + Arrays.stream(Endpoint.values()).map(Endpoint::key).toList()));
            steps.put(step, step(step, entry.getValue().value(), defaultSuccess, defaultReason));
        }
        for (Endpoint needed : EndpointProfile.CEREMONY) {
            if (!steps.containsKey(needed)) {
                throw fields.error(stepNodes.line(), "steps must include " + needed.key());
            }
        }
        List<Endpoint> prepare = new ArrayList<>();
        for (YamlNode item : fields.list(top, "prepare")) {
            Endpoint step = Endpoint.byKey(fields.string(item, "a prepare step")).filter(steps::containsKey)
                    .orElseThrow(() -> fields.error(item.line(), "prepare names '" + YamlFields.describe(item)
                            + "', which is not a step of this profile"));
            prepare.add(step);
        }
        try {
            return new EndpointProfile(name, file, users, singleUser, declared, prepare, csrf, steps);
        } catch (IllegalArgumentException e) {
            throw fields.error(top.line(), e.getMessage());
        }
    }

    private Optional<EndpointProfile.SingleUser> singleUser(YamlNode.Mapping top, EndpointProfile.Users users) {
        Optional<String> username = member(top, "username").map(n -> fields.string(n, "username"));
        Optional<String> password = member(top, "password").map(n -> fields.string(n, "password"));
        if (users == EndpointProfile.Users.MANY && (username.isPresent() || password.isPresent())) {
            throw fields.error(top.members().get(username.isPresent() ? "username" : "password").line(),
                    "username and password name the one user of a 'users: single' server");
        }
        if (password.isPresent() && username.isEmpty()) {
            throw fields.error(top.members().get("password").line(), "a password needs the username it belongs to");
        }
        return username.map(u -> new EndpointProfile.SingleUser(u, password));
    }

    private StepSpec step(Endpoint step, YamlNode node, Success defaultSuccess, JsonPath defaultReason) {
        YamlNode.Mapping mapping;
        YamlNode requestNode;
        if (node instanceof YamlNode.Scalar) {
            mapping = new YamlNode.Mapping(node.line(), Map.of());
            requestNode = node;
        } else {
            mapping = fields.mapping(node, "step " + step.key() + " (a mapping, or 'METHOD /path')");
            fields.onlyKnown(mapping, STEP_FIELDS, "step " + step.key());
            if (!mapping.members().containsKey("request")) {
                throw fields.error(mapping.line(), "step " + step.key() + " needs 'request: METHOD /path'");
            }
            requestNode = mapping.members().get("request").value();
        }
        Route route = route(requestNode);
        Optional<BodyTemplate> body = member(mapping, "body").map(this::template);
        if (body.isEmpty() && TAKES_CREDENTIAL.contains(step) && !route.bodiless()) {
            body = Optional.of(new BodyTemplate(HttpChannel.JSON.getNodeFactory().stringNode("${credential}")));
        }
        Encoding encoding = member(mapping, "encoding")
                .map(n -> Encoding.valueOf(fields.choice(n, "encoding", List.of("json", "form", "none"))
                        .toUpperCase(Locale.ROOT)))
                .orElse(body.isPresent() ? Encoding.JSON : Encoding.NONE);
        int line = mapping.members().containsKey("encoding") ? mapping.members().get("encoding").line() : node.line();
        if (encoding != Encoding.NONE && route.bodiless()) {
            throw fields.error(line, route.method() + " sends no body: step " + step.key() + " cannot have one");
        }
        if (encoding != Encoding.NONE && body.isEmpty()) {
            throw fields.error(line, "step " + step.key() + " is encoded as " + encoding.name().toLowerCase(Locale.ROOT)
                    + " but has no body");
        }
        if (encoding == Encoding.FORM && !body.get().template().isObject()) {
            throw fields.error(mapping.members().get("body").line(), "a form body is a mapping of field names");
        }
        if (TAKES_CREDENTIAL.contains(step) && !(body.isPresent() && mentions(body.get(), "${credential")
                || route.path().contains("${credential"))) {
            throw fields.error(node.line(), "step " + step.key() + " must send the credential: name ${credential} in"
                    + " its body");
        }
        Reading reading = new Reading(
                member(mapping, "options").map(n -> path(n, "options")).orElse(JsonPath.ROOT),
                member(mapping, "success").map(this::success)
                        .orElse(OPTIONS.contains(step) ? Success.ANY_2XX : defaultSuccess),
                member(mapping, "reason").map(n -> path(n, "reason")).orElse(defaultReason),
                member(mapping, "ids").map(n -> path(n, "ids")).orElse(JsonPath.ROOT));
        return new StepSpec(step, route, encoding, body, reading);
    }

    private static boolean mentions(BodyTemplate body, String text) {
        return body.template().toString().contains(text);
    }

    private Route route(YamlNode node) {
        String text = fields.string(node, "a request (METHOD /path)");
        try {
            Route route = Route.parse(text);
            placeholders(route.path(), node.line());
            return route;
        } catch (IllegalArgumentException e) {
            throw fields.error(node.line(), e.getMessage());
        }
    }

    /** The body template as JSON, its placeholders checked where they are written. */
    private BodyTemplate template(YamlNode node) {
        check(node);
        return new BodyTemplate(YamlTreeReader.toJson(node));
    }

    private void check(YamlNode node) {
        if (node instanceof YamlNode.Scalar scalar && scalar.value().isString()) {
            placeholders(scalar.value().asString(), node.line());
        } else if (node instanceof YamlNode.Mapping mapping) {
            mapping.members().values().forEach(m -> check(m.value()));
        } else if (node instanceof YamlNode.Sequence sequence) {
            sequence.items().forEach(this::check);
        }
    }

    private void placeholders(String text, int line) {
        Placeholders.problem(text, stepKeys).ifPresent(problem -> {
            throw fields.error(line, problem);
        });
    }

    private Success success(YamlNode node) {
        YamlNode.Mapping mapping = fields.mapping(node, "success (status and match)");
        fields.onlyKnown(mapping, SUCCESS_FIELDS, "success");
        List<Integer> statuses = new ArrayList<>();
        if (mapping.members().containsKey("status")) {
            YamlNode status = mapping.members().get("status").value();
            List<YamlNode> items = status instanceof YamlNode.Sequence s ? s.items() : List.of(status);
            for (YamlNode item : items) {
                if (!(item instanceof YamlNode.Scalar s && s.value().isIntegralNumber()
                        && s.value().asInt() >= 100 && s.value().asInt() <= 599)) {
                    throw fields.error(item.line(), "a status is an HTTP status code (100-599), not "
                            + YamlFields.describe(item));
                }
                statuses.add(((YamlNode.Scalar) item).value().asInt());
            }
        }
        Map<JsonPath, JsonNode> match = new LinkedHashMap<>();
        if (mapping.members().containsKey("match")) {
            YamlNode.Mapping pairs = fields.mapping(mapping.members().get("match").value(),
                    "match (JSON pointer: value)");
            for (Map.Entry<String, YamlNode.Member> pair : pairs.members().entrySet()) {
                try {
                    match.put(JsonPath.parse(pair.getKey()), YamlTreeReader.toJson(pair.getValue().value()));
                } catch (IllegalArgumentException e) {
                    throw fields.error(pair.getValue().line(), e.getMessage());
                }
            }
        }
        Optional<Pattern> location = member(mapping, "location").map(this::pattern);
        return new Success(statuses, match, location);
    }

    private CsrfSpec csrf(YamlNode node) {
        YamlNode.Mapping mapping = fields.mapping(node, "csrf");
        fields.onlyKnown(mapping, CSRF_FIELDS, "csrf");
        Optional<String> cookie = member(mapping, "cookie").map(n -> fields.string(n, "cookie"));
        Optional<Route> page = member(mapping, "page").map(this::route);
        Optional<String> header = member(mapping, "header").map(n -> fields.string(n, "header"));
        Optional<Pattern> pattern = member(mapping, "pattern").map(this::tokenPattern);
        Optional<String> send = member(mapping, "sendHeader").map(n -> fields.string(n, "sendHeader"));
        if (cookie.isPresent() == page.isPresent()) {
            throw fields.error(mapping.line(), "csrf reads the token from a cookie ('cookie: NAME') or from a page's"
                    + " answer ('page: GET /path' with 'pattern' or 'header'), one of the two");
        }
        if (page.isPresent() && header.isPresent() == pattern.isPresent()) {
            throw fields.error(mapping.line(), "csrf with a page needs 'pattern' (a regular expression whose first "
                    + "group is the token) or 'header' (the answer's header holding it), one of the two");
        }
        CsrfSpec.Source source = cookie.isPresent() ? CsrfSpec.Source.COOKIE
                : header.isPresent() ? CsrfSpec.Source.HEADER : CsrfSpec.Source.PAGE;
        return new CsrfSpec(source, cookie.or(() -> header).orElse(""), page, pattern, send);
    }

    private Pattern pattern(YamlNode node) {
        return pattern(node, false);
    }

    private Pattern tokenPattern(YamlNode node) {
        return pattern(node, true);
    }

    private Pattern pattern(YamlNode node, boolean needsGroup) {
        String text = fields.string(node, "a pattern");
        try {
            Pattern pattern = Pattern.compile(text);
            if (needsGroup && pattern.matcher("").groupCount() < 1) {
                throw fields.error(node.line(), "the pattern needs a group around the token: '" + text + "'");
            }
            return pattern;
        } catch (PatternSyntaxException e) {
            throw fields.error(node.line(), "not a regular expression: " + e.getDescription());
        }
    }

    private JsonPath path(YamlNode node, String what) {
        try {
            return JsonPath.parse(fields.string(node, what + " (a JSON pointer)"));
        } catch (IllegalArgumentException e) {
            throw fields.error(node.line(), e.getMessage());
        }
    }

    private static Optional<YamlNode> member(YamlNode.Mapping mapping, String field) {
        return Optional.ofNullable(mapping.members().get(field)).map(YamlNode.Member::value);
    }
}
