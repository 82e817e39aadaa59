package dev.passkeyharness.authenticator.tamper;

import co.nstant.in.cbor.model.Map;
import dev.passkeyharness.authenticator.attestation.AttestationCertificateSpec;
import dev.passkeyharness.authenticator.attestation.FormatFault;
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

    /** A fault inside one attestation format's own structures, which that format makes before signing. */
    record FaultFormat(FormatFault fault) implements TamperAction {
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
