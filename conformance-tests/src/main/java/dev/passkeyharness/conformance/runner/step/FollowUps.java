package dev.passkeyharness.conformance.runner.step;

import dev.passkeyharness.authenticator.ctap.AuthenticatorState;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.device.DeviceSpec;
import dev.passkeyharness.authenticator.device.SimulatedDevice;
import dev.passkeyharness.authenticator.profile.CounterMode;
import dev.passkeyharness.authenticator.store.CredentialStore;
import dev.passkeyharness.authenticator.store.StoredCredential;
import dev.passkeyharness.conformance.runner.judge.Aftermath;
import dev.passkeyharness.conformance.runner.judge.Aftermath.Finding;
import dev.passkeyharness.conformance.runner.judge.Judge;
import dev.passkeyharness.conformance.target.Answer;
import dev.passkeyharness.conformance.target.RpSession;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** The {@link Aftermath} of refused registrations and sign-ins: what a refusal must not have stored or broken. */
final class FollowUps {

    private final CheckRun run;
    private final Ceremonies ceremonies;

    FollowUps(CheckRun run, Ceremonies ceremonies) {
        this.run = run;
        this.ceremonies = ceremonies;
    }

    /**
     * After a refused registration: fresh creation options for {@code username} in {@code session} exclude none of
     * {@code refusedIds} (an RP excludes every credential it holds for the user; WebAuthn L3 §5.4
     * excludeCredentials), the user's stored credentials list none of them where the API can list them, and a fresh,
     * untampered authenticator then registers. Empty {@code refusedIds} skip the
     * first part, for procedures where the refused ID was legitimately stored before. The fresh authenticator is of
     * {@code tested}'s model and batch (no new attestation CA to make), but a test metadata model the metadata
     * speaks against is replaced by the profile's own AAGUID, which the metadata trusts.
     */
    Aftermath afterRegistration(RpSession session, String username, SimulatedDevice tested, Set<String> refusedIds) {
        return () -> {
            Answer options = session.registrationOptions(ceremonies.creationRequest(username));
            if (!options.jsonSuccess()) {
                return Optional.of(new Finding.Broken("refused, but registration options right after were refused: "
                        + Judge.describe(options)));
            }
            for (JsonNode excluded : options.body().path("excludeCredentials")) {
                String id = excluded.path("id").asString("");
                if (refusedIds.contains(id)) {
                    return Optional.of(new Finding.Broken(
                            "refused, but the credential was stored: it appears in excludeCredentials ("
                            + id + ")"));
                }
            }
            Optional<String> listed = listedAmong(session, refusedIds);
            if (listed.isPresent()) {
                return Optional.of(new Finding.Broken(
                        "refused, but the credential was stored: the user's passkeys list it ("
                        + listed.get() + ")"));
            }
            SimulatedDevice fresh = sameBatch(tested, Authenticators.trustedAaguid(run.setup(), tested.profile()),
                    run.seed("follow-up"));
            String response = ceremonies.create(fresh, options.optionsJson());
            Answer answer = session.registrationResult(response);
            if (answer.accepted()) {
                return Optional.empty();
            }
            String refused = "refused, but a correct registration right after was refused: " + Judge.describe(answer);
            Preconditions preconditions = new Preconditions(run);
            Optional<String> untrusted = preconditions.untrusted(response);
            if (untrusted.isPresent()) {
                return Optional.of(new Finding.Inconclusive(refused + "; " + untrusted.get() + preconditions.seeTwin()));
            }
            SimulatedDevice like = sameBatch(tested, Authenticators.trustedAaguid(run.setup(), tested.profile()),
                    run.seed("control"));
            Optional<String> control = preconditions.control(ceremonies, like);
            if (control.isEmpty()) {
                return Optional.of(new Finding.Broken(refused));
            }
            return Optional.of(new Finding.Inconclusive(refused + ", and so was one for a new user (" + control.get()
                    + "): the RP does not accept this authenticator's registrations, so this refusal says nothing"
                    + " about the check's rule" + preconditions.seeTwin()));
        };
    }


    /** The first of {@code ids} the session's stored credentials list, where it can list them. */
    static Optional<String> listedAmong(RpSession session, Set<String> ids) {
        Optional<Answer> stored = session.storedCredentials();
        if (ids.isEmpty() || stored.isEmpty() || !stored.get().accepted()) {
            return Optional.empty();
        }
        return stored.get().credentialIds().stream().filter(ids::contains).findFirst();
    }

    /**
     * After a refused sign-in: {@code before} (the user's device as it was before the tested step) signs in
     * correctly. Its counter is the one the refused assertion carried, so where the counter is visible an RP that let
     * the refused assertion move it refuses this one (WebAuthn L3 §7.2 step 22); {@code device} (the device as it is
     * now) then tells a moved counter from a broken RP.
     */
    Aftermath afterSignIn(RpSession session, String username, SimulatedDevice before, SimulatedDevice device) {
        return () -> {
            // compared before the follow-up moves the snapshot's counter
            boolean deviceMovedOn = counterVisible(before) && !counters(before).equals(counters(device));
            Optional<Answer> refused = signIn(session, username, before);
            if (refused.isEmpty()) {
                return Optional.empty();
            }
            if (deviceMovedOn && signIn(session, username, device).isEmpty()) {
                return Optional.of(new Finding.Broken(
                        "refused, but the refused assertion moved the sign counter: a correct assertion "
                        + "with the next counter was refused (" + Judge.describe(refused.get())
                        + "), one with a higher counter accepted"));
            }
            return Optional.of(new Finding.Broken("refused, but a correct sign-in right after was refused: "
                    + Judge.describe(refused.get())));
        };
    }

    /** A copy of {@code device} whose credentials and counters no longer move with it, for {@link #afterSignIn}. */
    static SimulatedDevice snapshot(SimulatedDevice device, long seed) {
        CredentialStore store = new CredentialStore();
        device.state().store().all().forEach(store::add);
        AuthenticatorState state = new AuthenticatorState(store, device.state().wrappingKey(),
                device.state().globalSignCount());
        return SimulatedDevice.of(DeviceSpec.of(device.profile()).continuingFrom(state)
                .withAttestationCa(device.attestationCa()).withSeed(seed));
    }

    /** A new device of {@code device}'s model and attestation batch: no credentials, no tamperings. */
    private static SimulatedDevice sameBatch(SimulatedDevice device, Bytes aaguid, long seed) {
        return SimulatedDevice.of(DeviceSpec.of(device.profile()).withAaguid(aaguid)
                .withAttestationCa(device.attestationCa()).withSeed(seed));
    }

    /** The registration response's {@code id} and {@code rawId}, and every credential {@code device} holds. */
    static Set<String> credentialIds(String responseJson, SimulatedDevice device) {
        Set<String> ids = new LinkedHashSet<>();
        try {
            JsonNode response = Ceremonies.JSON.readTree(responseJson);
            for (String member : List.of("id", "rawId")) {
                if (response.path(member).isString()) {
                    ids.add(response.path(member).asString());
                }
            }
        } catch (RuntimeException e) {
            // an edit may have broken the JSON; the device still knows what it made
        }
        device.state().store().all().forEach(c -> ids.add(c.credentialId().base64Url()));
        return ids;
    }

    /** The refusal of an untampered username-first sign-in, or empty when it was accepted. */
    private Optional<Answer> signIn(RpSession session, String username, SimulatedDevice device) {
        Answer options = session.authenticationOptions(username, Ceremonies.member(run.setup().userVerification()));
        if (!options.jsonSuccess()) {
            return Optional.of(options);
        }
        String response = ceremonies.get(device, options.optionsJson());
        Answer answer = session.authenticationResult(response);
        return answer.accepted() ? Optional.empty() : Optional.of(answer);
    }

    private static boolean counterVisible(SimulatedDevice device) {
        return device.profile().counterMode() != CounterMode.ALWAYS_ZERO;
    }

    private static List<Long> counters(SimulatedDevice device) {
        List<Long> counts = new java.util.ArrayList<>();
        counts.add(device.state().globalSignCount());
        device.state().store().all().stream().map(StoredCredential::signCount).forEach(counts::add);
        return counts;
    }
}
