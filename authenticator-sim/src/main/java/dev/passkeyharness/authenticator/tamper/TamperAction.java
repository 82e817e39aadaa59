package dev.passkeyharness.authenticator.tamper;

import co.nstant.in.cbor.model.Map;
import dev.passkeyharness.authenticator.attestation.AttestationCertificateSpec;
import dev.passkeyharness.authenticator.attestation.FormatEdits;
import dev.passkeyharness.authenticator.attestation.KeyDescription;
import dev.passkeyharness.authenticator.attestation.SafetyNetJws;
import dev.passkeyharness.authenticator.attestation.TpmsAttest;
import dev.passkeyharness.authenticator.attestation.TpmtPublic;
import dev.passkeyharness.authenticator.data.AuthenticatorData;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.data.CollectedClientData;
import java.util.function.UnaryOperator;

/** What a tampering does; each kind is applied by the one component that owns that stage. */
public sealed interface TamperAction {

    /** Changes the client data before the browser hashes it. */
    record EditClientData(UnaryOperator<CollectedClientData> edit) implements TamperAction {
    }

    /**
     * Changes the serialised clientDataJSON text before the browser hashes it, after the {@link EditClientData}
     * edits: for faults the client data record cannot express (a member removed, a value of another JSON type).
     */
    record EditClientDataJson(UnaryOperator<String> edit) implements TamperAction {
    }

    /** Changes authenticator data before the authenticator signs it. */
    record EditAuthenticatorData(UnaryOperator<AuthenticatorData> edit) implements TamperAction {
    }

    /** Makes the authenticator create the credential with an algorithm the RP did not list. */
    record UseUnrequestedAlgorithm() implements TamperAction {
    }

    /** Changes a signature after it was made. */
    record EditSignature(UnaryOperator<Bytes> edit) implements TamperAction {
    }

    /** Changes the attestation certificate before it is issued (so its chain still verifies). */
    record EditAttestationCertificate(UnaryOperator<AttestationCertificateSpec> edit) implements TamperAction {
    }

    /** Changes the tpm pubArea before its Name is certified (WebAuthn L3 §8.3). */
    record EditTpmPubArea(UnaryOperator<TpmtPublic> edit) implements TamperAction {
    }

    /** Changes the tpm certInfo before the AIK signs it (WebAuthn L3 §8.3). */
    record EditTpmCertInfo(UnaryOperator<TpmsAttest> edit) implements TamperAction {
    }

    /** Changes the android-key key description before the leaf is issued (WebAuthn L3 §8.4). */
    record EditKeyDescription(UnaryOperator<KeyDescription> edit) implements TamperAction {
    }

    /** Changes the apple nonce before the leaf is issued (WebAuthn L3 §8.8). */
    record EditAppleNonce(UnaryOperator<Bytes> edit) implements TamperAction {
    }

    /** Changes the android-safetynet response before the service signs it (WebAuthn L3 §8.5). */
    record EditSafetyNet(UnaryOperator<SafetyNetJws> edit) implements TamperAction {
    }

    /** The credential-bound leaf certifies (and signs with) another key than the credential's. */
    record CertifyOtherKey() implements TamperAction {
    }

    /** A fault in packed full attestation's chain or signer that no certificate field can express (WebAuthn L3 §8.2). */
    record FaultChain(FormatEdits.ChainFault fault) implements TamperAction {
    }

    /** Changes the attestation statement map after it was made. */
    record EditAttestationStatement(UnaryOperator<Map> edit) implements TamperAction {
    }

    /** Changes the bytes of one part of the response the client sends to the RP. */
    record EditEncoding(EncodedPart part, UnaryOperator<Bytes> edit) implements TamperAction {
    }

    /** Changes the response JSON's credential ID or user handle, leaving the signed data alone. */
    record EditResponseField(ResponseField field, UnaryOperator<Bytes> edit) implements TamperAction {
    }

    /** The encoded parts of a response JSON. */
    enum EncodedPart {
        ATTESTATION_OBJECT, AUTHENTICATOR_DATA, CLIENT_DATA_JSON, SIGNATURE
    }

    /** The identifying fields of a response JSON. */
    enum ResponseField {
        CREDENTIAL_ID, USER_HANDLE
    }
}
