package dev.passkeyharness.conformance.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One onboarding journey, as data: a person with named authenticators goes through sign-up, passkey creation and
 * sign-in steps, and the RP's answers are held to the scenario's expectations.
 *
 * @param authenticators the devices the person has, by the name the steps use, in file order
 * @param source where the scenario was defined ({@code file:line}), for messages
 * @param ceremony JOURNEY (through the onboarding API) or BROWSER (through the pages, in Chromium)
 */
public record Scenario(String id, String title, String specRef, Level level,
        Map<String, AuthenticatorSpec> authenticators, List<Step> steps, String source, CheckCeremony ceremony) {

    public Scenario {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(specRef, "specRef");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(source, "source");
        authenticators = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(authenticators));
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a scenario needs at least one step");
        }
        if (ceremony != CheckCeremony.JOURNEY && ceremony != CheckCeremony.BROWSER) {
            throw new IllegalArgumentException("a scenario runs as a journey or in the browser, not as " + ceremony);
        }
    }

    /** A scenario through the onboarding API. */
    public Scenario(String id, String title, String specRef, Level level, Map<String, AuthenticatorSpec> authenticators,
            List<Step> steps, String source) {
        this(id, title, specRef, level, authenticators, steps, source, CheckCeremony.JOURNEY);
    }

    /** The scenario as a JOURNEY or BROWSER check, so it runs, lists and reports like any other check. */
    public Check toCheck() {
        return ceremony == CheckCeremony.BROWSER ? new Check.Browser(this) : new Check.Journey(this);
    }
}
