package dev.passkeyharness.rp.webauthn;

/** A failed verification step inside this package, carrying its rule until a verifier turns it into a result. */
final class CeremonyFailure extends Exception {

    private final Rule rule;

    CeremonyFailure(Rule rule, String message) {
        super(message, null, false, false);
        this.rule = rule;
    }

    Rule rule() {
        return rule;
    }
}
