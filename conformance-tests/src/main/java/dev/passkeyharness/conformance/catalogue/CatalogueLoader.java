package dev.passkeyharness.conformance.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads catalogue files strictly: each is a YAML list of checks; unknown fields, wrong types, unknown values and
 * duplicate ids across all files are refused with a {@code file:line:} message.
 */
public final class CatalogueLoader {

    private CatalogueLoader() {
    }

    /** Every check of {@code sources}, in file order. */
    public static List<Check> load(List<CatalogueFile> sources) {
        List<Check> checks = new ArrayList<>();
        Map<String, Check> byId = new HashMap<>();
        for (CatalogueFile source : sources) {
            for (Check check : read(source)) {
                Check earlier = byId.putIfAbsent(check.id(), check);
                if (earlier != null) {
                    int line = Integer.parseInt(check.source().substring(check.source().lastIndexOf(':') + 1));
                    throw new CatalogueException(source.name(), line,
                            "duplicate id '" + check.id() + "', first defined at " + earlier.source());
                }
                checks.add(check);
            }
        }
        return List.copyOf(checks);
    }

    private static List<Check> read(CatalogueFile source) {
        YamlNode document = YamlTreeReader.read(source.name(), source.text());
        if (!(document instanceof YamlNode.Sequence list)) {
            throw new CatalogueException(source.name(), document.line(),
                    "a catalogue file is a list of checks, not " + document.kind());
        }
        CheckParser parser = new CheckParser(source.name());
        return list.items().stream().map(parser::parse).toList();
    }
}
