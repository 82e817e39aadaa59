package dev.passkeyharness.authenticator.tamper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TamperingsTest {

    static List<Tampering> catalogue() {
        return Tamperings.all();
    }

    @Test
    void catalogueHasAtLeast34UniquelyNamedEntries() {
        List<String> names = Tamperings.names();
        assertTrue(names.size() >= 34, "only " + names.size() + " tamperings");
        assertEquals(names.size(), new HashSet<>(names).size(), "duplicate names");
        assertEquals(names, Tamperings.all().stream().map(Tampering::name).toList());
    }

    @Test
    void everyStageHasTamperings() {
        for (TamperStage stage : TamperStage.values()) {
            assertTrue(Tamperings.all().stream().anyMatch(t -> t.stage() == stage), stage.name());
        }
    }

    @Test
    void unknownNamesAreNotFound() {
        assertTrue(Tamperings.byName("authData.flags.nonexistent").isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void entryIsWellFormedAndFoundByName(Tampering t) {
        assertTrue(t.name().startsWith(t.stage().prefix() + "."), t.name());
        assertTrue(t.name().matches("[a-zA-Z]+(\\.[a-zA-Z0-9-]+)+"), "dotted name: " + t.name());
        assertFalse(t.description().isBlank(), "description");
        assertFalse(t.specRef().isBlank(), "specRef");
        assertTrue(t.specRef().matches(".*(WebAuthn|CTAP|RFC).*"), "specRef names a spec: " + t.specRef());
        assertFalse(t.ceremonies().isEmpty(), "ceremonies");
        assertSame(t, Tamperings.byName(t.name()).orElseThrow());
    }
}
