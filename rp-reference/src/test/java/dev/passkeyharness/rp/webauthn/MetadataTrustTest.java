package dev.passkeyharness.rp.webauthn;

import static dev.passkeyharness.rp.webauthn.Assertions2.accepted;
import static dev.passkeyharness.rp.webauthn.Assertions2.rejected;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.attestation.AttestationCa;
import dev.passkeyharness.authenticator.attestation.AttestationFormat;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.metadata.MetadataModels;
import dev.passkeyharness.authenticator.metadata.TestMetadata;
import dev.passkeyharness.authenticator.profile.AuthenticatorProfile;
import dev.passkeyharness.authenticator.profile.Profiles;
import dev.passkeyharness.rp.metadata.AuthenticatorMetadata;
import dev.passkeyharness.rp.metadata.MetadataException;
import dev.passkeyharness.rp.metadata.TestBlobs;
import dev.passkeyharness.rp.model.Account;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Registration against an RP whose attestation trust comes from the simulator's test metadata BLOBs. */
class MetadataTrustTest {

    private static AttestationCa ca;
    private static AuthenticatorMetadata metadata;
    private static long seed = 100;

    @BeforeAll
    static void metadata() throws MetadataException {
        ca = Device.ca(41);
        TestRp clockSource = new TestRp(TestRp.defaultPolicy());
        TestMetadata test = TestBlobs.create(ca, clockSource.clock.instant(), Set.of());
        metadata = TestBlobs.loadAll(test, clockSource.clock.instant());
    }

    private static TestRp rp(AuthenticatorMetadata with, List<X509Certificate> anchors) {
        return new TestRp(TestRp.defaultPolicy().withMetadata(with, anchors));
    }

    private static RegistrationResult register(TestRp rp, AuthenticatorProfile profile) throws Exception {
        Account account = rp.account("user" + seed + "@example.com");
        // a U2F device stores no discoverable credentials
        CreationRequest request = new CreationRequest(account.username(), account.displayName(),
                profile.residentKeys() ? "preferred" : "discouraged", null, null, null, null, List.of());
        return rp.register(Device.of(profile, seed++, ca).client(), account, request);
    }

    private static AuthenticatorProfile model(String name) {
        return Profiles.SECURITY_KEY.withAaguid(MetadataModels.byName(name).orElseThrow().aaguid());
    }

    @Test
    void listedProfilesAreAcceptedWithFullSelfAndNoneAttestation() throws Exception {
        TestRp rp = rp(metadata, List.of());
        accepted(register(rp, Profiles.SECURITY_KEY));
        accepted(register(rp, Profiles.SECURITY_KEY.withAttestation(AttestationFormat.PACKED_SELF)));
        accepted(register(rp, Profiles.PLATFORM_SYNCED));
    }

    /** FIDO Resp-5 P-3: the metadata lists the batch certificate itself, and x5c still carries its intermediate. */
    @Test
    void aBatchCertificateListedAsTheAttestationRootIsTrusted() throws Exception {
        accepted(register(rp(metadata, List.of()), model("batch-anchor")));
    }

    @Test
    void aU2fDeviceHasNoAaguidAndChainsToAPemAnchorOrIsUntrusted() throws Exception {
        accepted(register(rp(metadata, List.of(Device.root(ca))), Profiles.U2F_LEGACY));
        rejected(Rule.ATTESTATION_UNTRUSTED, register(rp(metadata, List.of()), Profiles.U2F_LEGACY));
    }

    @Test
    void anUnlistedAaguidIsUntrustedEvenWhenItsChainLeadsToAPemAnchor() throws Exception {
        TestRp rp = rp(metadata, List.of(Device.root(ca)));
        RegistrationResult result = register(rp, Profiles.SECURITY_KEY.withAaguid(Bytes.fromHex(
                "00112233445566778899aabbccddeeff")));
        rejected(Rule.ATTESTATION_UNTRUSTED, result);
        assertTrue(((RegistrationResult.Rejected) result).message().contains("in no metadata BLOB"), result.toString());
        rejected(Rule.ATTESTATION_UNTRUSTED, register(rp, Profiles.SECURITY_KEY.withAaguid(Bytes.fromHex(
                "00112233445566778899aabbccddeeff")).withAttestation(AttestationFormat.PACKED_SELF)));
    }

    @Test
    void aChainToAnotherRootThanTheListedOneIsUntrusted() throws Exception {
        rejected(Rule.ATTESTATION_UNTRUSTED, register(rp(metadata, List.of(Device.root(ca))), model("untrusted-root")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bad-signature-blob", "untrusted-chain-blob", "revoked-intermediate-blob",
            "revoked-signer-blob"})
    void aModelListedOnlyInARefusedBlobIsUntrustedAndTheMessageNamesTheBlob(String name) throws Exception {
        RegistrationResult result = register(rp(metadata, List.of()), model(name));
        rejected(Rule.ATTESTATION_UNTRUSTED, result);
        String message = ((RegistrationResult.Rejected) result).message();
        assertTrue(message.contains("not trusted") && message.contains(".jwt"), message);
    }

    @Test
    void aModelInAnExpiredBlobIsStale() throws Exception {
        rejected(Rule.METADATA_STALE, register(rp(metadata, List.of()), model("expired-blob")));
    }

    @Test
    void theValidBlobGoesStaleWhenTheClockPassesItsNextUpdate() throws Exception {
        TestRp rp = rp(metadata, List.of());
        rp.clock.advance(Duration.ofDays(TestMetadata.NEXT_UPDATE_DAYS + 1));
        rejected(Rule.METADATA_STALE, register(rp, Profiles.SECURITY_KEY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"revoked", "user-verification-bypass", "attestation-key-compromise",
            "user-key-remote-compromise", "user-key-physical-compromise"})
    void aCompromisedModelIsRefusedByItsStatus(String name) throws Exception {
        TestRp rp = rp(metadata, List.of());
        rejected(Rule.AUTHENTICATOR_STATUS, register(rp, model(name)));
        rejected(Rule.AUTHENTICATOR_STATUS, register(rp, model(name).withAttestation(AttestationFormat.PACKED_SELF)));
    }

    @Test
    void aRevokedProfileIsRefused() throws Exception {
        TestMetadata revoked = TestBlobs.create(ca, new TestRp(TestRp.defaultPolicy()).clock.instant(),
                Set.of(Profiles.SECURITY_KEY.aaguid()));
        TestRp rp = rp(TestBlobs.loadAll(revoked, rp(metadata, List.of()).clock.instant()), List.of());
        rejected(Rule.AUTHENTICATOR_STATUS, register(rp, Profiles.SECURITY_KEY));
        accepted(register(rp, Profiles.PLATFORM_SYNCED));
    }

    @Test
    void fullAttestationFromASelfOnlyModelHasTheWrongAttestationType() throws Exception {
        TestRp rp = rp(metadata, List.of());
        rejected(Rule.ATTESTATION_TYPE, register(rp, model("self-only")));
        accepted(register(rp, model("self-only").withAttestation(AttestationFormat.PACKED_SELF)));
    }
}
