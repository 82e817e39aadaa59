package dev.passkeyharness.conformance.catalogue;

import dev.passkeyharness.authenticator.tamper.edit.ResponseEdit;
import java.util.List;

/** A small fixed catalogue for the runner's own tests: one or two checks per ceremony and procedure. */
public final class BuiltInChecks implements CatalogueSource {

    private static final String SOURCE = "built-in";

    @Override
    public List<Check> load() {
        return List.of(
                options("builtin.options.creation", "Creation options are well-formed and fresh", "WebAuthn L3 §5.4",
                        List.of("STATUS_OK", "RP_PRESENT", "RP_ID_MATCHES_ORIGIN", "USER_PRESENT",
                                "USER_ID_NON_EMPTY_AT_MOST_64_BYTES", "USER_ID_NOT_USERNAME", "CHALLENGE_AT_LEAST_16_BYTES",
                                "CHALLENGE_FRESH", "PUB_KEY_CRED_PARAMS_VALID", "PUB_KEY_CRED_PARAMS_HAS_ES256",
                                "TIMEOUT_POSITIVE", "EXCLUDE_CREDENTIALS_LISTS_REGISTERED", "ATTESTATION_ECHOED",
                                "AUTHENTICATOR_SELECTION_ECHOED", "EXTENSIONS_ECHOED")),
                options("builtin.options.request", "Request options list the user's credential", "WebAuthn L3 §5.5",
                        List.of("ALLOW_CREDENTIALS_LISTS_REGISTERED", "USER_VERIFICATION_ECHOED", "RP_ID_PRESENT")),
                check("builtin.registration.valid", "A correct registration is accepted", "WebAuthn L3 §7.1",
                        CheckCeremony.REGISTRATION, Procedure.STANDARD, List.of(), List.of(), Expectation.ACCEPTED, null),
                check("builtin.registration.challenge-wrong", "A registration answering another challenge is refused",
                        "WebAuthn L3 §7.1 step 8", CheckCeremony.REGISTRATION, Procedure.STANDARD,
                        List.of("clientData.challenge.wrong"), List.of(), Expectation.REJECTED, "challenge"),
                check("builtin.registration.clientDataJSON-number", "A clientDataJSON that is a number is refused",
                        "WebAuthn L3 §7.1 step 5", CheckCeremony.REGISTRATION, Procedure.STANDARD, List.of(),
                        List.of(new ResponseEdit(ResponseEdit.Op.TYPE_SWAP, "/response/clientDataJSON", null)),
                        Expectation.REJECTED, "malformed"),
                check("builtin.registration.replay", "A registration response sent twice is refused the second time",
                        "WebAuthn L3 §13.4.3", CheckCeremony.REGISTRATION, Procedure.REPLAY, List.of(), List.of(),
                        Expectation.REJECTED, "challenge-replayed"),
                check("builtin.registration.other-session", "A registration answered in another session is refused",
                        "WebAuthn L3 §13.4.3", CheckCeremony.REGISTRATION, Procedure.OTHER_SESSION, List.of(), List.of(),
                        Expectation.REJECTED, "challenge-session"),
                check("builtin.registration.duplicate", "A credential ID registered by another account is refused",
                        "WebAuthn L3 §7.1 step 26", CheckCeremony.REGISTRATION, Procedure.DUPLICATE_CREDENTIAL,
                        List.of(), List.of(), Expectation.REJECTED, "duplicate-credential"),
                new Check.Authentication(header("builtin.authentication.valid", "A correct second sign-in is accepted",
                        "WebAuthn L3 §7.2"), Setup.of(Procedure.STANDARD, 1), List.of(), List.of(),
                        Expectation.ACCEPTED, null),
                check("builtin.authentication.signature-bitflip", "An assertion with a broken signature is refused",
                        "WebAuthn L3 §7.2 step 21", CheckCeremony.AUTHENTICATION, Procedure.STANDARD,
                        List.of("signature.bitflip"), List.of(), Expectation.REJECTED, "signature"),
                check("builtin.authentication.expired", "An assertion after the challenge's timeout is refused",
                        "WebAuthn L3 §13.4.3", CheckCeremony.AUTHENTICATION, Procedure.EXPIRED_CHALLENGE, List.of(),
                        List.of(), Expectation.REJECTED, "challenge-expired"),
                check("builtin.authentication.unknown-credential", "An assertion by an unregistered credential is refused",
                        "WebAuthn L3 §7.2 step 6", CheckCeremony.AUTHENTICATION, Procedure.UNKNOWN_CREDENTIAL, List.of(),
                        List.of(), Expectation.REJECTED, "unknown-credential"),
                check("builtin.authentication.other-users-credential",
                        "Another user's credential answering a username-first request is refused",
                        "WebAuthn L3 §7.2 step 5", CheckCeremony.AUTHENTICATION, Procedure.OTHER_USERS_CREDENTIAL,
                        List.of(), List.of(), Expectation.REJECTED, "credential-not-allowed"),
                check("builtin.authentication.wrong-endpoint", "An assertion sent to the registration endpoint is refused",
                        "WebAuthn L3 §7.1 step 3", CheckCeremony.AUTHENTICATION, Procedure.WRONG_ENDPOINT, List.of(),
                        List.of(), Expectation.REJECTED, null));
    }

    private static Check options(String id, String title, String specRef, List<String> assertions) {
        return new Check.Options(header(id, title, specRef), Setup.DEFAULT, TestChecks.assertions(assertions),
                Expectation.ACCEPTED, null);
    }

    private static Check check(String id, String title, String specRef, CheckCeremony ceremony, Procedure procedure,
            List<String> tamperings, List<ResponseEdit> edits, Expectation expected, String rule) {
        return TestChecks.response(ceremony, header(id, title, specRef), Setup.of(procedure, 0), tamperings, edits,
                expected, rule);
    }

    private static CheckHeader header(String id, String title, String specRef) {
        return new CheckHeader(id, title, specRef, Level.REQUIRED, SOURCE);
    }

}
