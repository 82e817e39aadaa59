package dev.passkeyharness.rp.webauthn;

import static dev.passkeyharness.rp.webauthn.Assertions2.accepted;
import static dev.passkeyharness.rp.webauthn.Assertions2.rejected;

import co.nstant.in.cbor.model.Array;
import co.nstant.in.cbor.model.ByteString;
import co.nstant.in.cbor.model.DataItem;
import co.nstant.in.cbor.model.Map;
import dev.passkeyharness.authenticator.cbor.Cbor;
import dev.passkeyharness.authenticator.data.Bytes;
import dev.passkeyharness.authenticator.profile.Profiles;
import dev.passkeyharness.rp.model.Account;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Members of the wrong CBOR type are refused even when they are text that base64-decodes to the right bytes, which a
 * Jackson-mapped verifier would otherwise read as those bytes (WebAuthn L3 §6.5.4, §8.2).
 */
class AttestationObjectSyntaxTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TestRp rp = new TestRp(TestRp.defaultPolicy());
    private final Device device = Device.of(Profiles.SECURITY_KEY, 41, Device.ca(42));
    private final Account alice = rp.account("alice@example.com");

    @Test
    void theUneditedResponseIsAccepted() throws Exception {
        accepted(rp.verifyRegistration(edited(statement -> statement), "s1", alice));
    }

    @Test
    void sigAsBase64TextIsRefused() throws Exception {
        String response = edited(statement -> {
            statement.put(Cbor.text("sig"), base64Text(statement.get(Cbor.text("sig"))));
            return statement;
        });
        rejected(Rule.ATTESTATION_STATEMENT, rp.verifyRegistration(response, "s1", alice));
        rp.passkeysOf(alice).forEach(p -> { throw new AssertionError("stored after a refused registration"); });
    }

    @Test
    void x5cCertificateAsBase64TextIsRefused() throws Exception {
        String response = edited(statement -> {
            List<DataItem> chain = ((Array) statement.get(Cbor.text("x5c"))).getDataItems();
            chain.set(0, base64Text(chain.get(0)));
            return statement;
        });
        rejected(Rule.ATTESTATION_STATEMENT, rp.verifyRegistration(response, "s1", alice));
    }

    @Test
    void algAsTextIsRefused() throws Exception {
        String response = edited(statement -> {
            statement.put(Cbor.text("alg"), Cbor.text("-7"));
            return statement;
        });
        rejected(Rule.ATTESTATION_STATEMENT, rp.verifyRegistration(response, "s1", alice));
    }

    @Test
    void authDataAsBase64TextIsRefused() throws Exception {
        String response = editedObject(object -> object.put(Cbor.text("authData"),
                base64Text(object.get(Cbor.text("authData")))));
        rejected(Rule.MALFORMED, rp.verifyRegistration(response, "s1", alice));
    }

    private String edited(UnaryOperator<Map> statementEdit) throws Exception {
        return editedObject(object -> object.put(Cbor.text("attStmt"),
                statementEdit.apply((Map) object.get(Cbor.text("attStmt")))));
    }

    private String editedObject(java.util.function.Consumer<Map> objectEdit) throws Exception {
        String json = rp.registrationResponse(device.client(), alice, "s1",
                new CreationRequest(alice.username(), alice.displayName(), "required", null, null, "direct", null, List.of()));
        ObjectNode root = (ObjectNode) JSON.readTree(json);
        ObjectNode response = (ObjectNode) root.get("response");
        Map object = (Map) Cbor.decode(Bytes.fromBase64Url(response.get("attestationObject").asString()).toByteArray());
        objectEdit.accept(object);
        response.put("attestationObject", Bytes.of(Cbor.encodeInOrder(object)).base64Url());
        return root.toString();
    }

    /** Standard base64 with padding: the form a Jackson byte[] reader decodes. */
    private static DataItem base64Text(DataItem bytes) {
        return Cbor.text(Base64.getEncoder().encodeToString(((ByteString) bytes).getBytes()));
    }
}
