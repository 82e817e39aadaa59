package dev.passkeyharness.conformance.browser;

import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A script installed in every page of a journey before the page's own: it wraps navigator.credentials.create() and
 * get() and keeps in sessionStorage how the last call ended, so a journey can tell the browser's refusal (a
 * DOMException name, WebAuthn L3 §5.1.3-5.1.4) from the RP's, whatever the page then shows.
 */
final class CeremonyProbe {

    private static final String KEY = "passkey-harness.ceremony";

    static final String SCRIPT = """
            (() => {
              const container = navigator.credentials;
              if (!container) return;
              for (const op of ["create", "get"]) {
                const original = container[op].bind(container);
                container[op] = (options) => original(options).then((credential) => {
                  sessionStorage.setItem("%1$s", JSON.stringify({ op, ok: true }));
                  return credential;
                }, (error) => {
                  sessionStorage.setItem("%1$s", JSON.stringify({ op, ok: false,
                    name: String(error && error.name), message: String(error && error.message) }));
                  throw error;
                });
              }
            })();
            """.formatted(KEY);

    /** How the last WebAuthn call of this tab ended. */
    record Call(String op, boolean ok, String name, String message) {
    }

    private CeremonyProbe() {
    }

    static void clear(JavascriptExecutor page) {
        page.executeScript("sessionStorage.removeItem(arguments[0]);", KEY);
    }

    /** The last call since {@link #clear}, if any. */
    @SuppressWarnings("unchecked")
    static Optional<Call> last(JavascriptExecutor page) {
        Object value = page.executeScript("const v = sessionStorage.getItem(arguments[0]);"
                + " return v ? JSON.parse(v) : null;", KEY);
        if (!(value instanceof Map)) {
            return Optional.empty();
        }
        Map<String, Object> call = (Map<String, Object>) value;
        return Optional.of(new Call(String.valueOf(call.get("op")), Boolean.TRUE.equals(call.get("ok")),
                (String) call.get("name"), (String) call.get("message")));
    }
}
