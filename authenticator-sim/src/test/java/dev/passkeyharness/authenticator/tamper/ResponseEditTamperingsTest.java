package dev.passkeyharness.authenticator.tamper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.passkeyharness.authenticator.data.Ceremony;
import dev.passkeyharness.authenticator.tamper.edit.ResponseEdit;
import dev.passkeyharness.authenticator.tamper.edit.ResponseEdit.Op;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResponseEditTamperingsTest {

    private static final String SPEC = "WebAuthn L3 §7.1 step 7";

    @Test
    void beforeSigningEditsBecomeTamperingsOfTheirStageAndTheRestAreLeftToTheJson() {
        List<Tampering> tamperings = ResponseEditTamperings.of(Ceremony.REGISTRATION, List.of(
                new ResponseEdit(Op.REMOVE, "/response/clientDataJSON/type", null),
                new ResponseEdit(Op.REMOVE, "/response/attestationObject/attStmt/sig", null),
                new ResponseEdit(Op.REMOVE, "/response/attestationObject/authData/attestedCredentialData", null)), SPEC);

        assertEquals(List.of("clientData.edit:/response/clientDataJSON/type",
                "authData.edit:/response/attestationObject/authData/attestedCredentialData"),
                tamperings.stream().map(Tampering::name).toList());
        assertEquals("check edit REMOVE /response/clientDataJSON/type", tamperings.get(0).description());
        assertEquals(SPEC, tamperings.get(0).specRef());
        assertEquals(Set.of(Ceremony.REGISTRATION), tamperings.get(1).ceremonies());
        assertInstanceOf(TamperAction.EditClientDataJson.class, tamperings.get(0).action());
        assertInstanceOf(TamperAction.EditAuthenticatorData.class, tamperings.get(1).action());
    }

    @Test
    void anAssertionHasNoAttestationObjectToEdit() {
        List<ResponseEdit> edits = List.of(
                new ResponseEdit(Op.REMOVE, "/response/attestationObject/authData/extensions", null));
        assertThrows(IllegalArgumentException.class,
                () -> ResponseEditTamperings.of(Ceremony.AUTHENTICATION, edits, SPEC));
    }
}
