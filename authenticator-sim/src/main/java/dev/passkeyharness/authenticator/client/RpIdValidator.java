package dev.passkeyharness.authenticator.client;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the caller's origin and an RP ID against it (WebAuthn L3 §5.1.3 steps 7-8, §5.1.4.1 steps 6-7; HTML "is a
 * registrable domain suffix of or is equal to").
 */
public final class RpIdValidator {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern IPV4 = Pattern.compile("[0-9]+(?:\\.[0-9]+){3}");

    /**
     * Multi-label public suffixes we know without the full Public Suffix List; every single-label name counts as a
     * public suffix too (the PSL's default rule "*").
     */
    private static final Set<String> PUBLIC_SUFFIXES = Set.of(
            "co.uk", "org.uk", "ac.uk", "gov.uk", "com.au", "net.au", "org.au", "co.jp", "ne.jp", "or.jp",
            "com.br", "com.cn", "co.nz", "co.in", "co.za", "com.mx", "com.tr",
            "github.io", "gitlab.io", "herokuapp.com", "appspot.com", "blogspot.com", "cloudfront.net",
            "azurewebsites.net", "pages.dev", "workers.dev", "vercel.app", "netlify.app", "web.app", "firebaseapp.com");

    private RpIdValidator() {
    }

    /** The origin's effective domain: its host, when the origin is a secure context with a valid domain. */
    public static String effectiveDomain(String origin) throws WebAuthnClientException {
        URI uri;
        try {
            uri = new URI(origin);
        } catch (URISyntaxException | NullPointerException e) {
            throw security("origin '" + origin + "' is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getRawAuthority() == null || uri.getRawUserInfo() != null || !uri.getRawPath().isEmpty()
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw security("origin '" + origin + "' must be scheme://host[:port] with nothing after it");
        }
        String host = uri.getHost();
        if (host == null || host.startsWith("[") || IPV4.matcher(host).matches()) {
            // WebAuthn L3 §5.1.3 step 7: the effective domain must be a valid domain, not an IP address
            throw security("origin '" + origin + "' has no valid domain (IP addresses are not allowed)");
        }
        String domain = normalize(host);
        if (domain == null) {
            throw security("origin '" + origin + "' has no valid domain");
        }
        boolean secure = scheme.equals("https") || scheme.equals("http") && isLocalhost(domain);
        if (!secure) {
            // WebAuthn L3 §5.1: the API exists only in secure contexts (https, or http on localhost)
            throw security("origin '" + origin + "' is not a secure context (https, or http for localhost only)");
        }
        return domain;
    }

    /** The RP ID to use: {@code rpId} when it is the effective domain or a registrable suffix of it, else the effective domain if null. */
    public static String validate(String origin, String rpId) throws WebAuthnClientException {
        String effectiveDomain = effectiveDomain(origin);
        if (rpId == null) {
            return effectiveDomain;
        }
        if (IPV4.matcher(rpId).matches() || rpId.contains(":")) {
            throw security("RP ID '" + rpId + "' is an IP address");
        }
        String normalized = normalize(rpId);
        if (normalized == null) {
            throw security("RP ID '" + rpId + "' is not a valid domain");
        }
        if (normalized.equals(effectiveDomain)) {
            return normalized;
        }
        if (!effectiveDomain.endsWith("." + normalized)) {
            throw security("RP ID '" + rpId + "' is not a registrable suffix of '" + effectiveDomain + "'");
        }
        if (isPublicSuffix(normalized)) {
            throw security("RP ID '" + rpId + "' is a public suffix");
        }
        return normalized;
    }

    static boolean isPublicSuffix(String domain) {
        return !domain.contains(".") || PUBLIC_SUFFIXES.contains(domain);
    }

    private static boolean isLocalhost(String domain) {
        return domain.equals("localhost") || domain.endsWith(".localhost");
    }

    /** The lowercase ASCII form of a domain, or null when it is not a valid domain. */
    private static String normalize(String domain) {
        String ascii;
        try {
            ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (ascii.isEmpty() || ascii.length() > 253) {
            return null;
        }
        for (String label : ascii.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                return null;
            }
        }
        return ascii;
    }

    private static WebAuthnClientException security(String message) {
        return new WebAuthnClientException(DomExceptionName.SecurityError, message);
    }
}
