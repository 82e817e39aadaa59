package dev.passkeyharness.rp.webauthn;

import dev.passkeyharness.rp.json.StrictJson;
import dev.passkeyharness.rp.model.Account;
import dev.passkeyharness.rp.model.Passkey;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds PublicKeyCredentialCreationOptionsJSON and PublicKeyCredentialRequestOptionsJSON (WebAuthn L3 §5.1) from
 * the policy and an issued challenge, and their FIDO conformance API form.
 */
public final class CeremonyOptions {

    private final RelyingPartyPolicy policy;

    public CeremonyOptions(RelyingPartyPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** The requirement a ceremony runs with: the request's when it names one, the policy's otherwise. */
    public static UserVerification userVerification(RelyingPartyPolicy policy, UserVerification requested) {
        return requested != null ? requested : policy.userVerification();
    }

    /** Creation options for {@code account}; {@code existing} are its passkeys, sent as excludeCredentials. */
    public ObjectNode creation(ChallengeStore.Issued issued, Account account, List<Passkey> existing,
            CreationRequest request) {
        if (!(issued.context() instanceof CeremonyContext.Registration context)) {
            throw new IllegalArgumentException("the challenge was not issued for a registration");
        }
        if (!context.userHandle().equals(account.userHandle()) || context.accountId() != account.id()) {
            throw new IllegalArgumentException("the challenge was issued for another account");
        }
        ObjectNode options = StrictJson.object();
        options.put("challenge", issued.challenge());
        options.putObject("rp").put("id", policy.rpId()).put("name", policy.rpName());
        // WebAuthn L3 §5.4.3: user.id is the opaque user handle, never the username
        options.putObject("user").put("id", account.userHandle()).put("name", request.username())
                .put("displayName", request.displayName());
        ArrayNode params = options.putArray("pubKeyCredParams");
        policy.algorithms().forEach(alg -> params.addObject().put("type", "public-key").put("alg", alg));
        options.put("timeout", policy.challengeTimeout().toMillis());
        descriptors(options.putArray("excludeCredentials"), AllowedCredential.of(existing));
        ObjectNode selection = options.putObject("authenticatorSelection");
        if (request.authenticatorAttachment() != null) {
            selection.put("authenticatorAttachment", request.authenticatorAttachment());
        }
        selection.put("residentKey", request.residentKey());
        selection.put("requireResidentKey", "required".equals(request.residentKey()));
        selection.put("userVerification", context.userVerification().value());
        ArrayNode hints = options.putArray("hints");
        request.hints().forEach(hints::add);
        options.put("attestation", request.attestation() != null ? request.attestation() : policy.attestation());
        ObjectNode extensions = request.extensions() != null ? request.extensions() : StrictJson.object();
        // WebAuthn L3 §10.1.3: learn whether the credential is discoverable
        extensions.put("credProps", true);
        options.set("extensions", extensions);
        return options;
    }

    /** Request options; {@code allowed} is empty for a discoverable ceremony. */
    public ObjectNode request(ChallengeStore.Issued issued, List<AllowedCredential> allowed, AssertionRequest request) {
        if (!(issued.context() instanceof CeremonyContext.Authentication context)) {
            throw new IllegalArgumentException("the challenge was not issued for an authentication");
        }
        if (!context.allowCredentials().equals(allowed.stream().map(AllowedCredential::id).toList())) {
            throw new IllegalArgumentException("allowCredentials differ from those the challenge was issued with");
        }
        ObjectNode options = StrictJson.object();
        options.put("challenge", issued.challenge());
        options.put("timeout", policy.challengeTimeout().toMillis());
        options.put("rpId", policy.rpId());
        descriptors(options.putArray("allowCredentials"), allowed);
        options.put("userVerification", context.userVerification().value());
        options.putArray("hints");
        if (request != null && request.extensions() != null) {
            options.set("extensions", request.extensions());
        }
        return options;
    }

    /** The FIDO conformance API's response form: ServerResponse members first, then the options. */
    public static ObjectNode conformance(ObjectNode options) {
        ObjectNode out = StrictJson.object();
        out.put("status", "ok");
        out.put("errorMessage", "");
        out.setAll(options);
        return out;
    }

    private static void descriptors(ArrayNode array, List<AllowedCredential> credentials) {
        for (AllowedCredential p : credentials) {
            ObjectNode d = array.addObject().put("type", "public-key").put("id", p.id());
            if (!p.transports().isEmpty()) {
                ArrayNode t = d.putArray("transports");
                p.transports().forEach(t::add);
            }
        }
    }
}
