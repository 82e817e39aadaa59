package dev.passkeyharness.authenticator.ctap;

import co.nstant.in.cbor.model.Map;
import dev.passkeyharness.authenticator.crypto.Sha256;
import dev.passkeyharness.authenticator.attestation.AttestationInput;
import dev.passkeyharness.authenticator.attestation.AttestationStatement;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.crypto.CredentialKeyPair;
import dev.passkeyharness.authenticator.crypto.KeyPairGeneration;
import dev.passkeyharness.authenticator.data.AttestedCredentialData;
import dev.passkeyharness.authenticator.data.AuthenticatorData;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.data.Ceremony;
import dev.passkeyharness.authenticator.store.CredentialIdWrapper;
import dev.passkeyharness.authenticator.store.StoredCredential;
import java.util.Optional;

/** authenticatorMakeCredential (CTAP 2.1 §6.1.2). Nothing is stored unless the whole command succeeds. */
final class MakeCredentialHandler {

    static final int DISCOVERABLE_ID_LENGTH = 32;

    private final AuthenticatorContext ctx;

    MakeCredentialHandler(AuthenticatorContext ctx) {
        this.ctx = ctx;
    }

    MakeCredentialResponse handle(MakeCredentialRequest request) throws CtapException {
        AuthenticatorContext.checkPinUvAuth(request.pinUvAuthParam(), request.pinUvAuthProtocol());
        CoseAlgorithm algorithm = selectAlgorithm(request);
        if (request.enterpriseAttestation() != null) {
            // CTAP 2.1 §6.1.2 step 9: not enterprise attestation capable
            throw new CtapException(CtapStatus.CTAP1_ERR_INVALID_PARAMETER, "enterprise attestation is not supported");
        }
        CtapOptions options = request.options();
        if (Boolean.TRUE.equals(options.rk()) && !ctx.profile().residentKeys()) {
            throw new CtapException(CtapStatus.CTAP2_ERR_UNSUPPORTED_OPTION, "resident keys are not supported");
        }
        if (Boolean.FALSE.equals(options.up())) {
            // CTAP 2.1 §6.1.2 step 5: makeCredential always needs user presence
            throw new CtapException(CtapStatus.CTAP2_ERR_INVALID_OPTION, "up=false is not allowed for makeCredential");
        }
        if (Boolean.TRUE.equals(options.uv()) && !ctx.uvAvailable()) {
            throw new CtapException(CtapStatus.CTAP2_ERR_INVALID_OPTION, "user verification is not available");
        }
        String rpId = request.rp().id();
        Bytes rpIdHash = Sha256.of(rpId);
        if (request.excludeList() != null) {
            for (PublicKeyCredentialDescriptor excluded : request.excludeList()) {
                if (ctx.resolver().resolve(excluded, rpId, rpIdHash).isPresent()) {
                    ctx.user().requirePresence();
                    // CTAP 2.1 §6.1.2 step 7: a listed credential already lives here
                    throw new CtapException(CtapStatus.CTAP2_ERR_CREDENTIAL_EXCLUDED, "credential in excludeList exists");
                }
            }
        }
        ctx.user().requirePresence();
        boolean uv = Boolean.TRUE.equals(options.uv());
        boolean discoverable = ctx.profile().residentKeys()
                && (Boolean.TRUE.equals(options.rk()) || ctx.profile().alwaysDiscoverable());
        PublicKeyCredentialUserEntity user = request.user();
        if (discoverable && ctx.remainingDiscoverableCredentials() == 0
                && !ctx.state().store().holdsDiscoverable(rpId, user.id())) {
            // CTAP 2.1 §6.1.2 step 17: no storage for a new credential; overwriting one for the same account needs none
            throw new CtapException(CtapStatus.CTAP2_ERR_KEY_STORE_FULL, "all "
                    + ctx.profile().discoverableCredentialCapacity() + " discoverable credential slots are taken");
        }

        byte[] keySeed = new byte[CredentialIdWrapper.KEY_SEED_LENGTH];
        ctx.random().nextBytes(keySeed);
        CredentialKeyPair key = KeyPairGeneration.fromSeed(algorithm, keySeed);
        Bytes credentialId = discoverable
                ? randomBytes(DISCOVERABLE_ID_LENGTH)
                : new CredentialIdWrapper(ctx.state().wrappingKey()).wrap(algorithm, keySeed, rpIdHash, ctx.random());

        long signCount = ctx.counter().forNewCredential();
        int flags = AuthenticatorData.UP | AuthenticatorData.AT
                | (uv ? AuthenticatorData.UV : 0)
                | (ctx.profile().backupEligible() ? AuthenticatorData.BE : 0)
                | (ctx.profile().backupState() ? AuthenticatorData.BS : 0);
        AuthenticatorData authData = new AuthenticatorData(rpIdHash, flags, signCount,
                new AttestedCredentialData(ctx.profile().aaguid(), credentialId, key.coseKey()), null);
        authData = ctx.tamperings().authenticatorData(Ceremony.REGISTRATION, authData);

        AttestationStatement statement = ctx.attestation().attest(new AttestationInput(authData,
                request.clientDataHash(), key, ctx.random(), ctx.tamperings().attestationCertificate(),
                ctx.profile().aaguid(), ctx.tamperings().formatFaults()));
        Map attStmt = ctx.tamperings().signedAttestationStatement(statement.attStmt());

        ctx.state().store().add(new StoredCredential(credentialId, rpId, user.id(), user.name(), user.displayName(),
                algorithm, key.pkcs8(), signCount, discoverable, ctx.profile().backupEligible(),
                ctx.profile().backupState(), ctx.profile().aaguid()));
        return new MakeCredentialResponse(statement.fmt(), authData.encode(), attStmt, null);
    }

    /** CTAP 2.1 §6.1.2 step 3: the first supported entry of pubKeyCredParams wins. */
    private CoseAlgorithm selectAlgorithm(MakeCredentialRequest request) throws CtapException {
        if (ctx.tamperings().useUnrequestedAlgorithm()) {
            Optional<CoseAlgorithm> unrequested = ctx.profile().algorithms().stream()
                    .filter(a -> request.pubKeyCredParams().stream().noneMatch(p -> p.alg() == a.coseId()))
                    .findFirst();
            if (unrequested.isPresent()) {
                return unrequested.get();
            }
        }
        for (PublicKeyCredentialParameters p : request.pubKeyCredParams()) {
            if (!PublicKeyCredentialDescriptor.PUBLIC_KEY.equals(p.type())) {
                continue;
            }
            Optional<CoseAlgorithm> alg = CoseAlgorithm.fromCoseId(p.alg()).filter(ctx.profile().algorithms()::contains);
            if (alg.isPresent()) {
                return alg.get();
            }
        }
        throw new CtapException(CtapStatus.CTAP2_ERR_UNSUPPORTED_ALGORITHM, "no supported algorithm in pubKeyCredParams");
    }

    private Bytes randomBytes(int length) {
        byte[] out = new byte[length];
        ctx.random().nextBytes(out);
        return Bytes.of(out);
    }
}
