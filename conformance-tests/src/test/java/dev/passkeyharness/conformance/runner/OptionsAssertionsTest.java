package dev.passkeyharness.conformance.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.passkeyharness.conformance.catalogue.OptionsAssertion;
import dev.passkeyharness.conformance.target.OptionsRequest;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OptionsAssertionsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static OptionsProbe probe(String creation) {
        JsonNode node = JSON.readTree(creation);
        return new OptionsProbe(new OptionsRequest("a@example.com", "A", null, null, null), "localhost", () -> node, () -> node,
                () -> node, null, "cred");
    }

    @Test
    void aBrokenAssertionSaysWhatItSaw() {
        OptionsProbe p = probe("{\"challenge\":\"AAAA\",\"pubKeyCredParams\":[{\"type\":\"public-key\",\"alg\":-257}],"
                + "\"rp\":{\"id\":\"example.com\",\"name\":\"x\"},\"user\":{\"id\":\"YUBleGFtcGxlLmNvbQ\",\"name\":\"a\","
                + "\"displayName\":\"A\"},\"excludeCredentials\":[]}");

        assertEquals(Optional.of("CHALLENGE_AT_LEAST_16_BYTES: challenge has 3 bytes"),
                OptionsAssertions.evaluate(OptionsAssertion.CHALLENGE_AT_LEAST_16_BYTES, p));
        assertEquals(Optional.of("CHALLENGE_FRESH: two requests got the same challenge \"AAAA\""),
                OptionsAssertions.evaluate(OptionsAssertion.CHALLENGE_FRESH, p));
        assertEquals(Optional.of("PUB_KEY_CRED_PARAMS_HAS_ES256: ES256 (-7) is not offered in "
                + "[{\"type\":\"public-key\",\"alg\":-257}]"),
                OptionsAssertions.evaluate(OptionsAssertion.PUB_KEY_CRED_PARAMS_HAS_ES256, p));
        assertEquals(Optional.of("RP_ID_MATCHES_ORIGIN: rp.id 'example.com' is neither the origin's host 'localhost' "
                + "nor a suffix of it"), OptionsAssertions.evaluate(OptionsAssertion.RP_ID_MATCHES_ORIGIN, p));
        assertEquals(Optional.of("USER_ID_NOT_USERNAME: user.id contains the username"),
                OptionsAssertions.evaluate(OptionsAssertion.USER_ID_NOT_USERNAME, p));
        assertEquals(Optional.of("EXCLUDE_CREDENTIALS_LISTS_REGISTERED: excludeCredentials [] does not list cred"),
                OptionsAssertions.evaluate(OptionsAssertion.EXCLUDE_CREDENTIALS_LISTS_REGISTERED, p));
        assertEquals(Optional.of("STATUS_OK: status is missing, not \"ok\""),
                OptionsAssertions.evaluate(OptionsAssertion.STATUS_OK, p));
    }
}
