package dev.passkeyharness.authenticator.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.data.Bytes;
import org.junit.jupiter.api.Test;

class RequestOptionsTest {

    @Test
    void parsesTheW3cForm() throws Exception {
        RequestOptions o = RequestOptions.fromJson(OptionsFixtures.request(OptionsFixtures.descriptor("AQID"), "required"));
        assertEquals(OptionsFixtures.CHALLENGE, o.challenge());
        assertEquals("example.com", o.rpId());
        assertEquals(Bytes.fromHex("010203"), o.allowCredentials().get(0).id());
        assertEquals(java.util.List.of("usb"), o.allowCredentials().get(0).transports());
        assertEquals(UserVerificationRequirement.REQUIRED, o.userVerification());
    }

    @Test
    void parsesTheWrapperAndDefaults() throws Exception {
        RequestOptions o = RequestOptions.fromJson("{\"publicKey\":{\"challenge\":\"AAEC\"}}");
        assertNull(o.rpId());
        assertTrue(o.allowCredentials().isEmpty());
        assertEquals(UserVerificationRequirement.PREFERRED, o.userVerification());
    }

    @Test
    void parsesTheFidoConformanceResponse() throws Exception {
        RequestOptions o = RequestOptions.fromJson("""
                {"status":"ok","errorMessage":"","challenge":"6283u0svT-YIF3pSolzkQHStwkJCaLKx","timeout":20000,
                 "rpId":"example.com","allowCredentials":[{"id":"m7xl_TkTcCe0WcXI2M-4ro9vJAuwcj4m","type":"public-key"}],
                 "userVerification":"required"}
                """);
        assertEquals("6283u0svT-YIF3pSolzkQHStwkJCaLKx", o.challenge());
        assertEquals(1, o.allowCredentials().size());
    }

    @Test
    void malformedInputsAreTypeErrors() {
        assertTypeError("{\"rpId\":\"example.com\"}");
        assertTypeError("{\"challenge\":\"AA==A\"}");
        assertTypeError("{\"challenge\":\"AAEC\",\"allowCredentials\":[{\"type\":\"public-key\"}]}");
        assertTypeError("{\"challenge\":\"AAEC\",\"allowCredentials\":[{\"type\":\"public-key\",\"id\":\"*\"}]}");
        assertTypeError("{\"challenge\":\"AAEC\",\"allowCredentials\":{}}");
        assertTypeError("{\"publicKey\":\"AAEC\"}");
        assertTypeError("{\"challenge\":\"AAEC\"");
    }

    private static void assertTypeError(String json) {
        WebAuthnClientException e = assertThrows(WebAuthnClientException.class, () -> RequestOptions.fromJson(json));
        assertEquals(DomExceptionName.TypeError, e.name(), e.getMessage());
    }
}
