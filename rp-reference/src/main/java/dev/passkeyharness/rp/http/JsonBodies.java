package dev.passkeyharness.rp.http;

import dev.passkeyharness.rp.json.StrictJson;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The edge of every JSON endpoint: the body must be declared as JSON, come from an allowed Origin when the browser
 * names one, stay under the size limit and be one well-formed JSON object; otherwise a precise 4xx.
 */
public final class JsonBodies {

    /** Request bodies over 64 KiB are refused with 413. */
    public static final int MAX_BODY_BYTES = 64 * 1024;

    private final Set<String> allowedOrigins;

    public JsonBodies(Set<String> allowedOrigins) {
        this.allowedOrigins = Set.copyOf(allowedOrigins);
    }

    /**
     * Checks the request's Origin header: a cross-site request must not act for the session, and browsers name the
     * origin on every POST, PATCH and DELETE, so a state-changing request without one is refused too.
     */
    public void checkOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null) {
            throw new ApiException(403, "Send the Origin header; requests that change state must name their origin.",
                    null);
        }
        if (!allowedOrigins.contains(origin)) {
            throw new ApiException(403, "Requests from " + origin + " are not allowed.", null);
        }
    }

    /** The request body as a JSON object; an empty body without a Content-Type, or declared as JSON, reads as {}. */
    public JsonNode object(Context ctx) {
        checkOrigin(ctx);
        String length = ctx.header("Content-Length");
        if (length != null && tooLong(length)) {
            throw new ApiException(413, "The request body is larger than 64 KiB.", null);
        }
        String contentType = ctx.header("Content-Type");
        byte[] body = ctx.bodyAsBytes();
        if (body.length > MAX_BODY_BYTES) {
            throw new ApiException(413, "The request body is larger than 64 KiB.", null);
        }
        boolean json = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/json");
        // an empty body reads as {}, unless it is declared as something else: an empty HTML form acts for nobody
        if (contentType != null && !json || contentType == null && body.length > 0) {
            throw new ApiException(415, "Send the body as JSON (Content-Type: application/json).", null);
        }
        if (body.length == 0) {
            return StrictJson.object();
        }
        JsonNode node;
        try {
            node = StrictJson.mapper().readTree(body);
        } catch (JacksonException e) {
            throw ApiException.badRequest("The body is not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw ApiException.badRequest("The body must be a JSON object.");
        }
        return node;
    }

    /** A required string member. */
    public static String text(JsonNode body, String name) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            throw ApiException.badRequest("'" + name + "' is missing.");
        }
        if (!value.isString()) {
            throw ApiException.badRequest("'" + name + "' must be a string.");
        }
        return value.asString();
    }

    /** An optional string member, or {@code fallback}. */
    public static String optionalText(JsonNode body, String name, String fallback) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isString()) {
            throw ApiException.badRequest("'" + name + "' must be a string.");
        }
        return value.asString();
    }

    private static boolean tooLong(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > MAX_BODY_BYTES;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("Content-Length is not a number.");
        }
    }
}
