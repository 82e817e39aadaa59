package dev.passkeyharness.conformance.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads one YAML document into {@link YamlNode}s, keeping each node's line; refuses duplicate keys. */
public final class YamlTreeReader {

    private static final YAMLMapper MAPPER = YAMLMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String file;

    private YamlTreeReader(String file) {
        this.file = file;
    }

    /** The document in {@code text}; {@code file} names it in errors. */
    public static YamlNode read(String file, String text) {
        YamlTreeReader reader = new YamlTreeReader(file);
        try (JsonParser parser = MAPPER.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new CatalogueException(file, 1, "the file is empty");
            }
            return reader.node(parser);
        } catch (JacksonException e) {
            throw new CatalogueException(file, line(e.getLocation()), "not valid YAML: " + firstLine(e.getOriginalMessage()));
        }
    }

    private YamlNode node(JsonParser parser) {
        int line = line(parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT:
                return mapping(parser, line);
            case START_ARRAY:
                return sequence(parser, line);
            case VALUE_STRING:
                return new YamlNode.Scalar(line, NODES.stringNode(parser.getString()));
            case VALUE_NUMBER_INT:
                return new YamlNode.Scalar(line, NODES.numberNode(parser.getBigIntegerValue()));
            case VALUE_NUMBER_FLOAT:
                return new YamlNode.Scalar(line, NODES.numberNode(parser.getDecimalValue()));
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new YamlNode.Scalar(line, NODES.booleanNode(token == JsonToken.VALUE_TRUE));
            case VALUE_NULL:
                return new YamlNode.Scalar(line, NODES.nullNode());
            default:
                throw new CatalogueException(file, line, "unsupported YAML content " + token);
        }
    }

    private YamlNode mapping(JsonParser parser, int line) {
        Map<String, YamlNode.Member> members = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String key = parser.currentName();
            int keyLine = line(parser.currentTokenLocation());
            parser.nextToken();
            YamlNode value = node(parser);
            if (members.putIfAbsent(key, new YamlNode.Member(keyLine, value)) != null) {
                throw new CatalogueException(file, keyLine, "duplicate key '" + key + "'");
            }
        }
        return new YamlNode.Mapping(line, members);
    }

    private YamlNode sequence(JsonParser parser, int line) {
        List<YamlNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(node(parser));
        }
        return new YamlNode.Sequence(line, items);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").strip();
    }

    private static int line(TokenStreamLocation location) {
        return location == null || location.getLineNr() < 1 ? 1 : location.getLineNr();
    }

    /** Converts a scalar or a whole subtree to plain JSON, for edit values. */
    public static JsonNode toJson(YamlNode node) {
        if (node instanceof YamlNode.Scalar scalar) {
            return scalar.value();
        }
        if (node instanceof YamlNode.Sequence sequence) {
            var array = NODES.arrayNode();
            sequence.items().forEach(item -> array.add(toJson(item)));
            return array;
        }
        var object = NODES.objectNode();
        ((YamlNode.Mapping) node).members().forEach((key, member) -> object.set(key, toJson(member.value())));
        return object;
    }
}
