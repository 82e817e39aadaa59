package dev.passkeyharness.rp.http;

import io.javalin.http.Context;

/** The response headers every answer carries, pages, scripts and API alike. */
final class SecurityHeaders {

    /**
     * Scripts and styles only from the RP's own files (the pages have no inline script), no plug-ins, no framing by
     * any site, and fetches only to the RP itself.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
            + " frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        // for browsers older than CSP's frame-ancestors
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        if (ctx.path().startsWith("/api/") || ctx.path().startsWith("/attestation/")
                || ctx.path().startsWith("/assertion/")) {
            // answers about a signed-in user are never kept by a shared cache
            ctx.header("Cache-Control", "no-store");
        }
    }
}
