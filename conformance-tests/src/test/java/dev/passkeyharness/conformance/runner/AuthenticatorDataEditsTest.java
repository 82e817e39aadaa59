package dev.passkeyharness.conformance.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.crypto.Sha256;
import dev.passkeyharness.authenticator.data.AttestedCredentialData;
import dev.passkeyharness.authenticator.data.AuthenticatorData;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.conformance.catalogue.ResponseEdit;
import dev.passkeyharness.conformance.catalogue.ResponseEdit.Op;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class AuthenticatorDataEditsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int FLAGS = AuthenticatorData.UP | AuthenticatorData.AT;
    private static final AuthenticatorData SAMPLE = new AuthenticatorData(Sha256.of("example.com"), FLAGS, 3,
            new AttestedCredentialData(Bytes.of(new byte[16]), Bytes.fromHex("0102"),
                    Bytes.of(Cbor.encode(Cbor.map().put(3, Cbor.integer(-7)).build()))), null);

    @Test
    void settingExtensionsSetsEdAndRemovingClearsIt() {
        AuthenticatorData set = edit(EditTarget.Part.EXTENSIONS, new ResponseEdit(Op.SET, "/p", JSON.readTree("{\"credProtect\":1}")));
        assertEquals(Bytes.of(Cbor.encode(Cbor.map().put("credProtect", Cbor.integer(1)).build())), set.extensions());
        assertEquals(FLAGS | AuthenticatorData.ED, set.flags());
        assertEquals(SAMPLE.attestedCredentialData(), set.attestedCredentialData());

        AuthenticatorData removed = AuthenticatorDataEdits.of(EditTarget.Part.EXTENSIONS,
                new ResponseEdit(Op.REMOVE, "/p", null), "/p").apply(set);
        assertEquals(SAMPLE, removed);
    }

    @Test
    void typeSwapOfExtensionsKeepsEd() {
        AuthenticatorData withExtensions = SAMPLE.withFlags(FLAGS | AuthenticatorData.ED)
                .withExtensions(Bytes.of(Cbor.encode(Cbor.map().put("credProtect", Cbor.integer(1)).build())));
        AuthenticatorData swapped = AuthenticatorDataEdits.of(EditTarget.Part.EXTENSIONS,
                new ResponseEdit(Op.TYPE_SWAP, "/p", null), "/p").apply(withExtensions);
        assertEquals(Bytes.fromHex("8101"), swapped.extensions());
        assertEquals(withExtensions.flags(), swapped.flags());
        assertThrows(IllegalArgumentException.class, () -> AuthenticatorDataEdits.of(EditTarget.Part.EXTENSIONS,
                new ResponseEdit(Op.TYPE_SWAP, "/p", null), "/p").apply(SAMPLE));
    }

    @Test
    void trailingBytesLeaveTheFlagsAndTheParts() {
        AuthenticatorData edited = edit(EditTarget.Part.TRAILING_BYTES,
                new ResponseEdit(Op.SET, "/p", JSON.readTree("{\"$bytes\":\"AAECAw\"}")));
        assertEquals(SAMPLE.withTrailingBytes(Bytes.fromHex("00010203")), edited);
        assertEquals(Bytes.concat(SAMPLE.encode().toByteArray(), Bytes.fromHex("00010203").toByteArray()), edited.encode());
        assertThrows(IllegalArgumentException.class, () -> AuthenticatorDataEdits.of(EditTarget.Part.TRAILING_BYTES,
                new ResponseEdit(Op.SET, "/p", JSON.readTree("\"AAECAw\"")), "/p"));
        assertThrows(IllegalArgumentException.class, () -> AuthenticatorDataEdits.of(EditTarget.Part.TRAILING_BYTES,
                new ResponseEdit(Op.TYPE_SWAP, "/p", null), "/p"));
    }

    @Test
    void attestedCredentialDataCanOnlyBeRemovedAndTheAtFlagStays() {
        AuthenticatorData removed = edit(EditTarget.Part.ATTESTED_CREDENTIAL_DATA, new ResponseEdit(Op.REMOVE, "/p", null));
        assertNull(removed.attestedCredentialData());
        assertEquals(FLAGS, removed.flags());
        assertThrows(IllegalArgumentException.class, () -> AuthenticatorDataEdits.of(
                EditTarget.Part.ATTESTED_CREDENTIAL_DATA, new ResponseEdit(Op.TYPE_SWAP, "/p", null), "/p"));
    }

    private static AuthenticatorData edit(EditTarget.Part part, ResponseEdit edit) {
        return AuthenticatorDataEdits.of(part, edit, "/p").apply(SAMPLE);
    }
}
