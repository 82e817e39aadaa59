package dev.passkeyharness.authenticator.hid;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The channels CTAPHID_INIT has handed out (CTAP 2.1 §11.2.3). Bounded like a real device's table: past the capacity
 * the channel used longest ago is forgotten and answers ERR_INVALID_CHANNEL from then on.
 */
final class ChannelTable {

    private final Map<Integer, Boolean> channels;
    private int next = 1;

    ChannelTable(int capacity) {
        this.channels = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, Boolean> eldest) {
                return size() > capacity;
            }
        };
    }

    /** A channel ID not in use; never 0 (reserved) nor the broadcast channel. */
    int allocate() {
        int cid;
        do {
            cid = next;
            next = next + 1 == HidPacket.BROADCAST_CID ? 1 : next + 1;
        } while (cid == 0 || channels.containsKey(cid));
        channels.put(cid, Boolean.TRUE);
        return cid;
    }

    /** Whether the channel was allocated; a use counts as recent for the capacity bound. */
    boolean contains(int cid) {
        return channels.get(cid) != null;
    }

    void clear() {
        channels.clear();
    }
}
