package dev.passkeyharness.conformance.ceremony;

/**
 * The browser's part of a ceremony as the CLI and the self-test need it: options JSON in, the W3C response JSON out.
 * {@link CeremonyDrivers#webAuthnClient()} supplies the implementation backed by the WebAuthn client.
 */
public interface CeremonyDriver {

    /** {@code navigator.credentials.create()}: returns RegistrationResponseJSON (WebAuthn L3 §5.1.8). */
    String create(CeremonyRequest request) throws CeremonyException;

    /** {@code navigator.credentials.get()}: returns AuthenticationResponseJSON (WebAuthn L3 §5.1.9). */
    String get(CeremonyRequest request) throws CeremonyException;
}
