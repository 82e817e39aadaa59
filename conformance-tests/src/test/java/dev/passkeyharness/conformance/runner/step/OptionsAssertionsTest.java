package dev.passkeyharness.conformance.runner.step;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.passkeyharness.conformance.catalogue.OptionsAssertion;
import dev.passkeyharness.conformance.target.Answer;
import dev.passkeyharness.conformance.target.OptionsRequest;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class OptionsAssertionsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static OptionsProbe probe(String creation) {
        return probe(new Answer(200, JSON.readTree(creation), null), true);
    }

    private static OptionsProbe probe(Answer answer, boolean enveloped) {
        return new OptionsProbe(new OptionsRequest("a@example.com", "A", null, null, null), "localhost", () -> answer,
                () -> answer, () -> answer, enveloped, null, "cred");
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

    @Test
    void statusOkThroughTheConformanceApiReadsTheEnvelope() {
        OptionsProbe ok = probe("{\"status\":\"ok\",\"errorMessage\":\"\",\"challenge\":\"AAAA\"}");
        OptionsProbe failed = probe("{\"status\":\"failed\",\"errorMessage\":\"\",\"challenge\":\"AAAA\"}");
        OptionsProbe message = probe("{\"status\":\"ok\",\"errorMessage\":\"slow down\",\"challenge\":\"AAAA\"}");

        assertEquals(Optional.empty(), OptionsAssertions.evaluate(OptionsAssertion.STATUS_OK, ok));
        assertEquals(Optional.of("STATUS_OK: status is \"failed\", not \"ok\""),
                OptionsAssertions.evaluate(OptionsAssertion.STATUS_OK, failed));
        assertEquals(Optional.of("STATUS_OK: errorMessage is not empty: slow down"),
                OptionsAssertions.evaluate(OptionsAssertion.STATUS_OK, message));
        assertEquals(Optional.empty(), OptionsAssertions.reading(OptionsAssertion.STATUS_OK, ok));
    }

    @Test
    void statusOkWithoutAnEnvelopeHoldsA2xxJsonObjectAndSaysSo() {
        OptionsProbe bare = probe(new Answer(200, JSON.readTree("{\"challenge\":\"AAAA\"}"), null), false);
        OptionsProbe notJson = probe(new Answer(200, null, null), false);
        OptionsProbe refused = probe(new Answer(401, JSON.readTree("{\"errorMessage\":\"sign in first\"}"), null),
                false);

        assertEquals(Optional.empty(), OptionsAssertions.evaluate(OptionsAssertion.STATUS_OK, bare));
        assertEquals(Optional.of("STATUS_OK: got 200: (no JSON body), not a 2xx answer with a JSON object body"),
                OptionsAssertions.evaluate(OptionsAssertion.STATUS_OK, notJson));
        assertEquals(Optional.of("STATUS_OK: got 401: sign in first, not a 2xx answer with a JSON object body"),
                OptionsAssertions.evaluate(OptionsAssertion.STATUS_OK, refused));
        assertEquals(Optional.of("STATUS_OK read as a 2xx answer with a JSON object body: this API has no status "
                + "envelope"), OptionsAssertions.reading(OptionsAssertion.STATUS_OK, bare));
        assertEquals(Optional.empty(), OptionsAssertions.reading(OptionsAssertion.CHALLENGE_AT_LEAST_16_BYTES, bare));
    }
}
