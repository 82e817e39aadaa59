package dev.passkeyharness.rp.webauthn;

import com.webauthn4j.converter.exception.DataConversionException;
import com.webauthn4j.verifier.exception.BadAaguidException;
import com.webauthn4j.verifier.exception.BadAlgorithmException;
import com.webauthn4j.verifier.exception.BadAttestationStatementException;
import com.webauthn4j.verifier.exception.BadBackupEligibleFlagException;
import com.webauthn4j.verifier.exception.BadChallengeException;
import com.webauthn4j.verifier.exception.BadOriginException;
import com.webauthn4j.verifier.exception.BadRpIdException;
import com.webauthn4j.verifier.exception.BadSignatureException;
import com.webauthn4j.verifier.exception.BadTopOriginException;
import com.webauthn4j.verifier.exception.CertificateException;
import com.webauthn4j.verifier.exception.ConstraintViolationException;
import com.webauthn4j.verifier.exception.CredentialIdTooLongException;
import com.webauthn4j.verifier.exception.CrossOriginException;
import com.webauthn4j.verifier.exception.IllegalBackupStateException;
import com.webauthn4j.verifier.exception.InconsistentClientDataTypeException;
import com.webauthn4j.verifier.exception.KeyDescriptionValidationException;
import com.webauthn4j.verifier.exception.MaliciousCounterValueException;
import com.webauthn4j.verifier.exception.MissingChallengeException;
import com.webauthn4j.verifier.exception.NotAllowedAlgorithmException;
import com.webauthn4j.verifier.exception.NotAllowedCredentialIdException;
import com.webauthn4j.verifier.exception.PublicKeyMismatchException;
import com.webauthn4j.verifier.exception.SelfAttestationProhibitedException;
import com.webauthn4j.verifier.exception.TokenBindingException;
import com.webauthn4j.verifier.exception.TrustAnchorNotFoundException;
import com.webauthn4j.verifier.exception.UnexpectedExtensionException;
import com.webauthn4j.verifier.exception.UserNotPresentException;
import com.webauthn4j.verifier.exception.UserNotVerifiedException;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;

/** The one place that turns a webauthn4j failure into the rule it broke; nothing escapes unmapped. */
public final class RuleMapping {

    private RuleMapping() {
    }

    // First match wins; more specific types come before the ones they extend.
    private static final List<Map.Entry<Class<? extends Throwable>, Rule>> RULES = List.of(
            Map.entry(BadChallengeException.class, Rule.CHALLENGE),
            Map.entry(MissingChallengeException.class, Rule.CHALLENGE),
            Map.entry(BadOriginException.class, Rule.ORIGIN),
            Map.entry(CrossOriginException.class, Rule.CROSS_ORIGIN),
            Map.entry(BadTopOriginException.class, Rule.CROSS_ORIGIN),
            Map.entry(InconsistentClientDataTypeException.class, Rule.TYPE),
            Map.entry(TokenBindingException.class, Rule.TOKEN_BINDING),
            Map.entry(BadRpIdException.class, Rule.RP_ID_HASH),
            Map.entry(UserNotPresentException.class, Rule.USER_PRESENT),
            Map.entry(UserNotVerifiedException.class, Rule.USER_VERIFIED),
            Map.entry(IllegalBackupStateException.class, Rule.BACKUP_FLAGS),
            Map.entry(BadBackupEligibleFlagException.class, Rule.BACKUP_FLAGS),
            Map.entry(NotAllowedAlgorithmException.class, Rule.ALGORITHM),
            Map.entry(MaliciousCounterValueException.class, Rule.COUNTER),
            Map.entry(NotAllowedCredentialIdException.class, Rule.CREDENTIAL_NOT_ALLOWED),
            Map.entry(CredentialIdTooLongException.class, Rule.CREDENTIAL_ID_TOO_LONG),
            Map.entry(UnexpectedExtensionException.class, Rule.EXTENSIONS),
            Map.entry(SelfAttestationProhibitedException.class, Rule.ATTESTATION_UNTRUSTED),
            Map.entry(TrustAnchorNotFoundException.class, Rule.ATTESTATION_UNTRUSTED),
            Map.entry(CertificateException.class, Rule.ATTESTATION_UNTRUSTED),
            Map.entry(BadAlgorithmException.class, Rule.ATTESTATION_STATEMENT),
            Map.entry(BadAaguidException.class, Rule.ATTESTATION_STATEMENT),
            Map.entry(PublicKeyMismatchException.class, Rule.ATTESTATION_STATEMENT),
            Map.entry(KeyDescriptionValidationException.class, Rule.ATTESTATION_STATEMENT),
            Map.entry(BadAttestationStatementException.class, Rule.ATTESTATION_STATEMENT),
            Map.entry(ConstraintViolationException.class, Rule.MALFORMED),
            Map.entry(DataConversionException.class, Rule.MALFORMED),
            Map.entry(JacksonException.class, Rule.MALFORMED),
            Map.entry(IllegalArgumentException.class, Rule.MALFORMED));

    /** The rule {@code failure} stands for in the given ceremony. */
    public static Rule rule(Throwable failure, ChallengeStore.Purpose ceremony) {
        if (failure instanceof BadSignatureException) {
            // in a registration the only signature is the attestation statement's (WebAuthn L3 §8)
            return ceremony == ChallengeStore.Purpose.REGISTRATION ? Rule.ATTESTATION_STATEMENT : Rule.SIGNATURE;
        }
        for (Map.Entry<Class<? extends Throwable>, Rule> entry : RULES) {
            if (entry.getKey().isInstance(failure)) {
                return entry.getValue();
            }
        }
        return Rule.OTHER;
    }

    /** A message naming the rule and what webauthn4j saw. */
    public static String message(Throwable failure) {
        String detail = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        if (failure instanceof MaliciousCounterValueException) {
            return "signCount did not increase: possibly cloned authenticator (" + detail + ")";
        }
        return detail;
    }
}
