package dev.passkeyharness.authenticator.attestation;

import static dev.passkeyharness.authenticator.attestation.Registrations.AAGUID;
import static dev.passkeyharness.authenticator.attestation.Registrations.CA;
import static dev.passkeyharness.authenticator.attestation.Registrations.VENDOR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import co.nstant.in.cbor.model.ByteString;
import co.nstant.in.cbor.model.DataItem;
import co.nstant.in.cbor.model.Map;
import co.nstant.in.cbor.model.UnicodeString;
import dev.passkeyharness.authenticator.crypto.Sha256;
import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.crypto.CoseAlgorithm;
import dev.passkeyharness.authenticator.crypto.CredentialKeyPair;
import dev.passkeyharness.authenticator.crypto.DeterministicRandom;
import dev.passkeyharness.authenticator.data.AuthenticatorData;
import dev.passkeyharness.authenticator.data.Bytes;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttestationObjectTest {

    @Test
    void encodesFmtAttStmtAuthDataInCanonicalOrder() throws Exception {
        CredentialKeyPair key = Registrations.credentialKey(CoseAlgorithm.ES256);
        AuthenticatorData authData = Registrations.authData(key, AAGUID);
        AttestationStatement statement = new PackedAttestation(CA, VENDOR).attest(new AttestationInput(
                authData, Sha256.of(new byte[0]), key, new DeterministicRandom(1, "obj")));

        Bytes encoded = AttestationObject.encode(statement, authData.encode());

        // CTAP 2.1 §8 canonical form; the nesting (object → attStmt → x5c → cert) stays within four levels
        Map decoded = (Map) Cbor.decodeCanonical(encoded.toByteArray(), Cbor.MAX_DEPTH);
        assertEquals(List.of("fmt", "attStmt", "authData"),
                decoded.getKeys().stream().map(k -> ((UnicodeString) k).getString()).toList());
        assertEquals(new UnicodeString("packed"), decoded.get(Cbor.text("fmt")));
        assertEquals(statement.attStmt(), decoded.get(Cbor.text("attStmt")));
        DataItem authDataItem = decoded.get(Cbor.text("authData"));
        assertEquals(authData.encode(), Bytes.of(((ByteString) authDataItem).getBytes()));
    }
}
