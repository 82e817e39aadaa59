package dev.passkeyharness.rp.webauthn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConformanceRequestsTest {

    @Test
    void readsTheToolsCreationRequest() throws Exception {
        CreationRequest r = ConformanceRequests.creation("{\"username\":\"johndoe@example.com\",\"displayName\":\"John Doe\","
                + "\"authenticatorSelection\":{\"requireResidentKey\":false,\"authenticatorAttachment\":\"cross-platform\","
                + "\"userVerification\":\"preferred\"},\"attestation\":\"direct\",\"extensions\":{\"example.extension\":true}}");
        assertEquals("discouraged", r.residentKey());
        assertEquals("cross-platform", r.authenticatorAttachment());
        assertEquals(UserVerification.PREFERRED, r.userVerification());
        assertEquals("direct", r.attestation());
        assertTrue(r.extensions().get("example.extension").asBoolean());
    }

    @Test
    void wrongTypesAreRefusedNamingTheMember() {
        assertEquals("username", assertThrows(ConformanceRequestException.class,
                () -> ConformanceRequests.creation("{\"username\":1,\"displayName\":\"x\"}")).member());
        assertEquals("requireResidentKey", assertThrows(ConformanceRequestException.class,
                () -> ConformanceRequests.creation("{\"username\":\"a\",\"displayName\":\"x\","
                        + "\"authenticatorSelection\":{\"requireResidentKey\":\"yes\"}}")).member());
        assertEquals("attestation", assertThrows(ConformanceRequestException.class,
                () -> ConformanceRequests.creation("{\"username\":\"a\",\"displayName\":\"x\",\"attestation\":\"all\"}")).member());
        assertEquals("", assertThrows(ConformanceRequestException.class, () -> ConformanceRequests.assertion("[]")).member());
        assertEquals("", assertThrows(ConformanceRequestException.class,
                () -> ConformanceRequests.assertion("{\"username\":\"a\",\"username\":\"b\"}")).member());
    }

    @Test
    void readsTheAssertionRequest() throws Exception {
        AssertionRequest r = ConformanceRequests.assertion("{\"username\":\"a\",\"userVerification\":\"required\"}");
        assertEquals(UserVerification.REQUIRED, r.userVerification());
        assertTrue(ConformanceRequests.assertion("{\"username\":\"\"}").discoverable());
    }
}
