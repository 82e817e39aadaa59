package dev.passkeyharness.authenticator.tamper.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.crypto.Sha256;
import dev.passkeyharness.authenticator.data.AttestedCredentialData;
import dev.passkeyharness.authenticator.data.AuthenticatorData;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.tamper.edit.EditPointer.AuthenticatorDataPart;
import dev.passkeyharness.authenticator.tamper.edit.EditPointer.Part;
import dev.passkeyharness.authenticator.tamper.edit.ResponseEdit.Op;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AuthenticatorDataEditsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int FLAGS = AuthenticatorData.UP | AuthenticatorData.AT;
    private static final AuthenticatorData SAMPLE = new AuthenticatorData(Sha256.of("example.com"), FLAGS, 3,
            new AttestedCredentialData(Bytes.of(new byte[16]), Bytes.fromHex("0102"),
                    Bytes.of(Cbor.encode(Cbor.map().put(3, Cbor.integer(-7)).build()))), null);

    @Test
    void settingExtensionsSetsEdAndRemovingClearsIt() {
        AuthenticatorData set = edit(Part.EXTENSIONS, Op.SET, JSON.readTree("{\"credProtect\":1}"));
        assertEquals(Bytes.of(Cbor.encode(Cbor.map().put("credProtect", Cbor.integer(1)).build())), set.extensions());
        assertEquals(FLAGS | AuthenticatorData.ED, set.flags());
        assertEquals(SAMPLE.attestedCredentialData(), set.attestedCredentialData());

        AuthenticatorData removed = AuthenticatorDataEdits.of(part(Part.EXTENSIONS),
                Op.REMOVE, null).apply(set);
        assertEquals(SAMPLE, removed);
    }

    @Test
    void typeSwapOfExtensionsKeepsEd() {
        AuthenticatorData withExtensions = SAMPLE.withFlags(FLAGS | AuthenticatorData.ED)
                .withExtensions(Bytes.of(Cbor.encode(Cbor.map().put("credProtect", Cbor.integer(1)).build())));
        AuthenticatorData swapped = AuthenticatorDataEdits.of(part(Part.EXTENSIONS),
                Op.TYPE_SWAP, null).apply(withExtensions);
        assertEquals(Bytes.fromHex("8101"), swapped.extensions());
        assertEquals(withExtensions.flags(), swapped.flags());
        assertThrows(IllegalArgumentException.class, () -> AuthenticatorDataEdits.of(part(Part.EXTENSIONS),
                Op.TYPE_SWAP, null).apply(SAMPLE));
    }

    @Test
    void trailingBytesLeaveTheFlagsAndTheParts() {
        AuthenticatorData edited = edit(Part.TRAILING_BYTES,
                Op.SET, JSON.readTree("{\"$bytes\":\"AAECAw\"}"));
        assertEquals(SAMPLE.withTrailingBytes(Bytes.fromHex("00010203")), edited);
        assertEquals(Bytes.concat(SAMPLE.encode().toByteArray(), Bytes.fromHex("00010203").toByteArray()), edited.encode());
        assertThrows(IllegalArgumentException.class, () -> AuthenticatorDataEdits.of(part(Part.TRAILING_BYTES),
                Op.SET, JSON.readTree("\"AAECAw\"")));
        assertThrows(IllegalArgumentException.class, () -> AuthenticatorDataEdits.of(part(Part.TRAILING_BYTES),
                Op.TYPE_SWAP, null));
    }

    @Test
    void attestedCredentialDataCanOnlyBeRemovedAndTheAtFlagStays() {
        AuthenticatorData removed = edit(Part.ATTESTED_CREDENTIAL_DATA, Op.REMOVE, null);
        assertNull(removed.attestedCredentialData());
        assertEquals(FLAGS, removed.flags());
        assertThrows(IllegalArgumentException.class, () -> AuthenticatorDataEdits.of(
                part(Part.ATTESTED_CREDENTIAL_DATA), Op.TYPE_SWAP, null));
    }

    @Test
    void anEditThatCannotApplyIsRefusedWhenItIsMade() {
        assertThrows(InvalidEditException.class,
                () -> new ResponseEdit(Op.TYPE_SWAP, "/response/authenticatorData/trailingBytes", null));
        assertThrows(InvalidEditException.class,
                () -> new ResponseEdit(Op.SET, "/response/attestationObject/authData/trailingBytes", JSON.readTree("1")));
        assertThrows(InvalidEditException.class, () -> new ResponseEdit(Op.SET,
                "/response/attestationObject/authData/attestedCredentialData", JSON.readTree("{}")));
    }

    private static AuthenticatorDataPart part(Part part) {
        return new AuthenticatorDataPart(part, false);
    }

    private static AuthenticatorData edit(Part part, Op op, JsonNode value) {
        return AuthenticatorDataEdits.of(part(part), op, value).apply(SAMPLE);
    }
}
