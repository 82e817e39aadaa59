package dev.passkeyharness.authenticator.ctap;

import dev.passkeyharness.authenticator.crypto.Sha256;
import dev.passkeyharness.authenticator.crypto.Signatures;
import dev.passkeyharness.authenticator.data.AuthenticatorData;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.data.Ceremony;
import dev.passkeyharness.authenticator.store.StoredCredential;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** authenticatorGetAssertion and authenticatorGetNextAssertion (CTAP 2.1 §6.2, §6.3). */
final class GetAssertionHandler {

    /** CTAP 2.1 §6.2.2: the credential counter expires 30 seconds after the last assertion. */
    static final Duration NEXT_ASSERTION_WINDOW = Duration.ofSeconds(30);

    private final AuthenticatorContext ctx;
    private Pending pending;

    GetAssertionHandler(AuthenticatorContext ctx) {
        this.ctx = ctx;
    }

    /** What getNextAssertion continues with: the remaining credentials and the flags the first assertion established. */
    private record Pending(GetAssertionRequest request, List<CredentialResolver.Resolved> remaining,
            boolean up, boolean uv, Instant expires) {
    }

    GetAssertionResponse handle(GetAssertionRequest request) throws CtapException {
        pending = null;
        AuthenticatorContext.checkPinUvAuth(request.pinUvAuthParam(), request.pinUvAuthProtocol());
        CtapOptions options = request.options();
        if (options.rk() != null) {
            // CTAP 2.1 §6.2.2 step 5: rk is not a getAssertion option
            throw new CtapException(CtapStatus.CTAP2_ERR_UNSUPPORTED_OPTION, "rk is not a getAssertion option");
        }
        if (Boolean.TRUE.equals(options.uv()) && !ctx.uvAvailable()) {
            throw new CtapException(CtapStatus.CTAP2_ERR_INVALID_OPTION, "user verification is not available");
        }
        Bytes rpIdHash = Sha256.of(request.rpId());
        List<CredentialResolver.Resolved> candidates = locate(request, rpIdHash);
        boolean up = !Boolean.FALSE.equals(options.up());
        if (up) {
            ctx.user().requirePresence();
        }
        if (candidates.isEmpty()) {
            throw new CtapException(CtapStatus.CTAP2_ERR_NO_CREDENTIALS, "no credential for " + request.rpId());
        }
        boolean uv = Boolean.TRUE.equals(options.uv());
        boolean discoverableSearch = request.allowList() == null || request.allowList().isEmpty();
        Integer numberOfCredentials = discoverableSearch && candidates.size() > 1 ? candidates.size() : null;
        if (numberOfCredentials != null) {
            pending = new Pending(request, new ArrayList<>(candidates.subList(1, candidates.size())), up, uv,
                    ctx.clock().instant().plus(NEXT_ASSERTION_WINDOW));
        }
        return assertion(request, rpIdHash, candidates.get(0), up, uv, numberOfCredentials);
    }

    GetAssertionResponse next() throws CtapException {
        if (pending == null || pending.remaining().isEmpty()) {
            pending = null;
            throw new CtapException(CtapStatus.CTAP2_ERR_NOT_ALLOWED, "no getAssertion to continue");
        }
        if (ctx.clock().instant().isAfter(pending.expires())) {
            pending = null;
            throw new CtapException(CtapStatus.CTAP2_ERR_NOT_ALLOWED, "the getNextAssertion window has expired");
        }
        CredentialResolver.Resolved next = pending.remaining().remove(0);
        GetAssertionRequest request = pending.request();
        return assertion(request, Sha256.of(request.rpId()), next, pending.up(), pending.uv(), null);
    }

    /** Any other command ends a getNextAssertion sequence (CTAP 2.1 §6.3). */
    void interrupt() {
        pending = null;
    }

    private List<CredentialResolver.Resolved> locate(GetAssertionRequest request, Bytes rpIdHash) {
        List<CredentialResolver.Resolved> found = new ArrayList<>();
        if (request.allowList() != null && !request.allowList().isEmpty()) {
            for (PublicKeyCredentialDescriptor d : request.allowList()) {
                ctx.resolver().resolve(d, request.rpId(), rpIdHash).ifPresent(found::add);
                if (!found.isEmpty()) {
                    break;
                }
            }
            return found;
        }
        for (StoredCredential c : ctx.state().store().discoverable(request.rpId())) {
            found.add(new CredentialResolver.Resolved(c, c.keyPair()));
        }
        return found;
    }

    private GetAssertionResponse assertion(GetAssertionRequest request, Bytes rpIdHash,
            CredentialResolver.Resolved resolved, boolean up, boolean uv, Integer numberOfCredentials) {
        StoredCredential credential = resolved.credential();
        long signCount = ctx.counter().forAssertion(credential);
        int flags = (up ? AuthenticatorData.UP : 0)
                | (uv ? AuthenticatorData.UV : 0)
                | (credential.backupEligible() ? AuthenticatorData.BE : 0)
                | (credential.backupState() ? AuthenticatorData.BS : 0);
        AuthenticatorData authData = ctx.tamperings().authenticatorData(Ceremony.AUTHENTICATION,
                new AuthenticatorData(rpIdHash, flags, signCount, null, null));
        Bytes encoded = authData.encode();
        // WebAuthn L3 §6.3.3 step 11: sign authenticatorData ‖ clientDataHash
        byte[] signed = Bytes.concat(encoded.toByteArray(), request.clientDataHash().toByteArray()).toByteArray();
        Bytes signature = Bytes.of(Signatures.sign(resolved.key(), signed, ctx.random()));
        signature = ctx.tamperings().signature(Ceremony.AUTHENTICATION, signature);

        if (ctx.state().store().find(credential.credentialId()).isPresent()) {
            ctx.state().store().updateSignCount(credential.credentialId(), signCount);
        } else {
            ctx.state().store().add(credential.withSignCount(signCount));
        }
        PublicKeyCredentialUserEntity user = credential.discoverable()
                ? new PublicKeyCredentialUserEntity(credential.userHandle(), credential.userName(),
                        credential.userDisplayName())
                : null;
        return new GetAssertionResponse(PublicKeyCredentialDescriptor.publicKey(credential.credentialId()), encoded,
                signature, user, uv, numberOfCredentials);
    }
}
