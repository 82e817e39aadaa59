package dev.passkeyharness.conformance.runner.step;

import dev.passkeyharness.authenticator.tamper.edit.MissingMemberException;
import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.runner.edit.CheckEdits;
import java.util.List;

/**
 * A check's after-signing edits of the response: an edit of a member a correct response may lack, and this one lacks
 * because of what the RP asked for, makes the check a SKIP; any other missing member is an error in the check.
 */
final class AfterSigning {

    /** Members a correct response may lack, depending on the RP's options (WebAuthn L3 §5.2). */
    private static final List<String> OPTIONAL_MEMBERS = List.of("/response/userHandle", "/response/transports",
            "/clientExtensionResults/", "/authenticatorAttachment", "/response/publicKey",
            "/response/publicKeyAlgorithm");

    private AfterSigning() {
    }

    static String edit(String responseJson, Check.ResponseCheck check) {
        try {
            return CheckEdits.afterSigning(responseJson, check);
        } catch (MissingMemberException e) {
            if (OPTIONAL_MEMBERS.stream().anyMatch(e.pointer()::startsWith)) {
                // e.g. no userHandle where the RP's options made the credential non-discoverable
                throw CheckStop.skip("the response has no " + e.pointer() + " to edit: with this target's options"
                        + " the client and authenticator do not produce it (WebAuthn L3 §5.2)");
            }
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
