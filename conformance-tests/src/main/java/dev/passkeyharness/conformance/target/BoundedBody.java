package dev.passkeyharness.conformance.target;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * One answer's body, read as it streams in and never kept beyond a cap: past the cap the stream is cancelled, which
 * closes the connection, so a 50 MB or endless body costs the runner at most the cap.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {

    private final int status;
    private final int maxBytes;
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private Flow.Subscription subscription;
    private boolean exceeded;
    private boolean stopped;

    BoundedBody(int status, int maxBytes) {
        this.status = status;
        this.maxBytes = maxBytes;
    }

    /** The answer's HTTP status (its headers came). */
    int status() {
        return status;
    }

    @Override
    public synchronized void onSubscribe(Flow.Subscription subscription) {
        if (stopped) {
            subscription.cancel();
            return;
        }
        this.subscription = subscription;
        subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        synchronized (this) {
            if (stopped) {
                return;
            }
            for (ByteBuffer buffer : buffers) {
                int room = maxBytes - received.size();
                if (buffer.remaining() > room) {
                    exceeded = true;
                    stop();
                    body.completeExceptionally(new IOException("the answer exceeded " + maxBytes + " bytes"));
                    return;
                }
                byte[] bytes = new byte[buffer.remaining()];
                buffer.get(bytes);
                received.write(bytes, 0, bytes.length);
            }
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable throwable) {
        body.completeExceptionally(throwable);
    }

    @Override
    public synchronized void onComplete() {
        body.complete(received.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return body;
    }

    /** Stops reading (the deadline passed): the stream is cancelled and what came so far stays readable. */
    synchronized void stop() {
        stopped = true;
        if (subscription != null) {
            subscription.cancel();
        }
    }

    /** Whether the body went past the cap (and reading stopped there). */
    synchronized boolean exceeded() {
        return exceeded;
    }

    /** The bytes that came before reading ended or stopped, at most the cap. */
    synchronized byte[] received() {
        return received.toByteArray();
    }
}
