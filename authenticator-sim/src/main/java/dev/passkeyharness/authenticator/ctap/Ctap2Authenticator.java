package dev.passkeyharness.authenticator.ctap;

import co.nstant.in.cbor.model.DataItem;
import dev.passkeyharness.authenticator.attestation.AttestationCa;
import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.cbor.CborFormatException;
import dev.passkeyharness.authenticator.profile.AuthenticatorProfile;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A software CTAP2 authenticator. {@link #process} is the one entry point: a request (command byte + CBOR) in, a
 * response (status byte + CBOR) out. It never throws; anything unexpected becomes CTAP1_ERR_OTHER and is logged.
 */
public final class Ctap2Authenticator {

    private static final Logger LOG = Logger.getLogger(Ctap2Authenticator.class.getName());

    private final AuthenticatorContext ctx;
    private final MakeCredentialHandler makeCredential;
    private final GetAssertionHandler getAssertion;

    Ctap2Authenticator(AuthenticatorContext ctx) {
        this.ctx = ctx;
        this.makeCredential = new MakeCredentialHandler(ctx);
        this.getAssertion = new GetAssertionHandler(ctx);
    }

    public static Ctap2AuthenticatorBuilder builder() {
        return new Ctap2AuthenticatorBuilder();
    }

    public synchronized byte[] process(byte[] request) {
        try {
            return CtapFrames.response(dispatch(request));
        } catch (CtapException e) {
            return CtapFrames.error(e.status());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            LOG.log(Level.WARNING, "unexpected failure while processing a CTAP2 request", e);
            return CtapFrames.error(CtapStatus.CTAP1_ERR_OTHER);
        }
    }

    /**
     * The device lost power and came back: what lives only until the next boot (a getNextAssertion in progress) is
     * gone; credentials, the wrapping key and the counter are kept.
     */
    public synchronized void powerCycle() {
        getAssertion.interrupt();
    }

    public AuthenticatorState state() {
        return ctx.state();
    }

    public AuthenticatorProfile profile() {
        return ctx.profile();
    }

    /** The CA that issues this authenticator's attestation certificates; an RP trusts its root for full attestation. */
    public AttestationCa attestationCa() {
        return ctx.attestationCa();
    }

    private DataItem dispatch(byte[] request) throws CtapException {
        if (request == null || request.length == 0) {
            throw new CtapException(CtapStatus.CTAP1_ERR_INVALID_LENGTH, "empty request");
        }
        if (request.length > GetInfoResponse.MAX_MESSAGE_SIZE) {
            throw new CtapException(CtapStatus.CTAP1_ERR_INVALID_LENGTH, "request exceeds maxMsgSize");
        }
        Optional<CtapCommand> command = CtapCommand.fromCode(request[0]);
        if (command.isEmpty()) {
            throw new CtapException(CtapStatus.CTAP1_ERR_INVALID_COMMAND, "unknown command " + (request[0] & 0xFF));
        }
        byte[] body = Arrays.copyOfRange(request, 1, request.length);
        CtapCommand cmd = command.get();
        if (cmd != CtapCommand.AUTHENTICATOR_GET_NEXT_ASSERTION) {
            getAssertion.interrupt();
        }
        return switch (cmd) {
            case AUTHENTICATOR_MAKE_CREDENTIAL -> makeCredential.handle(MakeCredentialRequest.parse(parameters(body))).toCbor();
            case AUTHENTICATOR_GET_ASSERTION -> getAssertion.handle(GetAssertionRequest.parse(parameters(body))).toCbor();
            case AUTHENTICATOR_GET_NEXT_ASSERTION -> noParameters(body, () -> getAssertion.next().toCbor());
            case AUTHENTICATOR_GET_INFO -> noParameters(body, () -> GetInfoResponse.of(ctx.profile(), ctx.uvAvailable(),
                    ctx.remainingDiscoverableCredentials()));
            case AUTHENTICATOR_RESET -> noParameters(body, this::reset);
            case AUTHENTICATOR_SELECTION -> noParameters(body, this::selection);
            // Not advertised in getInfo, so not understood (CTAP 2.1 §6.5, §6.8)
            case AUTHENTICATOR_CLIENT_PIN, AUTHENTICATOR_CREDENTIAL_MANAGEMENT ->
                    throw new CtapException(CtapStatus.CTAP1_ERR_INVALID_COMMAND, cmd + " is not supported");
        };
    }

    /** CTAP 2.1 §6.6: needs user presence; removes every credential. */
    private DataItem reset() throws CtapException {
        ctx.user().requirePresence();
        ctx.state().reset(ctx.random());
        return null;
    }

    /** CTAP 2.1 §6.9: the user picks this authenticator by touching it. */
    private DataItem selection() throws CtapException {
        ctx.user().requirePresence();
        return null;
    }

    private static DataItem parameters(byte[] body) throws CtapException {
        if (body.length == 0) {
            throw new CtapException(CtapStatus.CTAP2_ERR_MISSING_PARAMETER, "the command needs a parameter map");
        }
        try {
            return Cbor.decodeCanonical(body, Cbor.MAX_DEPTH);
        } catch (CborFormatException e) {
            throw new CtapException(CtapStatus.CTAP2_ERR_INVALID_CBOR, e.getMessage());
        }
    }

    private interface Handler {
        DataItem run() throws CtapException;
    }

    private static DataItem noParameters(byte[] body, Handler handler) throws CtapException {
        if (body.length != 0) {
            throw new CtapException(CtapStatus.CTAP1_ERR_INVALID_LENGTH, "this command takes no parameters");
        }
        return handler.run();
    }
}
