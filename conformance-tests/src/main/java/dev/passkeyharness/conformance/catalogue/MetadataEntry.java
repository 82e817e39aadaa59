package dev.passkeyharness.conformance.catalogue;

import dev.passkeyharness.authenticator.metadata.MetadataModel;
import java.util.Objects;

/** How the run's metadata lists a check's device; with either, the check needs a target that trusts the run's CA. */
public sealed interface MetadataEntry {

    /** The profile's own AAGUID, as the run's metadata lists it. */
    record Listed() implements MetadataEntry {
    }

    /** A test metadata model whose AAGUID the device takes. */
    record Model(MetadataModel model) implements MetadataEntry {
        public Model {
            Objects.requireNonNull(model, "model");
        }
    }
}
