package dev.passkeyharness.conformance.browser;

import dev.passkeyharness.conformance.catalogue.CatalogueFile;
import dev.passkeyharness.conformance.catalogue.YamlNode;
import dev.passkeyharness.conformance.catalogue.YamlTreeReader;
import dev.passkeyharness.conformance.catalogue.YamlFields;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a selectors file: one YAML mapping from {@link PageSelectors#DEFAULTS}' keys to page paths or CSS selectors;
 * keys left out keep the reference RP's value. Unknown keys and non-string values are refused with {@code file:line}
 * ({@code CatalogueException}).
 */
public final class SelectorsFile {

    private SelectorsFile() {
    }

    public static PageSelectors load(Path file) {
        return parse(CatalogueFile.of(file));
    }

    public static PageSelectors parse(CatalogueFile source) {
        YamlFields fields = new YamlFields(source.name());
        YamlNode.Mapping top = fields.mapping(YamlTreeReader.read(source.name(), source.text()), "a selectors file");
        fields.onlyKnown(top, PageSelectors.DEFAULTS.keySet(), "selectors file");
        Map<String, String> overrides = new LinkedHashMap<>();
        top.members().forEach((key, member) -> {
            String value = fields.string(member.value(), key);
            if (value.isBlank()) {
                throw fields.error(member.value().line(), key + " must not be blank");
            }
            if (key.endsWith("Page") && !value.startsWith("/")) {
                throw fields.error(member.value().line(), key + " is a path on the target and starts with '/'");
            }
            overrides.put(key, value);
        });
        return PageSelectors.withOverrides(overrides);
    }
}
