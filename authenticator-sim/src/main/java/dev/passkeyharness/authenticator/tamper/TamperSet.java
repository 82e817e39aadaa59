package dev.passkeyharness.authenticator.tamper;

import co.nstant.in.cbor.model.Map;
import dev.passkeyharness.authenticator.Bytes;
import dev.passkeyharness.authenticator.attestation.AttestationCertificateSpec;
import dev.passkeyharness.authenticator.client.CollectedClientData;
import dev.passkeyharness.authenticator.ctap.AuthenticatorData;
import java.util.List;
import java.util.function.UnaryOperator;

/** The tamperings active for a run; each stage asks it to apply what concerns that stage, in the order given. */
public record TamperSet(List<Tampering> tamperings) {

    public static final TamperSet NONE = new TamperSet(List.of());

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
        CollectedClientData out = data;
        for (Tampering t : active(ceremony)) {
            if (t.action() instanceof TamperAction.EditClientData e) {
                out = e.edit().apply(out);
            }
        }
        return out;
    }

    public AuthenticatorData authenticatorData(Ceremony ceremony, AuthenticatorData data) {
        AuthenticatorData out = data;
        for (Tampering t : active(ceremony)) {
            if (t.action() instanceof TamperAction.EditAuthenticatorData e) {
                out = e.edit().apply(out);
            }
        }
        return out;
    }

    public boolean useUnrequestedAlgorithm() {
        return active(Ceremony.REGISTRATION).stream().anyMatch(t -> t.action() instanceof TamperAction.UseUnrequestedAlgorithm);
    }

    public Bytes signature(Ceremony ceremony, Bytes signature) {
        Bytes out = signature;
        for (Tampering t : active(ceremony)) {
            if (t.action() instanceof TamperAction.EditSignature e) {
                out = e.edit().apply(out);
            }
        }
        return out;
    }

    public UnaryOperator<AttestationCertificateSpec> attestationCertificate() {
        UnaryOperator<AttestationCertificateSpec> out = UnaryOperator.identity();
        for (Tampering t : active(Ceremony.REGISTRATION)) {
            if (t.action() instanceof TamperAction.EditAttestationCertificate e) {
                UnaryOperator<AttestationCertificateSpec> before = out;
                out = spec -> e.edit().apply(before.apply(spec));
            }
        }
        return out;
    }

    public Map attestationStatement(Map statement) {
        Map out = statement;
        for (Tampering t : active(Ceremony.REGISTRATION)) {
            if (t.action() instanceof TamperAction.EditAttestationStatement e) {
                out = e.edit().apply(out);
            }
        }
        return out;
    }

    public Bytes encoding(Ceremony ceremony, TamperAction.EncodedPart part, Bytes bytes) {
        Bytes out = bytes;
        for (Tampering t : active(ceremony)) {
            if (t.action() instanceof TamperAction.EditEncoding e && e.part() == part) {
                out = e.edit().apply(out);
            }
        }
        return out;
    }

    public Bytes responseField(Ceremony ceremony, TamperAction.ResponseField field, Bytes value) {
        Bytes out = value;
        for (Tampering t : active(ceremony)) {
            if (t.action() instanceof TamperAction.EditResponseField e && e.field() == field) {
                out = e.edit().apply(out);
            }
        }
        return out;
    }

    private List<Tampering> active(Ceremony ceremony) {
        return tamperings.stream().filter(t -> t.appliesTo(ceremony)).toList();
    }
}
