package dev.passkeyharness.rp.account;

/** A sign-up or log-in refused by an account rule; the subtype names the rule, the message is safe to show. */
public abstract sealed class AccountException extends RuntimeException
        permits InvalidEmailException, InvalidDisplayNameException, InvalidUsernameException, WeakPasswordException,
        LoginRefusedException {

    AccountException(String message) {
        super(message);
    }
}
