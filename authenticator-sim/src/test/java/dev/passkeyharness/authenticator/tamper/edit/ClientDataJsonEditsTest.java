package dev.passkeyharness.authenticator.tamper.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.passkeyharness.authenticator.tamper.edit.ResponseEdit.Op;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.json.JsonMapper;

class ClientDataJsonEditsTest {

    private static final String CLIENT_DATA =
            "{\"type\":\"webauthn.get\",\"challenge\":\"AAEC\",\"origin\":\"https://example.com\",\"crossOrigin\":false}";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void removeKeepsTheOtherMembersInOrder() {
        assertEquals("{\"challenge\":\"AAEC\",\"origin\":\"https://example.com\",\"crossOrigin\":false}",
                ClientDataJsonEdits.apply(CLIENT_DATA, Op.REMOVE, JsonPointer.compile("/type"), null));
    }

    @Test
    void setReplacesInPlaceOrAppends() {
        assertEquals("{\"type\":\"payment.get\",\"challenge\":\"AAEC\",\"origin\":\"https://example.com\",\"crossOrigin\":false}",
                ClientDataJsonEdits.apply(CLIENT_DATA, Op.SET, JsonPointer.compile("/type"), JSON.readTree("\"payment.get\"")));
        assertEquals(CLIENT_DATA.substring(0, CLIENT_DATA.length() - 1) + ",\"tokenBinding\":{\"status\":\"invented\"}}",
                ClientDataJsonEdits.apply(CLIENT_DATA,
                        Op.SET, JsonPointer.compile("/tokenBinding"), JSON.readTree("{\"status\":\"invented\"}")));
    }

    @Test
    void typeSwapMakesAStringANumber() {
        assertEquals("{\"type\":\"webauthn.get\",\"challenge\":4,\"origin\":\"https://example.com\",\"crossOrigin\":false}",
                ClientDataJsonEdits.apply(CLIENT_DATA, Op.TYPE_SWAP, JsonPointer.compile("/challenge"), null));
    }

    @Test
    void aMissingMemberIsAnErrorInTheCheck() {
        assertThrows(IllegalArgumentException.class,
                () -> ClientDataJsonEdits.apply(CLIENT_DATA, Op.REMOVE, JsonPointer.compile("/topOrigin"), null));
    }
}
