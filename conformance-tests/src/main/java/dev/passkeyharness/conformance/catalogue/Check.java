package dev.passkeyharness.conformance.catalogue;

import dev.passkeyharness.authenticator.tamper.edit.ResponseEdit;
import java.util.List;
import java.util.Objects;

/**
 * One check of the catalogue, as data: the runner is generic. Each kind holds only what its ceremony uses; all share
 * a {@link CheckHeader}.
 */
public sealed interface Check {

    CheckHeader header();

    /** Which part of the RP the check exercises, as listings and reports name it. */
    CheckCeremony ceremony();

    /** What a correct RP does with the tested step. */
    Expectation expected();

    default String id() {
        return header().id();
    }

    default String title() {
        return header().title();
    }

    default String specRef() {
        return header().specRef();
    }

    default Level level() {
        return header().level();
    }

    default String source() {
        return header().source();
    }

    /** A negative check: a correct RP refuses its tested step. */
    default boolean negative() {
        return expected() == Expectation.REJECTED;
    }

    /**
     * A check of one tested step that the runner arranges from a setup.
     *
     * <p>{@code expectedRule}: for REJECTED checks, the reference RP's rule id a correct refusal names, or null.
     */
    sealed interface SingleStep extends Check {

        Setup setup();

        String expectedRule();
    }

    /**
     * A check whose tested step is a response sent to the RP: {@code tamperings} are names from the authenticator's
     * tampering catalogue, applied in the tested step; {@code edits} are structural edits of the response JSON, applied
     * after the tamperings.
     */
    sealed interface ResponseCheck extends SingleStep {

        List<String> tamperings();

        List<ResponseEdit> edits();
    }

    /** A check that walks a scenario; a correct RP lets the journey go as the scenario says. */
    sealed interface ScenarioCheck extends Check {

        Scenario scenario();

        @Override
        default CheckHeader header() {
            Scenario s = scenario();
            return new CheckHeader(s.id(), s.title(), s.specRef(), s.level(), s.source());
        }

        @Override
        default Expectation expected() {
            return Expectation.ACCEPTED;
        }
    }

    /** The options the RP sends, held to {@code assertions} (at least one). */
    record Options(CheckHeader header, Setup setup, List<OptionsAssertion> assertions, Expectation expected,
            String expectedRule) implements SingleStep {

        public Options {
            requireStep(header, setup, expected);
            assertions = List.copyOf(assertions);
            if (assertions.isEmpty()) {
                throw new IllegalArgumentException("an options check needs at least one assertion");
            }
        }

        @Override
        public CheckCeremony ceremony() {
            return CheckCeremony.OPTIONS;
        }
    }

    /** A (tampered, edited) registration response sent to the RP (WebAuthn L3 §7.1). */
    record Registration(CheckHeader header, Setup setup, List<String> tamperings, List<ResponseEdit> edits,
            Expectation expected, String expectedRule) implements ResponseCheck {

        public Registration {
            requireStep(header, setup, expected);
            tamperings = List.copyOf(tamperings);
            edits = List.copyOf(edits);
        }

        @Override
        public CheckCeremony ceremony() {
            return CheckCeremony.REGISTRATION;
        }
    }

    /** A (tampered, edited) authentication response sent to the RP (WebAuthn L3 §7.2). */
    record Authentication(CheckHeader header, Setup setup, List<String> tamperings, List<ResponseEdit> edits,
            Expectation expected, String expectedRule) implements ResponseCheck {

        public Authentication {
            requireStep(header, setup, expected);
            tamperings = List.copyOf(tamperings);
            edits = List.copyOf(edits);
        }

        @Override
        public CheckCeremony ceremony() {
            return CheckCeremony.AUTHENTICATION;
        }
    }

    /** A scenario walked through the onboarding API. */
    record Journey(Scenario scenario) implements ScenarioCheck {

        public Journey {
            if (scenario.ceremony() != CheckCeremony.JOURNEY) {
                throw new IllegalArgumentException("a journey check walks a journey scenario: " + scenario.id());
            }
        }

        @Override
        public CheckCeremony ceremony() {
            return CheckCeremony.JOURNEY;
        }
    }

    /** A scenario walked through the RP's pages in headless Chromium (run --browser). */
    record Browser(Scenario scenario) implements ScenarioCheck {

        public Browser {
            if (scenario.ceremony() != CheckCeremony.BROWSER) {
                throw new IllegalArgumentException("a browser check walks a browser scenario: " + scenario.id());
            }
        }

        @Override
        public CheckCeremony ceremony() {
            return CheckCeremony.BROWSER;
        }
    }

    private static void requireStep(CheckHeader header, Setup setup, Expectation expected) {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(setup, "setup");
        Objects.requireNonNull(expected, "expected");
    }
}
