package dev.passkeyharness.conformance.runner;

import dev.passkeyharness.authenticator.tamper.edit.ResponseEdit;
import dev.passkeyharness.conformance.catalogue.Check;
import dev.passkeyharness.conformance.catalogue.CheckCeremony;
import dev.passkeyharness.conformance.catalogue.Expectation;
import dev.passkeyharness.conformance.catalogue.Level;
import dev.passkeyharness.conformance.catalogue.Procedure;
import dev.passkeyharness.conformance.catalogue.Setup;
import java.util.List;

/** Checks written in tests. */
final class Checks {

    private Checks() {
    }

    static Check of(String id, CheckCeremony ceremony, Procedure procedure, List<String> tamperings,
            List<ResponseEdit> edits, Expectation expected) {
        return new Check(id, id, "test", ceremony, setup(procedure, 0), tamperings, edits, List.of(), expected, null,
                Level.REQUIRED, "test");
    }

    static Check options(String id, Expectation expected, String... assertions) {
        return new Check(id, id, "test", CheckCeremony.OPTIONS, Setup.DEFAULT, List.of(), List.of(), List.of(assertions),
                expected, null, Level.REQUIRED, "test");
    }

    static Setup setup(Procedure procedure, int signInsBefore) {
        return new Setup("security-key", null, null, null, null, null, signInsBefore, procedure);
    }
}
