package dev.passkeyharness.authenticator.tamper;

import dev.passkeyharness.authenticator.data.Ceremony;
import dev.passkeyharness.authenticator.tamper.edit.AuthenticatorDataEdits;
import dev.passkeyharness.authenticator.tamper.edit.ClientDataJsonEdits;
import dev.passkeyharness.authenticator.tamper.edit.EditPointer;
import dev.passkeyharness.authenticator.tamper.edit.ResponseEdit;
import dev.passkeyharness.authenticator.tamper.edit.ResponseJsonEdits;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Response edits that act before signing, as ad-hoc tamperings for the client's and the authenticator's hooks:
 * client data members before hashing, authenticator data parts before signing. The rest are
 * {@link ResponseJsonEdits}.
 */
public final class ResponseEditTamperings {

    private ResponseEditTamperings() {
    }

    /** The tamperings for the edits of a check of {@code ceremony}, citing the check's {@code specRef}. */
    public static List<Tampering> of(Ceremony ceremony, List<ResponseEdit> edits, String specRef) {
        List<Tampering> out = new ArrayList<>();
        for (ResponseEdit edit : edits) {
            String pointer = edit.pointer().text();
            String description = "check edit " + edit.op() + " " + pointer;
            if (edit.pointer() instanceof EditPointer.ClientDataMember member) {
                out.add(new Tampering(TamperStage.CLIENT_DATA.prefix() + ".edit:" + pointer,
                        TamperStage.CLIENT_DATA, Set.of(ceremony), description, specRef,
                        new TamperAction.EditClientDataJson(ClientDataJsonEdits.of(edit, member))));
            } else if (edit.pointer() instanceof EditPointer.AuthenticatorDataPart part) {
                if (part.inAttestationObject() && ceremony != Ceremony.REGISTRATION) {
                    throw new IllegalArgumentException("edit " + pointer + ": an assertion has no attestation object");
                }
                out.add(new Tampering(TamperStage.AUTHENTICATOR_DATA.prefix() + ".edit:" + pointer,
                        TamperStage.AUTHENTICATOR_DATA, Set.of(ceremony), description, specRef,
                        new TamperAction.EditAuthenticatorData(AuthenticatorDataEdits.of(part, edit.op(), edit.value()))));
            }
        }
        return out;
    }
}
