package dev.passkeyharness.conformance.catalogue;

import java.util.List;
import java.util.Objects;

/** One step of a scenario: something the person does on the RP's pages, or an expectation about where it led. */
public sealed interface Step {

    /** The step's name as written in scenario files, for messages. */
    String name();

    /** POST /api/signup; {@code email} null signs up an address unique to the scenario and run. */
    record SignUp(String email) implements Step {
        @Override
        public String name() {
            return email == null ? "signup" : "signup " + email;
        }
    }

    /** POST /api/login with the scenario account's email and password. */
    record LogIn() implements Step {
        @Override
        public String name() {
            return "login";
        }
    }

    record LogOut() implements Step {
        @Override
        public String name() {
            return "logout";
        }
    }

    /** navigator.credentials.create() on the signed-in account with {@code authenticator}, tampered as named. */
    record CreatePasskey(String authenticator, List<String> tamper) implements Step {
        public CreatePasskey {
            Objects.requireNonNull(authenticator, "authenticator");
            tamper = List.copyOf(tamper);
        }

        @Override
        public String name() {
            return "createPasskey " + authenticator + (tamper.isEmpty() ? "" : " tamper " + tamper);
        }
    }

    /**
     * navigator.credentials.get() with {@code authenticator}.
     *
     * @param email null for a discoverable sign-in; {@link #ACCOUNT} for the scenario's account, username-first; or an
     *     address typed as written
     */
    record SignInWithPasskey(String authenticator, String email, List<String> tamper) implements Step {

        /** The value of {@code email} that stands for the scenario's own account. */
        public static final String ACCOUNT = "account";

        public SignInWithPasskey {
            Objects.requireNonNull(authenticator, "authenticator");
            tamper = List.copyOf(tamper);
        }

        @Override
        public String name() {
            return "signInWithPasskey " + authenticator + (email == null ? " (discoverable)" : " as " + email)
                    + (tamper.isEmpty() ? "" : " tamper " + tamper);
        }
    }

    /**
     * Browser scenarios only: the passkey of {@code authenticator} chosen from the login page's email autofill
     * (mediation "conditional", WebAuthn L3 §5.1.4).
     */
    record SignInWithAutofill(String authenticator) implements Step {
        public SignInWithAutofill {
            Objects.requireNonNull(authenticator, "authenticator");
        }

        @Override
        public String name() {
            return "signInWithAutofill " + authenticator;
        }
    }

    /** DELETE /api/passkeys/{id} of the last passkey {@code authenticator} created in this scenario. */
    record RemovePasskey(String authenticator) implements Step {
        public RemovePasskey {
            Objects.requireNonNull(authenticator, "authenticator");
        }

        @Override
        public String name() {
            return "removePasskey " + authenticator;
        }
    }

    /** "Not now" on the passkey prompt: POST /api/passkeys/prompt/dismiss. */
    record DismissPrompt() implements Step {
        @Override
        public String name() {
            return "dismissPrompt";
        }
    }

    /** What must hold now; it checks the RP's state or the previous step's outcome. */
    record Expect(Expectation what) implements Step {
        public Expect {
            Objects.requireNonNull(what, "what");
        }

        @Override
        public String name() {
            return "expect " + what.describe();
        }
    }

    /** What an {@link Expect} step expects. */
    sealed interface Expectation {

        String describe();

        /** GET /api/me says to prompt for a passkey. */
        record PromptShown() implements Expectation {
            @Override
            public String describe() {
                return "promptShown";
            }
        }

        record PromptHidden() implements Expectation {
            @Override
            public String describe() {
                return "promptHidden";
            }
        }

        /** GET /api/passkeys lists exactly {@code count} passkeys. */
        record PasskeyCount(int count) implements Expectation {
            public PasskeyCount {
                if (count < 0) {
                    throw new IllegalArgumentException("a passkey count is not negative");
                }
            }

            @Override
            public String describe() {
                return "passkeyCount " + count;
            }
        }

        record SignedIn() implements Expectation {
            @Override
            public String describe() {
                return "signedIn";
            }
        }

        record SignedOut() implements Expectation {
            @Override
            public String describe() {
                return "signedOut";
            }
        }

        /**
         * The previous step was refused, by the browser or the RP.
         *
         * @param rule the DOMException name or the RP's rule id the refusal must name, or null for any refusal
         */
        record LastStepRefused(String rule) implements Expectation {
            @Override
            public String describe() {
                return "lastStepRefused" + (rule == null ? "" : " " + rule);
            }
        }

        record LastStepAccepted() implements Expectation {
            @Override
            public String describe() {
                return "lastStepAccepted";
            }
        }
    }
}
