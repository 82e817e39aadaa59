package dev.passkeyharness.authenticator.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

class StrictJsonTest {

    @Test
    void aDuplicateMemberIsRefused() {
        assertThrows(JacksonException.class, () -> StrictJson.mapper().readTree("{\"a\":1,\"a\":2}"));
    }

    @Test
    void trailingContentIsRefused() {
        assertThrows(JacksonException.class, () -> StrictJson.mapper().readTree("{\"a\":1} {\"b\":2}"));
    }

    @Test
    void theTolerantReaderTakesTheLastDuplicateButStillRefusesTrailingContent() {
        assertEquals(2, StrictJson.tolerantReader().readTree("{\"a\":1,\"a\":2}").path("a").asInt());
        assertThrows(JacksonException.class, () -> StrictJson.tolerantReader().readTree("{\"a\":1} {\"b\":2}"));
    }
}
