package dev.passkeyharness.conformance.catalogue;

import dev.passkeyharness.authenticator.tamper.edit.ResponseEdit;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A catalogue check's own fields: their names and values, for the parser and the transcript writer alike. */
final class CheckFields {

    static final String ID = "id";
    static final String TITLE = "title";
    static final String SPEC_REF = "specRef";
    static final String SETUP = "setup";
    static final String TAMPERINGS = "tamperings";
    static final String EDITS = "edits";
    static final String ASSERTIONS = "assertions";
    static final String RULE = "rule";
    /** The ceremonies a catalogue file can hold; journeys and browser checks are scenarios of their own files. */
    static final Choice<CheckCeremony> CEREMONY = new Choice<>("ceremony",
            List.of(CheckCeremony.OPTIONS, CheckCeremony.REGISTRATION, CheckCeremony.AUTHENTICATION),
            ceremony -> ceremony.name().toLowerCase(Locale.ROOT));
    static final Choice<Expectation> EXPECTED = Choice.of("expected", Expectation.values(), false);
    static final Choice<Level> LEVEL = Choice.of("level", Level.values(), false);
    static final Choice<OptionsAssertion> ASSERTION = new Choice<>(ASSERTIONS, List.of(OptionsAssertion.values()),
            OptionsAssertion::name);

    /** An edit's members: what it does, where, and the value a set writes. */
    static final Choice<ResponseEdit.Op> EDIT_OP = Choice.of("op", ResponseEdit.Op.values(), true);
    static final String EDIT_POINTER = "pointer";
    static final String EDIT_VALUE = "value";
    static final Set<String> EDIT_NAMES = Set.of(EDIT_OP.field(), EDIT_POINTER, EDIT_VALUE);

    static final Set<String> NAMES = Set.of(ID, TITLE, SPEC_REF, CEREMONY.field(), SETUP, TAMPERINGS, EDITS,
            ASSERTIONS, EXPECTED.field(), RULE, LEVEL.field());

    private CheckFields() {
    }
}
