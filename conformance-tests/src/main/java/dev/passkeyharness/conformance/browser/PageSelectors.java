package dev.passkeyharness.conformance.browser;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where a journey finds things on an RP's pages: three page paths and CSS selectors. The defaults are the reference
 * RP's; a selectors file ({@link SelectorsFile}) overrides any of them for another site.
 *
 * @param values every key of {@link #DEFAULTS}, each with a non-blank value
 */
public record PageSelectors(Map<String, String> values) {

    /** The reference RP's pages; the keys are the selectors file's vocabulary, in documentation order. */
    public static final Map<String, String> DEFAULTS = defaults();

    public static final PageSelectors REFERENCE_RP = new PageSelectors(DEFAULTS);

    public PageSelectors {
        Objects.requireNonNull(values, "values");
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        if (!values.keySet().equals(DEFAULTS.keySet())) {
            throw new IllegalArgumentException("selectors must name exactly " + DEFAULTS.keySet());
        }
        values.forEach((key, value) -> {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("selector " + key + " is blank");
            }
        });
    }

    /** The reference RP's selectors with {@code overrides} in their place. */
    public static PageSelectors withOverrides(Map<String, String> overrides) {
        Map<String, String> all = new LinkedHashMap<>(DEFAULTS);
        all.putAll(overrides);
        return new PageSelectors(all);
    }

    /** The value of {@code key}, one of {@link #DEFAULTS}' keys. */
    public String get(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("no selector " + key);
        }
        return value;
    }

    private static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("signupPage", "/signup");
        d.put("loginPage", "/login");
        d.put("accountPage", "/account");
        d.put("signupEmail", "#signup-form [name=email]");
        d.put("signupPassword", "#signup-form [name=password]");
        d.put("signupSubmit", "#signup-form [type=submit]");
        d.put("loginEmail", "#login-form [name=email]");
        d.put("loginPassword", "#login-form [name=password]");
        d.put("loginSubmit", "#login-form [type=submit]");
        d.put("passkeySignIn", "#passkey-signin");
        d.put("passkeyForEmail", "#passkey-for-email");
        d.put("passkeyPrompt", "#prompt");
        d.put("createPasskey", "#create-passkey");
        d.put("notNow", "#not-now");
        d.put("addPasskey", "#add-passkey");
        d.put("accountReady", "#email:not(:empty)");
        d.put("passkeyItem", "#passkeys > li");
        d.put("noPasskeys", "#no-passkeys");
        d.put("passkeyIdAttribute", "data-credential-id");
        d.put("deletePasskey", "button.danger");
        d.put("signOut", "#logout");
        d.put("successMessage", "#message.ok");
        d.put("errorMessage", "#message.error");
        return java.util.Collections.unmodifiableMap(d);
    }
}
