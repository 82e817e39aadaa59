package dev.passkeyharness.conformance.cli;

import dev.passkeyharness.conformance.catalogue.CatalogueException;
import dev.passkeyharness.conformance.target.Api;
import dev.passkeyharness.conformance.target.EndpointProfile;
import dev.passkeyharness.conformance.target.EndpointProfiles;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The endpoint profile a command names (a built-in name or a file), as a CLI error (exit 2) when it is wrong. */
final class EndpointChoice {

    private EndpointChoice() {
    }

    /** {@code --profile} if given, else {@code --api}'s built-in; both given is a usage error. */
    static String reference(String profile, String api, boolean apiGiven) {
        if (profile != null && apiGiven) {
            throw CliException.badInput("--api and --profile both name the endpoints: give one (--api " + api
                    + " is --profile " + api + ")");
        }
        if (profile != null) {
            return profile;
        }
        return api(api).profileName();
    }

    static Api api(String name) {
        return Arrays.stream(Api.values()).filter(a -> a.profileName().equals(name.toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow(() -> CliException.badInput("--api '" + name
                        + "': expected conformance or onboarding"));
    }

    /** The profile {@code reference} names; a broken file is {@code file:line: what is wrong}. */
    static EndpointProfile resolve(String reference) {
        try {
            return EndpointProfiles.resolve(reference);
        } catch (CatalogueException e) {
            throw CliException.badInput("--profile: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw CliException.badInput("--profile: " + e.getMessage());
        }
    }

    /** The reference RP's API of that name, for the embedded RP, which speaks only its own two. */
    static Api embedded(String reference) {
        Optional<Api> api = Arrays.stream(Api.values()).filter(a -> a.profileName().equals(reference)).findFirst();
        return api.orElseThrow(() -> CliException.badInput("the embedded reference RP speaks the conformance and "
                + "onboarding profiles; profile '" + reference + "' needs --target URL"));
    }
}
