package dev.passkeyharness.rp.metadata;

import com.webauthn4j.metadata.data.MetadataBLOBPayloadEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A metadata BLOB after the processing rules: trusted with its entries, or refused with the reason. */
public sealed interface LoadedBlob {

    String name();

    /** Every entry of the BLOB, including ones whose authenticators the RP will refuse (by status). */
    List<MetadataBLOBPayloadEntry> entries();

    record Trusted(String name, LocalDate nextUpdate, List<MetadataBLOBPayloadEntry> entries) implements LoadedBlob {
        public Trusted {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(nextUpdate, "nextUpdate");
            entries = List.copyOf(entries);
        }
    }

    /** The entries are kept only so a refusal can say which untrusted BLOB listed an authenticator. */
    record Refused(String name, String reason, List<MetadataBLOBPayloadEntry> entries) implements LoadedBlob {
        public Refused {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(reason, "reason");
            entries = List.copyOf(entries);
        }
    }
}
