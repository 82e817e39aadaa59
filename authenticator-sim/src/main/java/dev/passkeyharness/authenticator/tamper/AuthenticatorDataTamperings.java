package dev.passkeyharness.authenticator.tamper;

import static dev.passkeyharness.authenticator.data.AuthenticatorData.AT;
import static dev.passkeyharness.authenticator.data.AuthenticatorData.BE;
import static dev.passkeyharness.authenticator.data.AuthenticatorData.BS;
import static dev.passkeyharness.authenticator.data.AuthenticatorData.ED;
import static dev.passkeyharness.authenticator.data.AuthenticatorData.UP;
import static dev.passkeyharness.authenticator.data.AuthenticatorData.UV;
import static dev.passkeyharness.authenticator.tamper.CeremonySets.AUTHENTICATION;
import static dev.passkeyharness.authenticator.tamper.CeremonySets.BOTH;
import static dev.passkeyharness.authenticator.tamper.CeremonySets.REGISTRATION;

import dev.passkeyharness.authenticator.crypto.Sha256;
import dev.passkeyharness.authenticator.data.AttestedCredentialData;
import dev.passkeyharness.authenticator.data.AuthenticatorData;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.data.Ceremony;
import dev.passkeyharness.authenticator.tamper.edit.ByteEdits;
import java.util.List;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.function.UnaryOperator;

/**
 * Tamperings of authenticator data (WebAuthn L3 §6.1), applied before signing: the signature is valid over the wrong
 * data, so only the RP's specific check can catch them.
 */
final class AuthenticatorDataTamperings {

    static final String FOREIGN_RP_ID = "evil.example";
    static final long MAX_SIGN_COUNT = 0xFFFFFFFFL;
    /** WebAuthn L3 §7.1: an RP rejects credential IDs longer than 1023 bytes. */
    static final int OVERSIZE_CREDENTIAL_ID_LENGTH = 1024;
    /** Not well-formed CBOR: 0xFF is a break outside an indefinite-length item, 0xFE a reserved simple value. */
    static final Bytes GARBAGE_EXTENSIONS = Bytes.fromHex("fffefd");

    private AuthenticatorDataTamperings() {
    }

    static List<Tampering> all() {
        return List.of(
                entry("authData.rpIdHash.wrong", BOTH, "rpIdHash is SHA-256 of " + FOREIGN_RP_ID,
                        "WebAuthn L3 §7.1, §7.2: rpIdHash check",
                        d -> d.withRpIdHash(Sha256.of(FOREIGN_RP_ID))),
                flags("authData.flags.up.cleared", BOTH, "UP cleared: the user was not present",
                        "WebAuthn L3 §7.1, §7.2: UP check", f -> f & ~UP),
                flags("authData.flags.uv.cleared", BOTH, "UV cleared although user verification was performed",
                        "WebAuthn L3 §7.1, §7.2: UV check when required", f -> f & ~UV),
                flags("authData.flags.uv.set", BOTH, "UV set although no user verification was performed",
                        "WebAuthn L3 §6.1 flags (UV); §7.1, §7.2: UV check", f -> f | UV),
                flags("authData.flags.bs-without-be", BOTH, "BS set while BE is clear",
                        "WebAuthn L3 §6.1.3; §7.1, §7.2: BE/BS consistency check", f -> (f | BS) & ~BE),
                flags("authData.flags.be.flipped", BOTH, "BE inverted: backup eligibility must not change for a credential",
                        "WebAuthn L3 §6.1.3 (BE is fixed at creation); §7.2: compare BE with the stored value",
                        f -> f ^ BE),
                flags("authData.flags.at.cleared", REGISTRATION, "AT cleared although attested credential data follows",
                        "WebAuthn L3 §6.1 flags (AT); §6.5.1; §7.1: parse authData", f -> f & ~AT),
                flags("authData.flags.at.set", AUTHENTICATION, "AT set in an assertion with no attested credential data",
                        "WebAuthn L3 §6.1 flags (AT); §6.3.3 step 8 (no AT in assertions)", f -> f | AT),
                flags("authData.flags.ed.set", BOTH, "ED set although no extension data follows",
                        "WebAuthn L3 §6.1 flags (ED); §7.1, §7.2: parse authData", f -> f | ED),
                entry("authData.counter.rollback", AUTHENTICATION,
                        "signCount 0 where it should have grown (caught once the RP stores a non-zero count)",
                        "WebAuthn L3 §7.2: signCount check; §6.1.1", d -> d.withSignCount(0)),
                entry("authData.counter.max", BOTH,
                        "signCount 4294967295, the 32-bit maximum; the RP must store it without overflow",
                        "WebAuthn L3 §6.1.1; §7.2: signCount check", d -> d.withSignCount(MAX_SIGN_COUNT)),
                attested("authData.credentialId.oversize", "a 1024-byte credential ID in the attested credential data",
                        "WebAuthn L3 §7.1: credentialId at most 1023 bytes",
                        a -> new AttestedCredentialData(a.aaguid(),
                                ByteEdits.other(a.credentialId(), OVERSIZE_CREDENTIAL_ID_LENGTH, "credential-id"),
                                a.credentialPublicKey())),
                attested("authData.aaguid.mismatch",
                        "AAGUID changed; a full attestation's certificate still names the device's own AAGUID",
                        "WebAuthn L3 §8.2.1 (id-fido-gen-ce-aaguid must match authData's aaguid)",
                        a -> new AttestedCredentialData(ByteEdits.other(a.aaguid(), "aaguid"), a.credentialId(),
                                a.credentialPublicKey())),
                new Tampering("authData.alg.unrequested", TamperStage.AUTHENTICATOR_DATA, REGISTRATION,
                        "the credential is made with an algorithm the RP did not list in pubKeyCredParams",
                        "WebAuthn L3 §7.1: alg of credentialPublicKey in pubKeyCredParams",
                        new TamperAction.UseUnrequestedAlgorithm()),
                attested("authData.credentialPublicKey.other",
                        "COSE key of another key of the same algorithm; the credential key still signs, so a packed "
                                + "self statement's sig does not verify with the key in authData",
                        "WebAuthn L3 §8.2 verification (self attestation: sig with credentialPublicKey)",
                        a -> new AttestedCredentialData(a.aaguid(), a.credentialId(),
                                CoseKeyEdits.otherKeySameAlgorithm(a.credentialPublicKey()))),
                entry("authData.extensions.garbage", BOTH, "ED set and extension bytes that are not CBOR",
                        "WebAuthn L3 §6.1 extensions (a CBOR map); §7.1, §7.2: parse authData",
                        d -> d.withFlags(d.flags() | ED).withExtensions(GARBAGE_EXTENSIONS)));
    }

    private static Tampering entry(String name, Set<Ceremony> ceremonies, String description, String specRef,
            UnaryOperator<AuthenticatorData> edit) {
        return new Tampering(name, TamperStage.AUTHENTICATOR_DATA, ceremonies, description, specRef,
                new TamperAction.EditAuthenticatorData(edit));
    }

    private static Tampering flags(String name, Set<Ceremony> ceremonies, String description, String specRef,
            IntUnaryOperator edit) {
        return entry(name, ceremonies, description, specRef, d -> d.withFlags(edit.applyAsInt(d.flags()) & 0xFF));
    }

    /** A registration-only edit of the attested credential data; authData without it passes unchanged. */
    private static Tampering attested(String name, String description, String specRef,
            UnaryOperator<AttestedCredentialData> edit) {
        return entry(name, REGISTRATION, description, specRef, d -> d.attestedCredentialData() == null ? d
                : d.withAttestedCredentialData(edit.apply(d.attestedCredentialData())));
    }
}
