package dev.passkeyharness.authenticator.client;

import dev.passkeyharness.authenticator.ctap.CtapOptions;
import dev.passkeyharness.authenticator.ctap.CtapStatus;
import dev.passkeyharness.authenticator.ctap.GetAssertionRequest;
import dev.passkeyharness.authenticator.ctap.PublicKeyCredentialDescriptor;
import dev.passkeyharness.authenticator.data.Bytes;
import java.util.List;

/**
 * An exclude or allow list longer than the authenticator takes in one request (getInfo maxCredentialCountInList, CTAP
 * 2.1 §6.4): the platform probes it in batches with silent getAssertions (up false, CTAP 2.1 §6.2.2) and sends only the
 * credential the authenticator holds, as Chromium does, so an RP that lists many credentials still works.
 */
final class CredentialLists {

    /** A hash no ceremony has: the probes sign nothing anyone will see. */
    private static final Bytes PROBE_HASH = Bytes.of(new byte[32]);

    private CredentialLists() {
    }

    /** {@code list} as the authenticator can take it: itself when it fits, else the one it holds, else empty. */
    static List<PublicKeyCredentialDescriptor> fit(CtapChannel ctap, AuthenticatorInfo info, String rpId,
            List<PublicKeyCredentialDescriptor> list) throws WebAuthnClientException {
        int max = info.maxCredentialCountInList();
        if (list.size() <= max) {
            return list;
        }
        for (int from = 0; from < list.size(); from += max) {
            List<PublicKeyCredentialDescriptor> batch = list.subList(from, Math.min(list.size(), from + max));
            try {
                Bytes held = ctap.getAssertion(new GetAssertionRequest(rpId, PROBE_HASH, batch, null,
                        new CtapOptions(null, false, false), null, null)).credential().id();
                return batch.stream().filter(d -> d.id().equals(held)).findFirst().map(List::of).orElse(List.of());
            } catch (WebAuthnClientException e) {
                if (e.ctapStatus().orElse(null) != CtapStatus.CTAP2_ERR_NO_CREDENTIALS) {
                    throw e;
                }
            }
        }
        return List.of();
    }
}
