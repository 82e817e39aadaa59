package dev.passkeyharness.authenticator.json;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** The one Jackson configuration of the project: duplicate members and trailing content are refused when reading. */
public final class StrictJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final ObjectReader TOLERANT = MAPPER.reader().without(StreamReadFeature.STRICT_DUPLICATE_DETECTION);

    private StrictJson() {
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** For files people read: indented output. */
    public static ObjectWriter prettyWriter() {
        return MAPPER.writerWithDefaultPrettyPrinter();
    }

    /**
     * The one variant, for JSON other software wrote whose content is judged, not its syntax (a target's answers,
     * recorded bodies, JMH's result files): a duplicate member is read as Jackson reads it by default, the last one
     * winning. Trailing content is still refused.
     */
    public static ObjectReader tolerantReader() {
        return TOLERANT;
    }
}
