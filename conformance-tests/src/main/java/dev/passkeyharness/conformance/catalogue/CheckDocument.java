package dev.passkeyharness.conformance.catalogue;

import dev.passkeyharness.authenticator.tamper.edit.ResponseEdit;
import dev.passkeyharness.authenticator.json.StrictJson;
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
        if (!(check instanceof Check.SingleStep step)) {
            throw new IllegalArgumentException("a journey or browser check has no catalogue form: " + check.id());
        }
        ObjectNode node = MAPPER.createObjectNode();
        node.put(CheckFields.ID, check.id());
        node.put(CheckFields.TITLE, check.title());
        node.put(CheckFields.SPEC_REF, check.specRef());
        CheckFields.CEREMONY.write(node, check.ceremony());
        SetupFields.write(step.setup(), node.putObject(CheckFields.SETUP));
        ArrayNode tamperings = node.putArray(CheckFields.TAMPERINGS);
        ArrayNode edits = node.putArray(CheckFields.EDITS);
        ArrayNode assertions = node.putArray(CheckFields.ASSERTIONS);
        if (step instanceof Check.ResponseCheck response) {
            response.tamperings().forEach(tamperings::add);
            response.edits().forEach(edit -> edit(edit, edits.addObject()));
        } else if (step instanceof Check.Options options) {
            options.assertions().forEach(a -> assertions.add(CheckFields.ASSERTION.name(a)));
        }
        CheckFields.EXPECTED.write(node, check.expected());
        putIfSet(node, CheckFields.RULE, step.expectedRule());
        CheckFields.LEVEL.write(node, check.level());
        return node;
    }

    private static void edit(ResponseEdit edit, ObjectNode e) {
        CheckFields.EDIT_OP.write(e, edit.op());
        e.put(CheckFields.EDIT_POINTER, edit.pointer().text());
        if (edit.op() == ResponseEdit.Op.SET) {
            e.set(CheckFields.EDIT_VALUE, edit.value());
        }
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
}
