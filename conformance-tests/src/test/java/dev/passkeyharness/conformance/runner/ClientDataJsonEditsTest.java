package dev.passkeyharness.conformance.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.passkeyharness.conformance.catalogue.ResponseEdit;
import dev.passkeyharness.conformance.catalogue.ResponseEdit.Op;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ClientDataJsonEditsTest {

    private static final String CLIENT_DATA =
            "{\"type\":\"webauthn.get\",\"challenge\":\"AAEC\",\"origin\":\"https://example.com\",\"crossOrigin\":false}";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void removeKeepsTheOtherMembersInOrder() {
        assertEquals("{\"challenge\":\"AAEC\",\"origin\":\"https://example.com\",\"crossOrigin\":false}",
                ClientDataJsonEdits.apply(CLIENT_DATA, new ResponseEdit(Op.REMOVE, "/type", null)));
    }

    @Test
    void setReplacesInPlaceOrAppends() {
        assertEquals("{\"type\":\"payment.get\",\"challenge\":\"AAEC\",\"origin\":\"https://example.com\",\"crossOrigin\":false}",
                ClientDataJsonEdits.apply(CLIENT_DATA, new ResponseEdit(Op.SET, "/type", JSON.readTree("\"payment.get\""))));
        assertEquals(CLIENT_DATA.substring(0, CLIENT_DATA.length() - 1) + ",\"tokenBinding\":{\"status\":\"invented\"}}",
                ClientDataJsonEdits.apply(CLIENT_DATA,
                        new ResponseEdit(Op.SET, "/tokenBinding", JSON.readTree("{\"status\":\"invented\"}"))));
    }

    @Test
    void typeSwapMakesAStringANumber() {
        assertEquals("{\"type\":\"webauthn.get\",\"challenge\":4,\"origin\":\"https://example.com\",\"crossOrigin\":false}",
                ClientDataJsonEdits.apply(CLIENT_DATA, new ResponseEdit(Op.TYPE_SWAP, "/challenge", null)));
    }

    @Test
    void aMissingMemberIsAnErrorInTheCheck() {
        assertThrows(IllegalArgumentException.class,
                () -> ClientDataJsonEdits.apply(CLIENT_DATA, new ResponseEdit(Op.REMOVE, "/topOrigin", null)));
    }
}
