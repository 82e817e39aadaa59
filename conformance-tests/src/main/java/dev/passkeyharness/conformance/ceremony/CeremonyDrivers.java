package dev.passkeyharness.conformance.ceremony;

/** Where the CLI and the self-test get their {@link CeremonyDriver}: the one place the WebAuthn client is wired in. */
public final class CeremonyDrivers {

    static final String NOT_WIRED = "the WebAuthn client is not part of this build yet";

    private CeremonyDrivers() {
    }

    /**
     * The driver backed by {@code dev.passkeyharness.authenticator.client.WebAuthnClient}.
     *
     * <p>WIRING: until that class is merged this returns a driver that refuses every ceremony with NotSupportedError.
     * After the merge, replace the body with an adapter of this shape (adjusting to the client's real constructor):
     * <pre>{@code
     * return new CeremonyDriver() {
     *     public String create(CeremonyRequest r) throws CeremonyException {
     *         try {
     *             return client(r).create(r.optionsJson()).toJson();
     *         } catch (WebAuthnClientException e) {
     *             throw new CeremonyException(e.name(), e.getMessage(), e);
     *         }
     *     }
     *     public String get(CeremonyRequest r) throws CeremonyException {
     *         try {
     *             return client(r).get(r.optionsJson()).toJson();
     *         } catch (WebAuthnClientException e) {
     *             throw new CeremonyException(e.name(), e.getMessage(), e);
     *         }
     *     }
     *     private WebAuthnClient client(CeremonyRequest r) {
     *         return new WebAuthnClient(r.authenticator(), r.origin(), r.tamperings());
     *     }
     * };
     * }</pre>
     */
    public static CeremonyDriver webAuthnClient() {
        return new CeremonyDriver() {
            @Override
            public String create(CeremonyRequest request) throws CeremonyException {
                throw new CeremonyException("NotSupportedError", NOT_WIRED);
            }

            @Override
            public String get(CeremonyRequest request) throws CeremonyException {
                throw new CeremonyException("NotSupportedError", NOT_WIRED);
            }
        };
    }
}
