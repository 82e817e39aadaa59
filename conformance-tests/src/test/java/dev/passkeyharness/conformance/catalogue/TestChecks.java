package dev.passkeyharness.conformance.catalogue;

import dev.passkeyharness.authenticator.tamper.edit.ResponseEdit;
import java.util.List;

/** Checks written in tests, of any ceremony that sends one step. */
public final class TestChecks {

    private TestChecks() {
    }

    /** A registration or authentication check. */
    public static Check.ResponseCheck response(CheckCeremony ceremony, CheckHeader header, Setup setup,
            List<String> tamperings, List<ResponseEdit> edits, Expectation expected, String rule) {
        return switch (ceremony) {
            case REGISTRATION -> new Check.Registration(header, setup, tamperings, edits, expected, rule);
            case AUTHENTICATION -> new Check.Authentication(header, setup, tamperings, edits, expected, rule);
            case OPTIONS, JOURNEY, BROWSER -> throw new IllegalArgumentException(ceremony + " sends no response");
        };
    }

    /** A check of {@code ceremony} with the default setup; an options check asserts CHALLENGE_FRESH. */
    public static Check.SingleStep of(CheckCeremony ceremony, CheckHeader header, Expectation expected) {
        if (ceremony == CheckCeremony.OPTIONS) {
            return new Check.Options(header, Setup.DEFAULT, List.of(OptionsAssertion.CHALLENGE_FRESH), expected, null);
        }
        return response(ceremony, header, Setup.DEFAULT, List.of(), List.of(), expected, null);
    }

    /** The named assertions, as a catalogue file names them. */
    public static List<OptionsAssertion> assertions(List<String> names) {
        return names.stream().map(name -> OptionsAssertion.byName(name).orElseThrow()).toList();
    }

    /** A catalogue check's setup: every check of a catalogue file sends one step. */
    public static Setup setup(Check check) {
        return ((Check.SingleStep) check).setup();
    }

    public static String expectedRule(Check check) {
        return ((Check.SingleStep) check).expectedRule();
    }

    /** The check's tamperings; none for a check that sends no response. */
    public static List<String> tamperings(Check check) {
        return check instanceof Check.ResponseCheck response ? response.tamperings() : List.of();
    }

    /** The check's edits; none for a check that sends no response. */
    public static List<ResponseEdit> edits(Check check) {
        return check instanceof Check.ResponseCheck response ? response.edits() : List.of();
    }
}
