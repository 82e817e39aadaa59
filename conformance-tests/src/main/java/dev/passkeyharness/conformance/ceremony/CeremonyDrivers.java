package dev.passkeyharness.conformance.ceremony;

import dev.passkeyharness.authenticator.client.WebAuthnClient;
import dev.passkeyharness.authenticator.client.WebAuthnClientException;

/** Where the CLI and the self-test get their {@link CeremonyDriver}: the one place the WebAuthn client is wired in. */
public final class CeremonyDrivers {

    private CeremonyDrivers() {
    }

    /** The driver backed by {@link WebAuthnClient}, the browser's part of the authenticator module. */
    public static CeremonyDriver webAuthnClient() {
        return new CeremonyDriver() {
            @Override
            public String create(CeremonyRequest request) throws CeremonyException {
                try {
                    return client(request).create(request.optionsJson()).toJson();
                } catch (WebAuthnClientException e) {
                    throw new CeremonyException(e.name().toString(), e.detail(), e);
                }
            }

            @Override
            public String get(CeremonyRequest request) throws CeremonyException {
                try {
                    return client(request).get(request.optionsJson()).toJson();
                } catch (WebAuthnClientException e) {
                    throw new CeremonyException(e.name().toString(), e.detail(), e);
                }
            }
        };
    }

    private static WebAuthnClient client(CeremonyRequest request) {
        return WebAuthnClient.builder(request.authenticator(), request.origin()).tamperings(request.tamperings()).build();
    }
}
