package dev.passkeyharness.authenticator.attestation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.data.Bytes;
import org.junit.jupiter.api.Test;

class FormatFaultsTest {

    @Test
    void editsOfOneKindComposeInOrderAndOtherKindsPassBy() {
        FormatFaults faults = FormatFaults.of(
                new AppleAttestation.NonceEdit(n -> Bytes.concat(n.toByteArray(), new byte[] {1})),
                PackedAttestation.ChainFault.ROOT_INCLUDED,
                new AppleAttestation.NonceEdit(n -> Bytes.concat(n.toByteArray(), new byte[] {2})));

        assertEquals(Bytes.fromHex("000102"),
                faults.apply(AppleAttestation.NonceEdit.class, AppleAttestation.NonceEdit::edit, Bytes.fromHex("00")));
        assertEquals(Bytes.fromHex("00"),
                faults.apply(AndroidKeyAttestation.KeyDescriptionEdit.class, e -> d -> d, Bytes.fromHex("00")));
    }

    @Test
    void flagFaultsAreFoundByValue() {
        FormatFaults faults = FormatFaults.of(LeafKeys.Fault.CERTIFY_OTHER_KEY);
        assertTrue(faults.contains(LeafKeys.Fault.CERTIFY_OTHER_KEY));
        assertFalse(faults.contains(PackedAttestation.ChainFault.ROOT_INCLUDED));
        assertFalse(FormatFaults.NONE.contains(LeafKeys.Fault.CERTIFY_OTHER_KEY));
    }
}
