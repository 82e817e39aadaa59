package dev.passkeyharness.conformance.catalogue;

import dev.passkeyharness.authenticator.json.StrictJson;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A catalogue check as a stand-alone document in the catalogue's own fields, and back: what a transcript carries, so
 * an edited check is validated exactly like a catalogue entry. Journey checks (scenarios) have no such form.
 */
public final class CheckDocument {

    private static final JsonMapper MAPPER = StrictJson.mapper();

    private CheckDocument() {
    }

    /** The check in catalogue fields (id, title, specRef, ceremony, setup, tamperings, edits, …). */
    public static ObjectNode toJson(Check check) {
        if (check.ceremony() == CheckCeremony.JOURNEY || check.ceremony() == CheckCeremony.BROWSER) {
            throw new IllegalArgumentException("a journey or browser check has no catalogue form: " + check.id());
        }
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", check.id());
        node.put("title", check.title());
        node.put("specRef", check.specRef());
        node.put("ceremony", lower(check.ceremony()));
        ObjectNode setup = node.putObject("setup");
        Setup s = check.setup();
        setup.put("profile", s.profile());
        putIfSet(setup, "algorithm", s.algorithm());
        putIfSet(setup, "attestation", s.attestation());
        putIfSet(setup, "userVerification", s.userVerification());
        putIfSet(setup, "residentKey", s.residentKey());
        putIfSet(setup, "attestationConveyance", s.attestationConveyance());
        setup.put("signInsBefore", s.signInsBefore());
        setup.put("procedure", lower(s.procedure()));
        putIfSet(setup, "metadata", s.metadata());
        ArrayNode tamperings = node.putArray("tamperings");
        check.tamperings().forEach(tamperings::add);
        ArrayNode edits = node.putArray("edits");
        for (ResponseEdit edit : check.edits()) {
            ObjectNode e = edits.addObject();
            e.put("op", edit.op().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            e.put("pointer", edit.pointer());
            if (edit.op() == ResponseEdit.Op.SET) {
                e.set("value", edit.value());
            }
        }
        ArrayNode assertions = node.putArray("assertions");
        check.optionsAssertions().forEach(assertions::add);
        node.put("expected", lower(check.expected()));
        putIfSet(node, "rule", check.expectedRule());
        node.put("level", lower(check.level()));
        return node;
    }

    /**
     * Reads one check the way the catalogue reads its entries; {@code file} names it in errors.
     *
     * @throws CatalogueException with {@code file:line:} when the check is not one the catalogue would accept
     */
    public static Check parse(String file, YamlNode node) {
        return new CheckParser(file).parse(node);
    }

    private static void putIfSet(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
