package dev.passkeyharness.conformance.runner;

import dev.passkeyharness.authenticator.tamper.edit.ResponseEdit;
import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.catalogue.CheckCeremony;
import dev.passkeyharness.conformance.catalogue.CheckHeader;
import dev.passkeyharness.conformance.catalogue.TestChecks;
import dev.passkeyharness.conformance.catalogue.Expectation;
import dev.passkeyharness.conformance.catalogue.Level;
import dev.passkeyharness.conformance.catalogue.Procedure;
import dev.passkeyharness.conformance.catalogue.Setup;
import java.util.List;

/** Checks written in tests. */
public final class Checks {

    private Checks() {
    }

    public static Check.ResponseCheck of(String id, CheckCeremony ceremony, Procedure procedure, List<String> tamperings,
            List<ResponseEdit> edits, Expectation expected) {
        return TestChecks.response(ceremony, header(id), Setup.of(procedure, 0), tamperings, edits, expected, null);
    }

    static Check.Options options(String id, Expectation expected, String... assertions) {
        return new Check.Options(header(id), Setup.DEFAULT, TestChecks.assertions(List.of(assertions)), expected, null);
    }

    static Setup setup(Procedure procedure, int signInsBefore) {
        return Setup.of(procedure, signInsBefore);
    }

    static CheckHeader header(String id) {
        return new CheckHeader(id, id, "test", Level.REQUIRED, "test");
    }
}
