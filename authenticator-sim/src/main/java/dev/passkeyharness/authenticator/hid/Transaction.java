package dev.passkeyharness.authenticator.hid;

import java.time.Instant;

/** What the one busy channel is doing (CTAP 2.1 §11.2.5: one transaction at a time). */
sealed interface Transaction {

    int cid();

    /** The request is still arriving packet by packet. */
    record Receiving(MessageAssembly assembly) implements Transaction {
        @Override
        public int cid() {
            return assembly.cid();
        }
    }

    /** The authenticator works on a CTAPHID_CBOR request; {@code id} tells its answer from one that was abandoned. */
    record Processing(int cid, long id, Instant nextKeepalive) implements Transaction {
        Processing withNextKeepalive(Instant at) {
            return new Processing(cid, id, at);
        }
    }
}
