package dev.passkeyharness.conformance.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.conformance.catalogue.CatalogueException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiDescriptionsTest {

    private static final String FOUR = """
            endpoints:
              registrationOptions: POST /reg/begin
              registrationResult: POST /reg/finish
              authenticationOptions: GET /auth/begin
              authenticationResult: PUT /auth/finish
            """;

    @Test
    void theBuiltInConformanceApiIsTheTransportBindingProfilesFourPaths() {
        ApiDescription api = ApiDescriptions.builtIn(Api.CONFORMANCE);

        assertEquals(Map.of(
                Endpoint.REGISTRATION_OPTIONS, new Route("POST", "/attestation/options"),
                Endpoint.REGISTRATION_RESULT, new Route("POST", "/attestation/result"),
                Endpoint.AUTHENTICATION_OPTIONS, new Route("POST", "/assertion/options"),
                Endpoint.AUTHENTICATION_RESULT, new Route("POST", "/assertion/result")), api.endpoints());
        assertEquals(Set.of(RpTarget.Capability.CONFORMANCE_API), api.capabilities());
    }

    @Test
    void theBuiltInOnboardingApiDescribesEveryAccountStep() {
        ApiDescription api = ApiDescriptions.builtIn(Api.ONBOARDING);

        assertEquals(Set.of(Endpoint.values()), api.endpoints().keySet());
        assertEquals("/api/passkeys/abc-_1", api.required(Endpoint.DELETE_CREDENTIAL).pathFor("abc-_1"));
        assertEquals(new Route("GET", "/api/me"), api.required(Endpoint.ME));
    }

    @Test
    void aDescriptionFromTextKeepsItsMethodsAndPaths() {
        ApiDescription api = ApiDescriptions.parse("mine.yaml", "speaks: conformance\n" + FOUR);

        assertEquals(new Route("GET", "/auth/begin"), api.required(Endpoint.AUTHENTICATION_OPTIONS));
        assertEquals(new Route("PUT", "/auth/finish"), api.required(Endpoint.AUTHENTICATION_RESULT));
        assertEquals(Set.of(), api.capabilities());
        UnsupportedOperationException missing = assertThrows(UnsupportedOperationException.class,
                () -> api.required(Endpoint.LOG_IN));
        assertEquals("mine.yaml describes no logIn endpoint", missing.getMessage());
    }

    @Test
    void aCredentialIdIsPercentEncodedIntoItsPath() {
        assertEquals("/c/a%2F..%2Fb%3F", new Route("DELETE", "/c/{credentialId}").pathFor("a/../b?"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "speaks: soap|1|unknown speaks 'soap'; expected one of conformance, onboarding",
        "speaks: conformance\\ncolour: red|2|unknown field 'colour'",
        "speaks: conformance\\ncapabilities: [time-travel]|2|unknown capability 'time-travel'",
        "speaks: conformance\\nendpoints:\\n  registrationOptions: FETCH /x|3|method must be one of",
        "speaks: conformance\\nendpoints:\\n  registrationOptions: POST x|3|path must start with '/'",
        "speaks: conformance\\nendpoints:\\n  registrationOptions: POST /a b|3|expected 'METHOD /path'",
        "speaks: conformance\\nendpoints:\\n  signIn: POST /x|3|unknown endpoint 'signIn'",
        "speaks: conformance\\nendpoints:\\n  registrationOptions: POST /x|1|endpoints must include registrationResult",
        "endpoints: {}|1|missing required field 'speaks'",
    })
    void aWrongDescriptionIsAFileLineError(String yaml, int line, String message) {
        CatalogueException error = assertThrows(CatalogueException.class,
                () -> ApiDescriptions.parse("bad.yaml", yaml.replace("\\n", "\n")));

        assertTrue(error.getMessage().startsWith("bad.yaml:" + line + ": "), error.getMessage());
        assertTrue(error.getMessage().contains(message), error.getMessage());
    }
}
