package dev.passkeyharness.conformance.catalogue;

import dev.passkeyharness.authenticator.tamper.edit.ResponseEdit;
import java.util.List;
import java.util.Objects;

/**
 * One check of the catalogue, as data: the runner is generic.
 *
 * @param id the FIDO conformance test id with its P-/F- number where one exists (e.g.
 *     "Server-ServerAuthenticatorAssertionResponse-Resp-3 F-4"), else a dotted id of our own
 * @param specRef the rule's source, e.g. "WebAuthn L3 §7.1 step 13"
 * @param tamperings names from the authenticator's tampering catalogue, applied in the tested step
 * @param edits structural edits of the response JSON, applied after the tamperings
 * @param optionsAssertions for OPTIONS checks, the {@code OptionsAssertion} names the options must satisfy
 * @param expectedRule for REJECTED checks, the reference RP's rule id a correct refusal names, or null
 * @param source where the check was defined ({@code file:line}), for error messages
 * @param scenario for JOURNEY and BROWSER checks, the scenario the runner drives; null for every other ceremony
 */
public record Check(
        String id,
        String title,
        String specRef,
        CheckCeremony ceremony,
        Setup setup,
        List<String> tamperings,
        List<ResponseEdit> edits,
        List<String> optionsAssertions,
        Expectation expected,
        String expectedRule,
        Level level,
        String source,
        Scenario scenario) {

    public Check {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(specRef, "specRef");
        Objects.requireNonNull(ceremony, "ceremony");
        Objects.requireNonNull(setup, "setup");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(level, "level");
        tamperings = tamperings == null ? List.of() : List.copyOf(tamperings);
        edits = edits == null ? List.of() : List.copyOf(edits);
        optionsAssertions = optionsAssertions == null ? List.of() : List.copyOf(optionsAssertions);
        if (id.isBlank() || title.isBlank() || specRef.isBlank()) {
            throw new IllegalArgumentException("a check needs an id, a title and a specRef");
        }
        if (scenario != null && ceremony != CheckCeremony.JOURNEY && ceremony != CheckCeremony.BROWSER) {
            throw new IllegalArgumentException("only a journey or browser check carries a scenario");
        }
    }

    /** A check of the catalogue (no scenario). */
    public Check(String id, String title, String specRef, CheckCeremony ceremony, Setup setup, List<String> tamperings,
            List<ResponseEdit> edits, List<String> optionsAssertions, Expectation expected, String expectedRule,
            Level level, String source) {
        this(id, title, specRef, ceremony, setup, tamperings, edits, optionsAssertions, expected, expectedRule, level,
                source, null);
    }

    /** A negative check: a correct RP refuses its tested step. */
    public boolean negative() {
        return expected == Expectation.REJECTED;
    }
}
