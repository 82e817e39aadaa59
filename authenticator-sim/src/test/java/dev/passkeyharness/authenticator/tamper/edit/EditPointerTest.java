package dev.passkeyharness.authenticator.tamper.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.tamper.edit.EditPointer.Part;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonPointer;

class EditPointerTest {

    @Test
    void membersOfTheJsonItselfAreEditedAfterSigning() {
        for (String pointer : new String[] {"/id", "/type", "/response", "/response/clientDataJSON",
                "/response/attestationObject", "/response/authenticatorData", "/response/signature"}) {
            assertEquals(new EditPointer.ResponseJson(JsonPointer.compile(pointer)), EditPointer.parse(pointer));
            assertFalse(EditPointer.parse(pointer).beforeSigning());
        }
    }

    @Test
    void clientDataMembersAreEditedBeforeHashing() {
        EditPointer target = EditPointer.parse("/response/clientDataJSON/tokenBinding/status");
        assertEquals(new EditPointer.ClientDataMember(JsonPointer.compile("/tokenBinding/status")), target);
        assertTrue(target.beforeSigning());
    }

    @Test
    void attestationObjectMembersAreEditedInTheDecodedCbor() {
        assertEquals(new EditPointer.AttestationObjectMember(JsonPointer.compile("/fmt")),
                EditPointer.parse("/response/attestationObject/fmt"));
        assertEquals(new EditPointer.AttestationObjectMember(JsonPointer.compile("/attStmt/x5c/1")),
                EditPointer.parse("/response/attestationObject/attStmt/x5c/1"));
        assertEquals(new EditPointer.AttestationObjectMember(JsonPointer.compile("/authData")),
                EditPointer.parse("/response/attestationObject/authData"));
        assertFalse(EditPointer.parse("/response/attestationObject/authData").beforeSigning());
    }

    @Test
    void authenticatorDataPartsAreEditedBeforeSigning() {
        assertEquals(new EditPointer.AuthenticatorDataPart(Part.EXTENSIONS, true),
                EditPointer.parse("/response/attestationObject/authData/extensions"));
        assertEquals(new EditPointer.AuthenticatorDataPart(Part.TRAILING_BYTES, false),
                EditPointer.parse("/response/authenticatorData/trailingBytes"));
        assertEquals(new EditPointer.AuthenticatorDataPart(Part.ATTESTED_CREDENTIAL_DATA, true),
                EditPointer.parse("/response/attestationObject/authData/attestedCredentialData"));
        assertTrue(EditPointer.parse("/response/authenticatorData/extensions").beforeSigning());
    }

    @Test
    void unknownOrTooDeepAuthenticatorDataPartsAreRefused() {
        assertThrows(InvalidEditException.class, () -> EditPointer.parse("/response/authenticatorData/flags"));
        assertThrows(InvalidEditException.class,
                () -> EditPointer.parse("/response/attestationObject/authData/extensions/credProtect"));
    }

    @Test
    void aPointerThatIsNotRfc6901IsRefused() {
        assertThrows(InvalidEditException.class, () -> EditPointer.parse("response/id"));
        assertThrows(InvalidEditException.class, () -> EditPointer.parse(""));
    }

    @Test
    void onlyTheAttestationObjectsPartsNeedARegistration() {
        assertTrue(EditPointer.parse("/response/attestationObject/attStmt/sig").inAttestationObject());
        assertTrue(EditPointer.parse("/response/attestationObject/authData/extensions").inAttestationObject());
        assertFalse(EditPointer.parse("/response/authenticatorData/extensions").inAttestationObject());
        assertFalse(EditPointer.parse("/response/attestationObject").inAttestationObject());
        assertFalse(EditPointer.parse("/response/clientDataJSON/type").inAttestationObject());
    }

    @Test
    void theTextIsThePointerAsWritten() {
        for (String pointer : new String[] {"/id", "/response/a~1b/c~0d", "/response/clientDataJSON/tokenBinding/status",
                "/response/attestationObject/attStmt/x5c/1", "/response/attestationObject/authData/extensions",
                "/response/authenticatorData/trailingBytes"}) {
            assertEquals(pointer, EditPointer.parse(pointer).text());
        }
    }
}
