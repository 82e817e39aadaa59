package dev.passkeyharness.conformance.catalogue;

import java.util.List;

/** Where the runner gets its checks: the YAML catalogue, or a fixed list. */
public interface CatalogueSource {

    /** Every check, in catalogue order; throws IllegalArgumentException naming the problem when the source is bad. */
    List<Check> load();
}
