package dev.passkeyharness.rp.http;

import dev.passkeyharness.rp.json.StrictJson;
import io.javalin.http.Context;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Writing JSON answers. */
final class Json {

    private Json() {
    }

    static ObjectNode object() {
        return StrictJson.object();
    }

    static ObjectNode ok() {
        ObjectNode node = object();
        node.put("status", "ok");
        node.put("errorMessage", "");
        return node;
    }

    static ObjectNode failed(String message) {
        ObjectNode node = object();
        node.put("status", "failed");
        node.put("errorMessage", message);
        return node;
    }

    static void send(Context ctx, JsonNode node) {
        ctx.contentType("application/json");
        ctx.result(StrictJson.mapper().writeValueAsString(node));
    }
}
