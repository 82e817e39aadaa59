package dev.passkeyharness.rp.account;

/** Refused: a password log-in that did not succeed, and why, in words that do not tell whether the account exists. */
public final class LoginRefusedException extends AccountException {

    /** Why a password log-in was refused. */
    public enum Reason {
        /** No such account, an account without a password, or a wrong password: deliberately one reason. */
        UNKNOWN_OR_WRONG("unknown email address or wrong password"),
        /** Too many failed attempts for this account lately. */
        RATE_LIMITED("too many failed attempts; try again later");

        private final String message;

        Reason(String message) {
            this.message = message;
        }
    }

    private final Reason reason;

    public LoginRefusedException(Reason reason) {
        super(reason.message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
