package dev.passkeyharness.authenticator.client;

import dev.passkeyharness.authenticator.crypto.Sha256;
import dev.passkeyharness.authenticator.attestation.AttestationObject;
import dev.passkeyharness.authenticator.attestation.AttestationStatement;
import dev.passkeyharness.authenticator.ctap.Ctap2Authenticator;
import dev.passkeyharness.authenticator.ctap.CtapOptions;
import dev.passkeyharness.authenticator.ctap.GetAssertionRequest;
import dev.passkeyharness.authenticator.ctap.GetAssertionResponse;
import dev.passkeyharness.authenticator.ctap.MakeCredentialRequest;
import dev.passkeyharness.authenticator.ctap.MakeCredentialResponse;
import dev.passkeyharness.authenticator.ctap.PublicKeyCredentialDescriptor;
import dev.passkeyharness.authenticator.ctap.PublicKeyCredentialParameters;
import dev.passkeyharness.authenticator.ctap.PublicKeyCredentialRpEntity;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.data.Ceremony;
import dev.passkeyharness.authenticator.data.CollectedClientData;
import dev.passkeyharness.authenticator.profile.AuthenticatorProfile;
import dev.passkeyharness.authenticator.tamper.TamperAction.EncodedPart;
import dev.passkeyharness.authenticator.tamper.TamperAction.ResponseField;
import dev.passkeyharness.authenticator.tamper.TamperSet;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The browser's part of WebAuthn (WebAuthn L3 §5.1.3 create, §5.1.4 get): checks the RP ID against the page's
 * origin, builds clientDataJSON, speaks CTAP2 to one authenticator and returns the response JSON an RP receives.
 */
public final class WebAuthnClient {

    /** WebAuthn L3 §5.1.3 step 10: what an empty pubKeyCredParams means (ES256, RS256). */
    private static final List<PublicKeyCredentialParameters> DEFAULT_PARAMETERS =
            List.of(PublicKeyCredentialParameters.publicKey(-7), PublicKeyCredentialParameters.publicKey(-257));

    private final Ctap2Authenticator authenticator;
    private final CtapChannel ctap;
    private final String origin;
    private final TamperSet tamperings;
    private final String topOrigin;
    private final int accountIndex;

    WebAuthnClient(Ctap2Authenticator authenticator, String origin, TamperSet tamperings, String topOrigin, int accountIndex) {
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.ctap = new CtapChannel(authenticator);
        this.origin = Objects.requireNonNull(origin, "origin");
        this.tamperings = Objects.requireNonNull(tamperings, "tamperings");
        this.topOrigin = topOrigin;
        this.accountIndex = accountIndex;
    }

    public static WebAuthnClientBuilder builder(Ctap2Authenticator authenticator, String origin) {
        return new WebAuthnClientBuilder(authenticator, origin);
    }

    /** A client for a top-level page at {@code origin}, without tamperings, picking the first account. */
    public static WebAuthnClient of(Ctap2Authenticator authenticator, String origin) {
        return builder(authenticator, origin).build();
    }

    public String origin() {
        return origin;
    }

    public Optional<String> topOrigin() {
        return Optional.ofNullable(topOrigin);
    }

    public int accountIndex() {
        return accountIndex;
    }

    /** navigator.credentials.create() with PublicKeyCredentialCreationOptionsJSON (or a wrapper of it). */
    public RegistrationResponse create(String optionsJson) throws WebAuthnClientException {
        return create(CreationOptions.fromJson(optionsJson));
    }

    public RegistrationResponse create(CreationOptions options) throws WebAuthnClientException {
        // WebAuthn L3 §5.1.3 steps 7-8
        String rpId = RpIdValidator.validate(origin, options.rpId());
        List<PublicKeyCredentialParameters> params = credTypesAndPubKeyAlgs(options.pubKeyCredParams());
        AuthenticatorSelection selection = options.authenticatorSelection();
        AuthenticatorProfile profile = authenticator.profile();
        String attachment = selection.authenticatorAttachment();
        if (("platform".equals(attachment) || "cross-platform".equals(attachment)) && !attachment.equals(profile.attachment())) {
            // §5.1.3 step 22: an authenticator of the other attachment modality is not used
            throw notAllowed("the RP asked for a " + attachment + " authenticator, this one is " + profile.attachment());
        }
        AuthenticatorInfo info = ctap.getInfo();
        boolean rk = switch (selection.residentKey()) {
            case REQUIRED -> {
                if (!info.residentKeys()) {
                    // §5.1.3 step 22: an authenticator that cannot store a discoverable credential is not used
                    throw notAllowed("residentKey is required but the authenticator cannot store discoverable credentials");
                }
                yield true;
            }
            case PREFERRED -> info.residentKeys();
            case DISCOURAGED -> false;
        };
        boolean uv = userVerification(selection.userVerification(), info);

        Bytes clientDataJSON = clientDataJSON(CollectedClientData.TYPE_CREATE, options.challenge(), Ceremony.REGISTRATION);
        List<PublicKeyCredentialDescriptor> exclude = CredentialLists.fit(ctap, info, rpId,
                CredentialDescriptors.publicKeyOnly(options.excludeCredentials()));
        MakeCredentialRequest request = new MakeCredentialRequest(Sha256.of(clientDataJSON),
                new PublicKeyCredentialRpEntity(rpId, options.rpName()), options.user(), params,
                exclude.isEmpty() ? null : exclude, null, ctapOptions(rk ? Boolean.TRUE : null, uv), null, null, null);
        MakeCredentialResponse made = ctap.makeCredential(request);

        Bytes attestationObject = AttestationObject.encode(new AttestationStatement(made.fmt(), made.attStmt()), made.authData());
        Optional<AttestedCredential> credential = AttestedCredential.read(made.authData());
        Bytes credentialId = credential.map(AttestedCredential::credentialId).orElse(Bytes.EMPTY);
        // WebAuthn L3 §10.1.3 credProps: rk is known when it was requested or the device makes every credential discoverable
        Boolean credPropsRk = options.credProps() ? rk || info.residentKeys() && profile.alwaysDiscoverable() : null;
        Ceremony ceremony = Ceremony.REGISTRATION;
        return new RegistrationResponse(
                tamperings.responseField(ceremony, ResponseField.CREDENTIAL_ID, credentialId),
                tamperings.encoding(ceremony, EncodedPart.CLIENT_DATA_JSON, clientDataJSON),
                tamperings.encoding(ceremony, EncodedPart.ATTESTATION_OBJECT, attestationObject),
                tamperings.encoding(ceremony, EncodedPart.AUTHENTICATOR_DATA, made.authData()),
                profile.transports(),
                credential.flatMap(c -> SubjectPublicKeyInfos.fromCoseKey(c.credentialPublicKey())).orElse(null),
                credential.flatMap(AttestedCredential::algorithm).orElse(null),
                profile.attachment(),
                credPropsRk);
    }

    /** navigator.credentials.get() with PublicKeyCredentialRequestOptionsJSON (or a wrapper of it). */
    public AuthenticationResponse get(String optionsJson) throws WebAuthnClientException {
        return get(RequestOptions.fromJson(optionsJson));
    }

    public AuthenticationResponse get(RequestOptions options) throws WebAuthnClientException {
        // WebAuthn L3 §5.1.4.1 steps 6-7
        String rpId = RpIdValidator.validate(origin, options.rpId());
        List<PublicKeyCredentialDescriptor> allow = CredentialDescriptors.publicKeyOnly(options.allowCredentials());
        if (allow.isEmpty() && !options.allowCredentials().isEmpty()) {
            // §5.1.4.1 step 18: no listed credential is of a type this client knows
            throw notAllowed("allowCredentials lists no public-key credential");
        }
        AuthenticatorInfo info = ctap.getInfo();
        boolean uv = userVerification(options.userVerification(), info);
        List<PublicKeyCredentialDescriptor> fitted = CredentialLists.fit(ctap, info, rpId, allow);
        if (!allow.isEmpty() && fitted.isEmpty()) {
            // §5.1.4.1 step 18: the authenticator holds none of the listed credentials
            throw notAllowed("the authenticator holds none of the " + allow.size() + " credentials allowCredentials lists");
        }
        allow = fitted;

        Bytes clientDataJSON = clientDataJSON(CollectedClientData.TYPE_GET, options.challenge(), Ceremony.AUTHENTICATION);
        GetAssertionRequest request = new GetAssertionRequest(rpId, Sha256.of(clientDataJSON),
                allow.isEmpty() ? null : allow, null, ctapOptions(null, uv), null, null);
        GetAssertionResponse assertion = chooseAccount(ctap.getAssertion(request));

        Ceremony ceremony = Ceremony.AUTHENTICATION;
        Bytes userHandle = assertion.user() == null ? null
                : tamperings.responseField(ceremony, ResponseField.USER_HANDLE, assertion.user().id());
        return new AuthenticationResponse(
                tamperings.responseField(ceremony, ResponseField.CREDENTIAL_ID, assertion.credential().id()),
                tamperings.encoding(ceremony, EncodedPart.CLIENT_DATA_JSON, clientDataJSON),
                tamperings.encoding(ceremony, EncodedPart.AUTHENTICATOR_DATA, assertion.authData()),
                tamperings.encoding(ceremony, EncodedPart.SIGNATURE, assertion.signature()),
                userHandle,
                authenticator.profile().attachment());
    }

    /** CTAP 2.1 §6.3: the user's pick among several discoverable credentials, reached with getNextAssertion. */
    private GetAssertionResponse chooseAccount(GetAssertionResponse first) throws WebAuthnClientException {
        Integer count = first.numberOfCredentials();
        if (count == null || count <= 1 || accountIndex == 0) {
            return first;
        }
        if (accountIndex >= count) {
            throw notAllowed("account " + accountIndex + " was to be picked but only " + count + " match");
        }
        GetAssertionResponse chosen = first;
        for (int i = 0; i < accountIndex; i++) {
            chosen = ctap.getNextAssertion();
        }
        return chosen;
    }

    /** WebAuthn L3 §5.1.3 step 10: known types in the RP's order; the ES256/RS256 default when the list is empty. */
    private static List<PublicKeyCredentialParameters> credTypesAndPubKeyAlgs(List<PublicKeyCredentialParameters> given)
            throws WebAuthnClientException {
        if (given.isEmpty()) {
            return DEFAULT_PARAMETERS;
        }
        List<PublicKeyCredentialParameters> known = given.stream()
                .filter(p -> PublicKeyCredentialDescriptor.PUBLIC_KEY.equals(p.type()))
                .toList();
        if (known.isEmpty()) {
            throw new WebAuthnClientException(DomExceptionName.NotSupportedError, "pubKeyCredParams has no public-key entry");
        }
        return known;
    }

    /** WebAuthn L3 §6.3.2 / §6.3.3 requireUserVerification: required needs usable UV, preferred uses it when there. */
    private static boolean userVerification(UserVerificationRequirement requirement, AuthenticatorInfo info)
            throws WebAuthnClientException {
        return switch (requirement) {
            case REQUIRED -> {
                if (!info.userVerification()) {
                    throw notAllowed("user verification is required but the authenticator cannot verify the user");
                }
                yield true;
            }
            case PREFERRED -> info.userVerification();
            case DISCOURAGED -> false;
        };
    }

    /** CTAP 2.1 §6.1 / §6.2: options left at their defaults are not sent. */
    private static CtapOptions ctapOptions(Boolean rk, boolean uv) {
        return new CtapOptions(rk, null, uv ? Boolean.TRUE : null);
    }

    /** WebAuthn L3 §5.8.1: collect, let tamperings edit, serialize, let tamperings edit the text; the caller hashes. */
    private Bytes clientDataJSON(String type, String challenge, Ceremony ceremony) {
        CollectedClientData data = new CollectedClientData(type, challenge, origin, topOrigin != null, topOrigin, null);
        String json = ClientDataSerializer.toJson(tamperings.clientData(ceremony, data));
        return Bytes.of(tamperings.clientDataJson(ceremony, json).getBytes(StandardCharsets.UTF_8));
    }

    private static WebAuthnClientException notAllowed(String message) {
        return new WebAuthnClientException(DomExceptionName.NotAllowedError, message);
    }
}
