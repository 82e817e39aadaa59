package dev.passkeyharness.conformance.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TargetUrlTest {

    @Test
    void endpointsGoUnderThePathPrefix() {
        assertEquals("http://host:8080/fido/attestation/options",
                TargetUrl.parse("http://host:8080/fido", null).resolve("/attestation/options").toString());
        assertEquals("https://host/fido/attestation/options",
                TargetUrl.parse("https://host/fido/", null).resolve("/attestation/options").toString());
        assertEquals("http://host/api/signup", TargetUrl.parse("http://host", null).resolve("/api/signup").toString());
    }

    @Test
    void theOriginIsTheUrlsUnlessGiven() {
        assertEquals("http://host:8080", TargetUrl.parse("http://host:8080/fido", null).origin());
        assertEquals("https://rp.example", TargetUrl.parse("http://10.0.0.1/", "https://rp.example").origin());
    }

    @Test
    void onlyHttpUrlsWithoutQueryOrFragment() {
        assertThrows(IllegalArgumentException.class, () -> TargetUrl.parse("ftp://host/", null));
        assertThrows(IllegalArgumentException.class, () -> TargetUrl.parse("http://host/?a=b", null));
        assertThrows(IllegalArgumentException.class, () -> TargetUrl.parse("not a url", null));
    }
}
