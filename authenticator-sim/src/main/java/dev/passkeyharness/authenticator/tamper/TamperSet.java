package dev.passkeyharness.authenticator.tamper;

import co.nstant.in.cbor.model.ByteString;
import co.nstant.in.cbor.model.Map;
import dev.passkeyharness.authenticator.attestation.AttestationCertificateSpec;
import dev.passkeyharness.authenticator.attestation.FormatFaults;
import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.data.AuthenticatorData;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.data.Ceremony;
import dev.passkeyharness.authenticator.data.CollectedClientData;
import dev.passkeyharness.authenticator.tamper.edit.CborEdits;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** The tamperings active for a run; each stage asks it to apply what concerns that stage, in the order given. */
public record TamperSet(List<Tampering> tamperings) {

    public static final TamperSet NONE = new TamperSet(List.of());
    // WebAuthn L3 §8.2-§8.8: the attStmt member that holds the attestation signature
    private static final String SIG = "sig";

    public TamperSet {
        tamperings = List.copyOf(tamperings);
    }

    public static TamperSet of(Tampering... tamperings) {
        return new TamperSet(List.of(tamperings));
    }

    public boolean isEmpty() {
        return tamperings.isEmpty();
    }

    public CollectedClientData clientData(Ceremony ceremony, CollectedClientData data) {
        return fold(ceremony, TamperAction.EditClientData.class, e -> true, e -> e.edit(), data);
    }

    /** The serialised clientDataJSON after its text edits, which the client then hashes. */
    public String clientDataJson(Ceremony ceremony, String json) {
        return fold(ceremony, TamperAction.EditClientDataJson.class, e -> true, e -> e.edit(), json);
    }

    public AuthenticatorData authenticatorData(Ceremony ceremony, AuthenticatorData data) {
        return fold(ceremony, TamperAction.EditAuthenticatorData.class, e -> true, e -> e.edit(), data);
    }

    public boolean useUnrequestedAlgorithm() {
        return active(Ceremony.REGISTRATION).stream().anyMatch(t -> t.action() instanceof TamperAction.UseUnrequestedAlgorithm);
    }

    public Bytes signature(Ceremony ceremony, Bytes signature) {
        return fold(ceremony, TamperAction.EditSignature.class, e -> true, e -> e.edit(), signature);
    }

    /** The certificate edits composed in order, for the attestation format to apply before issuing. */
    public UnaryOperator<AttestationCertificateSpec> attestationCertificate() {
        return spec -> fold(Ceremony.REGISTRATION, TamperAction.EditAttestationCertificate.class, e -> true,
                e -> e.edit(), spec);
    }

    /** The faults inside format-specific structures, in order, for the attestation format to make. */
    public FormatFaults formatFaults() {
        return new FormatFaults(active(Ceremony.REGISTRATION).stream().map(Tampering::action)
                .filter(TamperAction.FaultFormat.class::isInstance)
                .map(a -> ((TamperAction.FaultFormat) a).fault()).toList());
    }

    public Map attestationStatement(Map statement) {
        return fold(Ceremony.REGISTRATION, TamperAction.EditAttestationStatement.class, e -> true, e -> e.edit(),
                statement);
    }

    /**
     * The attStmt the authenticator returns for the one it made: its sig after the signature stage, then the
     * statement after the attestation statement stage.
     */
    public Map signedAttestationStatement(Map statement) {
        return attestationStatement(attestationSignature(statement));
    }

    /** A statement's sig after the registration's signature edits; a statement without sig stays as it is. */
    private Map attestationSignature(Map statement) {
        if (!(statement.get(Cbor.text(SIG)) instanceof ByteString sig)) {
            return statement;
        }
        Bytes original = Bytes.of(sig.getBytes());
        Bytes tampered = signature(Ceremony.REGISTRATION, original);
        return tampered.equals(original) ? statement : CborEdits.copyWith(statement, SIG, Cbor.bytes(tampered.toByteArray()));
    }

    public Bytes encoding(Ceremony ceremony, TamperAction.EncodedPart part, Bytes bytes) {
        return fold(ceremony, TamperAction.EditEncoding.class, e -> e.part() == part, e -> e.edit(), bytes);
    }

    public Bytes responseField(Ceremony ceremony, TamperAction.ResponseField field, Bytes value) {
        return fold(ceremony, TamperAction.EditResponseField.class, e -> e.field() == field, e -> e.edit(), value);
    }

    /** Applies, in order, the edits of one action kind that are active for the ceremony and selected. */
    private <A extends TamperAction, T> T fold(Ceremony ceremony, Class<A> kind, Predicate<A> selected,
            Function<A, UnaryOperator<T>> edit, T value) {
        T out = value;
        for (Tampering t : active(ceremony)) {
            if (kind.isInstance(t.action())) {
                A action = kind.cast(t.action());
                if (selected.test(action)) {
                    out = edit.apply(action).apply(out);
                }
            }
        }
        return out;
    }

    private List<Tampering> active(Ceremony ceremony) {
        return tamperings.stream().filter(t -> t.appliesTo(ceremony)).toList();
    }
}
