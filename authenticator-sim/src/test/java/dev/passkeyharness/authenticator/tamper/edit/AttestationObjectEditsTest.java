package dev.passkeyharness.authenticator.tamper.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import co.nstant.in.cbor.model.DataItem;
import co.nstant.in.cbor.model.Map;
import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.tamper.edit.ResponseEdit.Op;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AttestationObjectEditsTest {

    private static final Bytes AUTH_DATA = Bytes.fromHex("0102030405");
    private static final Bytes SAMPLE = Bytes.of(Cbor.encode(Cbor.map()
            .put("fmt", Cbor.text("packed"))
            .put("attStmt", Cbor.map().put("alg", Cbor.integer(-7)).put("sig", Cbor.bytes(new byte[] {9, 9}))
                    .put("x5c", Cbor.array(List.of(Cbor.bytes(new byte[] {1}), Cbor.bytes(new byte[] {2})))).build())
            .put("authData", Cbor.bytes(AUTH_DATA.toByteArray()))
            .build()));

    @Test
    void removingAMemberLeavesTheOthersInTheirOrder() throws Exception {
        Map edited = edit(Op.REMOVE, "/fmt", null);
        assertEquals(List.of(Cbor.text("attStmt"), Cbor.text("authData")), List.copyOf(edited.getKeys()));
        assertEquals(original().get(Cbor.text("attStmt")), edited.get(Cbor.text("attStmt")));
        assertEquals(Cbor.bytes(AUTH_DATA.toByteArray()), edited.get(Cbor.text("authData")));
    }

    @Test
    void typeSwapsTextIntegerBytesMapAndArray() throws Exception {
        assertEquals(Cbor.integer(6), edit(Op.TYPE_SWAP, "/fmt", null).get(Cbor.text("fmt")));
        assertEquals(Cbor.text("-7"), statement(edit(Op.TYPE_SWAP, "/attStmt/alg", null)).get(Cbor.text("alg")));
        assertEquals(Cbor.text(java.util.Base64.getEncoder().encodeToString(AUTH_DATA.toByteArray())),
                edit(Op.TYPE_SWAP, "/authData", null).get(Cbor.text("authData")));
        DataItem swapped = edit(Op.TYPE_SWAP, "/attStmt", null).get(Cbor.text("attStmt"));
        assertEquals(co.nstant.in.cbor.model.Array.class, swapped.getClass());
        assertEquals(Map.class,
                statement(edit(Op.TYPE_SWAP, "/attStmt/x5c", null)).get(Cbor.text("x5c")).getClass());
    }

    @Test
    void setTakesJsonValuesAndByteStrings() throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        Map edited = edit(Op.SET, "/attStmt", json.readTree("{\"alg\":-7,\"sig\":{\"$bytes\":\"MEUCIQ\"}}"));
        assertEquals(Cbor.map().put("alg", Cbor.integer(-7)).put("sig", Cbor.bytes(Bytes.fromBase64Url("MEUCIQ").toByteArray()))
                .build(), edited.get(Cbor.text("attStmt")));
        assertEquals(Cbor.bytes(new byte[0]),
                edit(Op.SET, "/authData", json.readTree("{\"$bytes\":\"\"}")).get(Cbor.text("authData")));
        assertEquals(List.of(Cbor.text("fmt"), Cbor.text("attStmt"), Cbor.text("authData")),
                List.copyOf(edit(Op.SET, "/fmt", json.readTree("\"none\"")).getKeys()), "order kept");
    }

    @Test
    void arrayElementsAreReachedByIndex() throws Exception {
        DataItem x5c = statement(edit(Op.REMOVE, "/attStmt/x5c/1", null)).get(Cbor.text("x5c"));
        assertEquals(Cbor.array(List.of(Cbor.bytes(new byte[] {1}))), x5c);
    }

    @Test
    void aMissingTargetIsAnErrorInTheCheck() {
        assertThrows(IllegalArgumentException.class,
                () -> AttestationObjectEdits.apply(SAMPLE, Op.REMOVE, JsonPointer.compile("/attStmt/x5d"), null));
        assertThrows(IllegalArgumentException.class,
                () -> AttestationObjectEdits.apply(SAMPLE, Op.REMOVE, JsonPointer.compile("/attStmt/x5c/2"), null));
        assertThrows(IllegalArgumentException.class,
                () -> AttestationObjectEdits.apply(Bytes.fromHex("83010203"), Op.REMOVE, JsonPointer.compile("/fmt"), null));
    }

    private static Map edit(Op op, String pointer, JsonNode value) throws Exception {
        return (Map) Cbor.decode(AttestationObjectEdits.apply(SAMPLE, op, JsonPointer.compile(pointer), value)
                .toByteArray());
    }

    private static Map original() throws Exception {
        return (Map) Cbor.decode(SAMPLE.toByteArray());
    }

    private static Map statement(Map attestationObject) {
        return (Map) attestationObject.get(Cbor.text("attStmt"));
    }
}
