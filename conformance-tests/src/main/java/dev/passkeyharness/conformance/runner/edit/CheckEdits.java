package dev.passkeyharness.conformance.runner.edit;

import dev.passkeyharness.authenticator.data.Ceremony;
import dev.passkeyharness.authenticator.tamper.ResponseEditTamperings;
import dev.passkeyharness.authenticator.tamper.Tampering;
import dev.passkeyharness.authenticator.tamper.edit.ResponseJsonEdits;
import dev.passkeyharness.conformance.catalogue.Check;
import java.util.List;

/**
 * A check's response edits, each applied where it acts: those before signing (client data, authenticator data) as
 * tamperings for the client's and the authenticator's hooks, the rest on the response JSON the client produced.
 */
public final class CheckEdits {

    private CheckEdits() {
    }

    /** The edits that act before signing, as tamperings of the check's tested ceremony. */
    public static List<Tampering> beforeSigning(Check.ResponseCheck check) {
        Ceremony ceremony = check instanceof Check.Authentication ? Ceremony.AUTHENTICATION : Ceremony.REGISTRATION;
        return ResponseEditTamperings.of(ceremony, check.edits(), check.specRef());
    }

    /** The response with the check's after-signing edits applied in order; a missing target is an error in the check. */
    public static String afterSigning(String responseJson, Check.ResponseCheck check) {
        return ResponseJsonEdits.apply(responseJson, check.edits());
    }
}
