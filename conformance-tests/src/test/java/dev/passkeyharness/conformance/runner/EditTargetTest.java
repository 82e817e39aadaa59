package dev.passkeyharness.conformance.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EditTargetTest {

    @Test
    void membersOfTheJsonItselfAreEditedAfterSigning() {
        for (String pointer : new String[] {"/id", "/type", "/response", "/response/clientDataJSON",
                "/response/attestationObject", "/response/authenticatorData", "/response/signature"}) {
            assertEquals(new EditTarget.ResponseJson(pointer), EditTarget.of(pointer));
            assertFalse(EditTarget.of(pointer).beforeSigning());
        }
    }

    @Test
    void clientDataMembersAreEditedBeforeHashing() {
        EditTarget target = EditTarget.of("/response/clientDataJSON/tokenBinding/status");
        assertEquals(new EditTarget.ClientDataMember("/tokenBinding/status"), target);
        assertTrue(target.beforeSigning());
    }

    @Test
    void attestationObjectMembersAreEditedInTheDecodedCbor() {
        assertEquals(new EditTarget.AttestationObjectMember("/fmt"), EditTarget.of("/response/attestationObject/fmt"));
        assertEquals(new EditTarget.AttestationObjectMember("/attStmt/x5c/1"),
                EditTarget.of("/response/attestationObject/attStmt/x5c/1"));
        assertEquals(new EditTarget.AttestationObjectMember("/authData"),
                EditTarget.of("/response/attestationObject/authData"));
        assertFalse(EditTarget.of("/response/attestationObject/authData").beforeSigning());
    }

    @Test
    void authenticatorDataPartsAreEditedBeforeSigning() {
        assertEquals(new EditTarget.AuthenticatorDataPart(EditTarget.Part.EXTENSIONS, true),
                EditTarget.of("/response/attestationObject/authData/extensions"));
        assertEquals(new EditTarget.AuthenticatorDataPart(EditTarget.Part.TRAILING_BYTES, false),
                EditTarget.of("/response/authenticatorData/trailingBytes"));
        assertEquals(new EditTarget.AuthenticatorDataPart(EditTarget.Part.ATTESTED_CREDENTIAL_DATA, true),
                EditTarget.of("/response/attestationObject/authData/attestedCredentialData"));
        assertTrue(EditTarget.of("/response/authenticatorData/extensions").beforeSigning());
    }

    @Test
    void unknownOrTooDeepAuthenticatorDataPartsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> EditTarget.of("/response/authenticatorData/flags"));
        assertThrows(IllegalArgumentException.class,
                () -> EditTarget.of("/response/attestationObject/authData/extensions/credProtect"));
    }
}
