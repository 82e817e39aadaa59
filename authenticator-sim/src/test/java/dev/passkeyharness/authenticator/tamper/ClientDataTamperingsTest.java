package dev.passkeyharness.authenticator.tamper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.crypto.Sha256;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.data.Ceremony;
import dev.passkeyharness.authenticator.data.CollectedClientData;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each client data tampering changes exactly the member it names, in both ceremonies. */
class ClientDataTamperingsTest {

    private static final String CHALLENGE = Sha256.of("challenge").base64Url();
    private static final String ORIGIN = "https://example.com";

    private static final Map<String, BiConsumer<CollectedClientData, CollectedClientData>> EXPECTED = Map.of(
            "clientData.type.swapped", (b, a) -> {
                assertEquals(b.type().equals(CollectedClientData.TYPE_CREATE)
                        ? CollectedClientData.TYPE_GET : CollectedClientData.TYPE_CREATE, a.type());
                assertEquals(b.withType(a.type()), a);
            },
            "clientData.challenge.wrong", (b, a) -> {
                assertNotEquals(b.challenge(), a.challenge());
                assertEquals(b.challenge().length(), a.challenge().length());
                Bytes.fromBase64Url(a.challenge());
                assertEquals(b.withChallenge(a.challenge()), a);
            },
            "clientData.challenge.truncated", (b, a) -> {
                assertEquals(b.challenge().substring(0, b.challenge().length() - 4), a.challenge());
                assertEquals(b.withChallenge(a.challenge()), a);
            },
            "clientData.origin.wrong", (b, a) -> assertEquals(b.withOrigin("https://evil.example"), a),
            "clientData.origin.http", (b, a) -> assertEquals(b.withOrigin("http://example.com"), a),
            "clientData.crossOrigin.true", (b, a) -> assertEquals(b.withCrossOrigin(true), a),
            "clientData.topOrigin.foreign",
            (b, a) -> assertEquals(b.withCrossOrigin(true).withTopOrigin("https://evil.example"), a),
            "clientData.tokenBinding.present", (b, a) -> {
                assertEquals(b.withExtraJson(a.extraJson()), a);
                JsonNode json = JsonMapper.shared().readTree("{\"type\":\"" + a.type() + "\"" + a.extraJson() + "}");
                assertEquals("present", json.get("tokenBinding").get("status").asString());
                Bytes.fromBase64Url(json.get("tokenBinding").get("id").asString());
            });

    static Stream<Arguments> cases() {
        return Tamperings.all().stream()
                .filter(t -> t.stage() == TamperStage.CLIENT_DATA)
                .flatMap(t -> t.ceremonies().stream().map(c -> Arguments.of(t.name(), c)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("cases")
    void changesExactlyTheNamedMember(String name, Ceremony ceremony) {
        Tampering tampering = Tamperings.byName(name).orElseThrow();
        assertTrue(tampering.action() instanceof TamperAction.EditClientData);
        CollectedClientData before = sample(ceremony);
        CollectedClientData after = TamperSet.of(tampering).clientData(ceremony, before);
        assertNotEquals(before, after);
        assertNotNull(EXPECTED.get(name), "no expectation for " + name);
        EXPECTED.get(name).accept(before, after);
        assertEquals(after, TamperSet.of(tampering).clientData(ceremony, before), "deterministic");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void leavesOtherStagesAlone(String name, Ceremony ceremony) {
        TamperSet set = TamperSet.of(Tamperings.byName(name).orElseThrow());
        Bytes bytes = Bytes.fromHex("00112233");
        assertEquals(bytes, set.signature(ceremony, bytes));
        assertEquals(bytes, set.encoding(ceremony, TamperAction.EncodedPart.CLIENT_DATA_JSON, bytes));
        assertEquals(List.of(), set.tamperings().stream().filter(t -> t.stage() != TamperStage.CLIENT_DATA).toList());
    }

    private static CollectedClientData sample(Ceremony ceremony) {
        String type = ceremony == Ceremony.REGISTRATION ? CollectedClientData.TYPE_CREATE : CollectedClientData.TYPE_GET;
        return new CollectedClientData(type, CHALLENGE, ORIGIN, false, null, "");
    }
}
