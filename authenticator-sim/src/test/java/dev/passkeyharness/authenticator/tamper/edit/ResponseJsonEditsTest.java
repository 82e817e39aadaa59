package dev.passkeyharness.authenticator.tamper.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.passkeyharness.authenticator.tamper.edit.ResponseEdit.Op;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

class ResponseJsonEditsTest {

    private static final String RESPONSE = "{\"id\":\"abc\",\"n\":5,\"response\":{\"a\":[1,2]},\"flag\":true}";

    @Test
    void typeSwapGivesEachJsonTypeAnother() {
        String swapped = ResponseJsonEdits.apply(RESPONSE, List.of(new ResponseEdit(Op.TYPE_SWAP, "/id", null),
                new ResponseEdit(Op.TYPE_SWAP, "/n", null), new ResponseEdit(Op.TYPE_SWAP, "/response", null),
                new ResponseEdit(Op.TYPE_SWAP, "/flag", null)));

        assertEquals("{\"id\":3,\"n\":\"5\",\"response\":[[1,2]],\"flag\":\"true\"}", swapped);
    }

    @Test
    void removeAndSetFollowThePointer() {
        String edited = ResponseJsonEdits.apply(RESPONSE, List.of(new ResponseEdit(Op.REMOVE, "/response/a/0", null),
                new ResponseEdit(Op.SET, "/id", JsonNodeFactory.instance.stringNode("x")),
                new ResponseEdit(Op.REMOVE, "/flag", null)));

        assertEquals("{\"id\":\"x\",\"n\":5,\"response\":{\"a\":[2]}}", edited);
    }
}
