package dev.passkeyharness.authenticator.hid;

import dev.passkeyharness.authenticator.ctap.CtapStatus;
import dev.passkeyharness.authenticator.data.Bytes;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The CTAPHID state machine (CTAP 2.1 §11.2), independent of how reports travel: 64-byte reports come in through
 * {@link #receive}, time passes through {@link #tick}, and reports go out through the {@link ReportSink}. CTAPHID_CBOR
 * requests run on the worker so keepalives can flow meanwhile. It never throws and never blocks on its own.
 */
public final class CtapHidDevice {

    private static final Logger LOG = Logger.getLogger(CtapHidDevice.class.getName());

    // CTAP 2.1 §11.2.9.1.3: CTAPHID_MSG (U2F) is not implemented, so NMSG is set
    private static final int CAPABILITIES =
            InitResponse.CAPABILITY_CBOR | InitResponse.CAPABILITY_WINK | InitResponse.CAPABILITY_NMSG;

    /** The requests that run once their message is complete; INIT and CANCEL act on their first packet. */
    private static final Set<CtapHidCommand> EXECUTED =
            EnumSet.of(CtapHidCommand.PING, CtapHidCommand.WINK, CtapHidCommand.LOCK, CtapHidCommand.CBOR);

    private final HidSettings settings;
    private final Ctap2Port authenticator;
    private final Clock clock;
    private final Executor worker;
    private final ReportSink sink;
    private final ChannelTable channels;
    private Transaction transaction;
    private ChannelLock lock;
    private long lastTransactionId;

    public CtapHidDevice(HidSettings settings, Ctap2Port authenticator, Clock clock, Executor worker, ReportSink sink) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.worker = Objects.requireNonNull(worker, "worker");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.channels = new ChannelTable(settings.maxChannels());
    }

    /** Takes one report from the host; whatever it holds, the answer (if any) goes to the sink. */
    public synchronized void receive(byte[] report) {
        Optional<HidPacket> packet = HidPacket.parse(report);
        try {
            Instant now = clock.instant();
            expire(now);
            if (packet.isPresent()) {
                handle(packet.get(), now);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "unexpected failure while handling a CTAPHID report", e);
            transaction = null;
            packet.ifPresent(p -> error(p.cid(), CtapHidError.ERR_OTHER));
        }
    }

    /** Lets time pass: a message whose next packet is late times out, a lock expires, a keepalive is due. */
    public synchronized void tick() {
        try {
            Instant now = clock.instant();
            expire(now);
            if (transaction instanceof Transaction.Processing p && !now.isBefore(p.nextKeepalive())) {
                send(HidMessage.of(p.cid(), CtapHidCommand.KEEPALIVE,
                        new byte[] {(byte) KeepaliveStatus.STATUS_PROCESSING.code()}));
                transaction = p.withNextKeepalive(now.plus(settings.keepaliveInterval()));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "unexpected failure while keeping CTAPHID time", e);
            transaction = null;
        }
    }

    /** The device is unplugged and plugged in again: no channels, no lock, no transaction; the credentials stay. */
    public synchronized void powerCycle() {
        channels.clear();
        transaction = null;
        lock = null;
        authenticator.powerCycle();
    }

    private void expire(Instant now) {
        if (transaction instanceof Transaction.Receiving r && r.assembly().timedOut(now, settings.messageTimeout())) {
            transaction = null;
            error(r.cid(), CtapHidError.ERR_MSG_TIMEOUT);
        }
        if (lock != null && lock.expired(now)) {
            lock = null;
        }
    }

    private void handle(HidPacket packet, Instant now) {
        if (packet instanceof HidPacket.Continuation c) {
            continuation(c, now);
        } else {
            initialization((HidPacket.Initialization) packet, now);
        }
    }

    private void initialization(HidPacket.Initialization packet, Instant now) {
        int cid = packet.cid();
        Optional<CtapHidCommand> command = CtapHidCommand.fromCode(packet.command());
        if (cid == 0) {
            error(cid, CtapHidError.ERR_INVALID_CHANNEL);
        } else if (lock != null && lock.owner() != cid) {
            error(cid, CtapHidError.ERR_CHANNEL_BUSY);
        } else if (command.isPresent() && command.get() == CtapHidCommand.INIT) {
            init(packet);
        } else if (cid == HidPacket.BROADCAST_CID || !channels.contains(cid)) {
            // CTAP 2.1 §11.2.3: only CTAPHID_INIT may use the broadcast channel
            error(cid, CtapHidError.ERR_INVALID_CHANNEL);
        } else if (transaction != null) {
            duringTransaction(packet, command);
        } else if (command.isPresent() && command.get() == CtapHidCommand.CANCEL) {
            // CTAP 2.1 §11.2.9.1.5: nothing to cancel, and CANCEL itself is never answered
        } else if (command.isEmpty() || !EXECUTED.contains(command.get())) {
            error(cid, CtapHidError.ERR_INVALID_CMD);
        } else if (packet.bcnt() > HidPacket.MAX_PAYLOAD) {
            error(cid, CtapHidError.ERR_INVALID_LEN);
        } else {
            MessageAssembly assembly = new MessageAssembly(packet, now);
            if (assembly.complete()) {
                execute(assembly.message(), now);
            } else {
                transaction = new Transaction.Receiving(assembly);
            }
        }
    }

    /** CTAP 2.1 §11.2.9.1.3: INIT on the broadcast channel allocates one; on an allocated one it resynchronises it. */
    private void init(HidPacket.Initialization packet) {
        int cid = packet.cid();
        if (packet.bcnt() != InitResponse.NONCE_SIZE) {
            error(cid, CtapHidError.ERR_INVALID_LEN);
            return;
        }
        if (cid != HidPacket.BROADCAST_CID && !channels.contains(cid)) {
            error(cid, CtapHidError.ERR_INVALID_CHANNEL);
            return;
        }
        if (transaction != null && transaction.cid() == cid) {
            transaction = null;
        }
        int assigned = cid == HidPacket.BROADCAST_CID ? channels.allocate() : cid;
        Bytes nonce = Bytes.of(Arrays.copyOf(packet.data().toByteArray(), InitResponse.NONCE_SIZE));
        InitResponse response = new InitResponse(nonce, assigned, settings.deviceVersion(), CAPABILITIES);
        send(HidMessage.of(cid, CtapHidCommand.INIT, response.toBytes()));
    }

    private void duringTransaction(HidPacket.Initialization packet, Optional<CtapHidCommand> command) {
        int cid = packet.cid();
        boolean cancel = command.isPresent() && command.get() == CtapHidCommand.CANCEL;
        if (transaction.cid() != cid) {
            if (!cancel) {
                error(cid, CtapHidError.ERR_CHANNEL_BUSY);
            }
        } else if (transaction instanceof Transaction.Receiving) {
            // CTAP 2.1 §11.2.4: a new initialization packet while a message is still arriving breaks the sequence
            transaction = null;
            error(cid, CtapHidError.ERR_INVALID_SEQ);
        } else if (cancel) {
            // CTAP 2.1 §11.2.9.1.5: the pending request is answered with CTAP2_ERR_KEEPALIVE_CANCEL
            transaction = null;
            send(HidMessage.of(cid, CtapHidCommand.CBOR, new byte[] {CtapStatus.CTAP2_ERR_KEEPALIVE_CANCEL.toByte()}));
        } else {
            error(cid, CtapHidError.ERR_CHANNEL_BUSY);
        }
    }

    private void continuation(HidPacket.Continuation packet, Instant now) {
        // CTAP 2.1 §11.2.4: a continuation packet with no message in progress on its channel is ignored
        if (!(transaction instanceof Transaction.Receiving r) || r.cid() != packet.cid()) {
            return;
        }
        if (!r.assembly().append(packet, now)) {
            transaction = null;
            error(packet.cid(), CtapHidError.ERR_INVALID_SEQ);
        } else if (r.assembly().complete()) {
            transaction = null;
            execute(r.assembly().message(), now);
        }
    }

    private void execute(HidMessage message, Instant now) {
        int cid = message.cid();
        byte[] payload = message.payload().toByteArray();
        switch (CtapHidCommand.fromCode(message.command()).orElseThrow()) {
            case PING -> send(message);
            case WINK -> {
                if (payload.length != 0) {
                    error(cid, CtapHidError.ERR_INVALID_LEN);
                } else {
                    send(message);
                }
            }
            case LOCK -> lock(cid, payload, now);
            case CBOR -> {
                if (payload.length == 0) {
                    error(cid, CtapHidError.ERR_INVALID_LEN);
                } else {
                    startCbor(cid, payload, now);
                }
            }
            default -> error(cid, CtapHidError.ERR_INVALID_CMD);
        }
    }

    private void lock(int cid, byte[] payload, Instant now) {
        if (payload.length != 1) {
            error(cid, CtapHidError.ERR_INVALID_LEN);
            return;
        }
        int seconds = payload[0] & 0xFF;
        if (seconds > ChannelLock.MAX_SECONDS) {
            error(cid, CtapHidError.ERR_INVALID_PAR);
            return;
        }
        lock = seconds == 0 ? null : new ChannelLock(cid, now.plusSeconds(seconds));
        send(HidMessage.of(cid, CtapHidCommand.LOCK, new byte[0]));
    }

    private void startCbor(int cid, byte[] request, Instant now) {
        long id = ++lastTransactionId;
        transaction = new Transaction.Processing(cid, id, now.plus(settings.keepaliveInterval()));
        try {
            worker.execute(() -> finished(id, processSafely(request)));
        } catch (RejectedExecutionException e) {
            transaction = null;
            error(cid, CtapHidError.ERR_OTHER);
        }
    }

    private byte[] processSafely(byte[] request) {
        try {
            return authenticator.process(request);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the authenticator failed on a CTAPHID_CBOR request", e);
            return null;
        }
    }

    /** The worker's answer; dropped when the transaction was cancelled, re-initialised or power-cycled meanwhile. */
    private synchronized void finished(long id, byte[] response) {
        if (!(transaction instanceof Transaction.Processing p) || p.id() != id) {
            return;
        }
        transaction = null;
        if (response == null || response.length == 0 || response.length > HidPacket.MAX_PAYLOAD) {
            error(p.cid(), CtapHidError.ERR_OTHER);
        } else {
            send(HidMessage.of(p.cid(), CtapHidCommand.CBOR, response));
        }
    }

    private void error(int cid, CtapHidError error) {
        send(HidMessage.of(cid, CtapHidCommand.ERROR, new byte[] {(byte) error.code()}));
    }

    private void send(HidMessage message) {
        for (byte[] report : message.toReports()) {
            sink.send(report);
        }
    }
}
