package dev.passkeyharness.conformance.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.passkeyharness.conformance.target.Api;
import dev.passkeyharness.conformance.target.EmbeddedTarget;

/** Debian's headless Chromium and an embedded reference RP, for the browser tests; skipped, saying why, without it. */
final class ChromiumAndRp implements AutoCloseable {

    final EmbeddedTarget rp;
    final ChromiumBrowser browser;

    private ChromiumAndRp(EmbeddedTarget rp, ChromiumBrowser browser) {
        this.rp = rp;
        this.browser = browser;
    }

    /** Starts both, or aborts the calling test class with how to install Chromium. */
    static ChromiumAndRp startOrSkip() {
        ChromiumInstall.DEBIAN.missing().ifPresent(problem -> assumeTrue(false,
                "browser tests need Chromium: " + problem));
        EmbeddedTarget rp = EmbeddedTarget.start(Api.ONBOARDING);
        try {
            return new ChromiumAndRp(rp, ChromiumBrowser.start(ChromiumInstall.DEBIAN));
        } catch (RuntimeException e) {
            rp.close();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            rp.close();
        }
    }
}
