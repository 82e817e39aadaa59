package dev.passkeyharness.conformance.target;

import dev.passkeyharness.conformance.catalogue.CatalogueException;
import dev.passkeyharness.conformance.catalogue.YamlFields;
import dev.passkeyharness.conformance.catalogue.YamlNode;
import dev.passkeyharness.conformance.catalogue.YamlTreeReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads API descriptions (YAML: speaks, capabilities, endpoints); the built-in ones describe the two known APIs. */
public final class ApiDescriptions {

    private static final Set<String> FIELDS = Set.of("speaks", "capabilities", "endpoints");
    private static final Map<Api, ApiDescription> BUILT_IN = new EnumMap<>(Api.class);

    static {
        for (Api api : Api.values()) {
            BUILT_IN.put(api, builtInResource(api));
        }
    }

    private ApiDescriptions() {
    }

    /** The description of {@code api} as the reference RP serves it (resource apis/NAME.yaml). */
    public static ApiDescription builtIn(Api api) {
        return BUILT_IN.get(api);
    }

    /** Parses one description; a wrong or unknown member is a {@code file:line} error. */
    public static ApiDescription parse(String file, String text) {
        YamlFields fields = new YamlFields(file);
        YamlNode.Mapping top = fields.mapping(YamlTreeReader.read(file, text), "an API description");
        fields.onlyKnown(top, FIELDS, "API description");
        if (!top.members().containsKey("speaks")) {
            throw fields.error(top.line(), "missing required field 'speaks'");
        }
        Api speaks = Api.valueOf(fields.optionalChoice(top, "speaks", names(Api.values())).toUpperCase(Locale.ROOT));
        Set<RpTarget.Capability> capabilities = EnumSet.noneOf(RpTarget.Capability.class);
        for (YamlNode item : fields.list(top, "capabilities")) {
            String name = fields.choice(item, "capability", names(RpTarget.Capability.values()));
            capabilities.add(RpTarget.Capability.valueOf(name.replace('-', '_').toUpperCase(Locale.ROOT)));
        }
        Map<Endpoint, Route> endpoints = new EnumMap<>(Endpoint.class);
        if (top.members().containsKey("endpoints")) {
            YamlNode.Mapping mapping = fields.mapping(top.members().get("endpoints").value(), "endpoints");
            for (Map.Entry<String, YamlNode.Member> entry : mapping.members().entrySet()) {
                Endpoint endpoint = Endpoint.byKey(entry.getKey()).orElseThrow(() -> fields.error(entry.getValue().line(),
                        "unknown endpoint '" + entry.getKey() + "'; expected one of "
                                + Arrays.stream(Endpoint.values()).map(Endpoint::key).toList()));
                endpoints.put(endpoint, route(fields, entry.getValue().value()));
            }
        }
        for (Endpoint needed : List.of(Endpoint.REGISTRATION_OPTIONS, Endpoint.REGISTRATION_RESULT,
                Endpoint.AUTHENTICATION_OPTIONS, Endpoint.AUTHENTICATION_RESULT)) {
            if (!endpoints.containsKey(needed)) {
                throw fields.error(top.line(), "endpoints must include " + needed.key());
            }
        }
        return new ApiDescription(speaks, capabilities, endpoints, file);
    }

    /** "METHOD /path". */
    private static Route route(YamlFields fields, YamlNode node) {
        String text = fields.string(node, "an endpoint (METHOD /path)");
        String[] parts = text.trim().split(" +");
        try {
            if (parts.length != 2) {
                throw new IllegalArgumentException("expected 'METHOD /path', not '" + text + "'");
            }
            return new Route(parts[0], parts[1]);
        } catch (IllegalArgumentException e) {
            throw fields.error(node.line(), e.getMessage());
        }
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
    }

    private static ApiDescription builtInResource(Api api) {
        String file = "apis/" + api.name().toLowerCase(Locale.ROOT) + ".yaml";
        try (InputStream in = ApiDescriptions.class.getResourceAsStream("/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + file);
            }
            return parse(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CatalogueException e) {
            throw new IllegalStateException("built-in API description is wrong: " + e.getMessage(), e);
        }
    }
}
