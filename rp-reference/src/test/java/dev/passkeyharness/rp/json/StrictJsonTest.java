package dev.passkeyharness.rp.json;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

class StrictJsonTest {

    @Test
    void aDuplicateMemberIsRefused() {
        assertThrows(JacksonException.class, () -> StrictJson.mapper().readTree("{\"a\":1,\"a\":2}"));
    }

    @Test
    void trailingContentIsRefused() {
        assertThrows(JacksonException.class, () -> StrictJson.mapper().readTree("{\"a\":1} x"));
    }

    @Test
    void objectIsAnEmptyObjectNode() {
        assertTrue(StrictJson.object().isEmpty());
    }
}
