package dev.passkeyharness.authenticator.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RpIdValidatorTest {

    @Test
    void rpIdDefaultsToTheEffectiveDomain() throws Exception {
        assertEquals("login.example.com", RpIdValidator.validate("https://login.example.com", null));
        assertEquals("example.com", RpIdValidator.validate("https://example.com:8443", null));
    }

    @ParameterizedTest
    @CsvSource({
        "https://example.com, example.com",
        "https://login.example.com, example.com",
        "https://a.b.example.co.uk, example.co.uk",
        "https://EXAMPLE.com, example.com",
        "http://localhost:8080, localhost",
        "https://localhost, localhost",
        "http://app.localhost:3000, app.localhost",
    })
    void acceptsTheHostOrARegistrableSuffix(String origin, String rpId) throws Exception {
        assertEquals(rpId, RpIdValidator.validate(origin, rpId).toLowerCase(java.util.Locale.ROOT));
    }

    @ParameterizedTest
    @CsvSource({
        "https://example.com, other.com",             // unrelated domain
        "https://example.com, ample.com",             // suffix but not on a label boundary
        "https://example.com, login.example.com",     // more specific than the origin
        "https://example.com, com",                   // bare TLD
        "https://example.co.uk, co.uk",               // known multi-label public suffix
        "https://me.github.io, github.io",
        "https://127.0.0.1, 127.0.0.1",               // IP origin and RP ID
        "https://[::1], ::1",
        "http://example.com, example.com",            // http outside localhost
        "ftp://example.com, example.com",
        "https://example.com/, example.com",          // not a serialized origin
        "https://example.com, exa_mple.com",
        "https://example.com, example.com.",
        "https://example.com, ''",
    })
    void rejectsWithSecurityError(String origin, String rpId) {
        WebAuthnClientException e = assertThrows(WebAuthnClientException.class, () -> RpIdValidator.validate(origin, rpId));
        assertEquals(DomExceptionName.SecurityError, e.name());
    }

    @Test
    void ipOriginWithoutRpIdIsRejected() {
        WebAuthnClientException e = assertThrows(WebAuthnClientException.class,
                () -> RpIdValidator.validate("http://127.0.0.1:8080", null));
        assertEquals(DomExceptionName.SecurityError, e.name());
    }
}
