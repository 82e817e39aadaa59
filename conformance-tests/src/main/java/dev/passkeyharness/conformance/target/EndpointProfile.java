package dev.passkeyharness.conformance.target;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How an RP's HTTP API is driven, as data: the request and answer of each step, the steps that make a user known,
 * the CSRF token it wants and what it can do beyond the four ceremony steps. Every HTTP target is driven through
 * one; the FIDO2 conformance API and the reference RP's onboarding API are two built-in ones.
 *
 * @param name the profile's name, e.g. {@code spring-security}
 * @param source where it came from, for messages: a resource or a file
 * @param users whether the runner may make users
 * @param singleUser the one user of a {@link Users#SINGLE} server, as far as the profile knows it
 * @param declared the capabilities the profile declares (the ones its steps imply are added by {@link #capabilities})
 * @param prepare the steps that make a new user known and signed in, in order (none: the options request names it)
 */
public record EndpointProfile(String name, String source, Users users, Optional<SingleUser> singleUser,
        Set<RpTarget.Capability> declared, List<Endpoint> prepare, Optional<CsrfSpec> csrf,
        Map<Endpoint, StepSpec> steps) {

    /** Who the server's users are. */
    public enum Users {
        /** The runner makes as many users as its checks need (through the prepare steps or the options request). */
        MANY,
        /** The server has one user, signed in for every visitor or through the prepare steps; checks needing two skip. */
        SINGLE
    }

    /** The single user's name and password, for {@code ${username}} and {@code ${password}}. */
    public record SingleUser(String username, Optional<String> password) {
    }

    /** The four steps every profile has. */
    public static final List<Endpoint> CEREMONY = List.of(Endpoint.REGISTRATION_OPTIONS, Endpoint.REGISTRATION_RESULT,
            Endpoint.AUTHENTICATION_OPTIONS, Endpoint.AUTHENTICATION_RESULT);

    public EndpointProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(singleUser, "singleUser");
        Objects.requireNonNull(csrf, "csrf");
        declared = Set.copyOf(declared);
        prepare = List.copyOf(prepare);
        steps = Map.copyOf(new EnumMap<>(steps));
        for (Endpoint step : CEREMONY) {
            if (!steps.containsKey(step)) {
                throw new IllegalArgumentException(source + " has no " + step.key() + " step");
            }
        }
    }

    public Optional<StepSpec> step(Endpoint endpoint) {
        return Optional.ofNullable(steps.get(endpoint));
    }

    /** The step {@code endpoint}; what the caller cannot do without. */
    public StepSpec required(Endpoint endpoint) {
        return step(endpoint).orElseThrow(() -> new UnsupportedOperationException(
                "the endpoint profile " + name + " (" + source + ") has no " + endpoint.key() + " step"));
    }

    /** What a target driven through this profile can do: the declared capabilities and those its steps imply. */
    public Set<RpTarget.Capability> capabilities() {
        Set<RpTarget.Capability> all = EnumSet.noneOf(RpTarget.Capability.class);
        all.addAll(declared);
        if (users == Users.MANY) {
            all.add(RpTarget.Capability.MANY_USERS);
        }
        if (steps.containsKey(Endpoint.LIST_CREDENTIALS)) {
            all.add(RpTarget.Capability.LIST_CREDENTIALS);
        }
        if (steps.containsKey(Endpoint.DELETE_CREDENTIAL)) {
            all.add(RpTarget.Capability.DELETE_CREDENTIAL);
        }
        return all;
    }

    @Override
    public String toString() {
        return name;
    }
}
