package dev.passkeyharness.conformance.runner.edit;

import dev.passkeyharness.authenticator.data.Ceremony;
import dev.passkeyharness.authenticator.tamper.ResponseEditTamperings;
import dev.passkeyharness.authenticator.tamper.Tampering;
import dev.passkeyharness.conformance.catalogue.Check;
import java.util.List;

/**
 * A check's edits that act before signing, as tamperings for the client's and the authenticator's hooks (see
 * {@link ResponseEditTamperings}). The rest are {@link ResponseEdits}.
 */
public final class EditTamperings {

    private EditTamperings() {
    }

    /** The tamperings for the check's tested ceremony; none for a ceremony that makes no response. */
    public static List<Tampering> of(Check.ResponseCheck check) {
        Ceremony ceremony = switch (check.ceremony()) {
            case REGISTRATION -> Ceremony.REGISTRATION;
            case AUTHENTICATION -> Ceremony.AUTHENTICATION;
            case OPTIONS, JOURNEY, BROWSER -> null;
        };
        if (ceremony == null) {
            return List.of();
        }
        return ResponseEditTamperings.of(ceremony, check.edits(), check.specRef());
    }
}
