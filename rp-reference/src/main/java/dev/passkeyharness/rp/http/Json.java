package dev.passkeyharness.rp.http;

import io.javalin.http.Context;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Writing JSON answers. */
final class Json {

    private Json() {
    }

    static ObjectNode object() {
        return JsonBodies.MAPPER.createObjectNode();
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
        ctx.result(JsonBodies.MAPPER.writeValueAsString(node));
    }
}
