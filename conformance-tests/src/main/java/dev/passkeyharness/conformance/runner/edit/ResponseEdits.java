package dev.passkeyharness.conformance.runner.edit;

import dev.passkeyharness.authenticator.tamper.edit.ResponseEdit;
import dev.passkeyharness.authenticator.tamper.edit.ResponseJsonEdits;
import java.util.List;

/**
 * Applies a check's edits that act after signing to the response JSON the client produced (see
 * {@link ResponseJsonEdits}); those that act before signing are {@link EditTamperings}.
 */
public final class ResponseEdits {

    private ResponseEdits() {
    }

    /** The response with the check's after-signing edits applied in order; a missing target is an error in the check. */
    public static String apply(String responseJson, List<ResponseEdit> edits) {
        return ResponseJsonEdits.apply(responseJson, edits);
    }
}
