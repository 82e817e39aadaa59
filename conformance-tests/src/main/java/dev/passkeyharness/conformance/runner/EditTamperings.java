package dev.passkeyharness.conformance.runner;

import dev.passkeyharness.authenticator.data.Ceremony;
import dev.passkeyharness.authenticator.tamper.TamperAction;
import dev.passkeyharness.authenticator.tamper.TamperStage;
import dev.passkeyharness.authenticator.tamper.Tampering;
import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.catalogue.ResponseEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A check's edits that act before signing, as ad-hoc tamperings for the client's and the authenticator's hooks:
 * client data members before hashing, authenticator data parts before signing. The rest are {@link ResponseEdits}.
 */
final class EditTamperings {

    private EditTamperings() {
    }

    /** The tamperings for the check's tested ceremony; none for a ceremony that makes no response. */
    static List<Tampering> of(Check.ResponseCheck check) {
        Ceremony ceremony = switch (check.ceremony()) {
            case REGISTRATION -> Ceremony.REGISTRATION;
            case AUTHENTICATION -> Ceremony.AUTHENTICATION;
            case OPTIONS, JOURNEY, BROWSER -> null;
        };
        if (ceremony == null) {
            return List.of();
        }
        List<Tampering> out = new ArrayList<>();
        for (ResponseEdit edit : check.edits()) {
            EditTarget target = EditTarget.of(edit.pointer());
            String description = "check edit " + edit.op() + " " + edit.pointer();
            if (target instanceof EditTarget.ClientDataMember member) {
                ResponseEdit inner = new ResponseEdit(edit.op(), member.pointer(), edit.value());
                out.add(new Tampering(TamperStage.CLIENT_DATA.prefix() + ".edit:" + edit.pointer(),
                        TamperStage.CLIENT_DATA, Set.of(ceremony), description, check.specRef(),
                        new TamperAction.EditClientDataJson(ClientDataJsonEdits.of(inner))));
            } else if (target instanceof EditTarget.AuthenticatorDataPart part) {
                if (part.inAttestationObject() && ceremony != Ceremony.REGISTRATION) {
                    throw new IllegalArgumentException("edit " + edit.pointer() + ": an assertion has no attestation object");
                }
                out.add(new Tampering(TamperStage.AUTHENTICATOR_DATA.prefix() + ".edit:" + edit.pointer(),
                        TamperStage.AUTHENTICATOR_DATA, Set.of(ceremony), description, check.specRef(),
                        new TamperAction.EditAuthenticatorData(
                                AuthenticatorDataEdits.of(part.part(), edit, edit.pointer()))));
            }
        }
        return out;
    }
}
