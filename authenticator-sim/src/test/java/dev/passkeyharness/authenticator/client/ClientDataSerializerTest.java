package dev.passkeyharness.authenticator.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.passkeyharness.authenticator.data.CollectedClientData;
import org.junit.jupiter.api.Test;

class ClientDataSerializerTest {

    @Test
    void membersInSpecOrder() {
        var data = new CollectedClientData("webauthn.create", "AAEC", "https://example.com", false, null, null);
        assertEquals("{\"type\":\"webauthn.create\",\"challenge\":\"AAEC\",\"origin\":\"https://example.com\","
                + "\"crossOrigin\":false}", ClientDataSerializer.toJson(data));
    }

    @Test
    void topOriginFollowsCrossOrigin() {
        var data = new CollectedClientData("webauthn.get", "AAEC", "https://rp.example", true, "https://top.example", null);
        assertEquals("{\"type\":\"webauthn.get\",\"challenge\":\"AAEC\",\"origin\":\"https://rp.example\","
                + "\"crossOrigin\":true,\"topOrigin\":\"https://top.example\"}", ClientDataSerializer.toJson(data));
    }

    @Test
    void extraJsonIsAppendedLast() {
        var data = new CollectedClientData("webauthn.get", "c", "https://a.example", false, null,
                "\"other_keys_can_be_added_here\":\"x\"");
        assertEquals("{\"type\":\"webauthn.get\",\"challenge\":\"c\",\"origin\":\"https://a.example\","
                + "\"crossOrigin\":false,\"other_keys_can_be_added_here\":\"x\"}", ClientDataSerializer.toJson(data));
        assertEquals(ClientDataSerializer.toJson(data), ClientDataSerializer.toJson(data.withExtraJson(
                ",\"other_keys_can_be_added_here\":\"x\"")));
    }

    @Test
    void absentCrossOriginIsLeftOut() {
        var data = new CollectedClientData("webauthn.get", "c", "https://a.example", null, null, null);
        assertEquals("{\"type\":\"webauthn.get\",\"challenge\":\"c\",\"origin\":\"https://a.example\"}",
                ClientDataSerializer.toJson(data));
    }

    @Test
    void escapesQuotesBackslashesAndControlsOnly() {
        // WebAuthn L3 §5.8.1.2 CCDToString: control characters as lower-case hex escapes, '/' and non-ASCII as they are
        var data = new CollectedClientData("a\"b\\c", "d\ne\u0001", "https://é.example/", false, null, null);
        assertEquals("{\"type\":\"a\\\"b\\\\c\",\"challenge\":\"d\\u000ae\\u0001\",\"origin\":\"https://é.example/\","
                + "\"crossOrigin\":false}", ClientDataSerializer.toJson(data));
    }
}
