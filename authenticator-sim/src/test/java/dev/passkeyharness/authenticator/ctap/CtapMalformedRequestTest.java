package dev.passkeyharness.authenticator.ctap;

import static dev.passkeyharness.authenticator.ctap.CtapTestSupport.ALLOCATION_BOUND;
import static dev.passkeyharness.authenticator.ctap.CtapTestSupport.HEX;
import static dev.passkeyharness.authenticator.ctap.CtapTestSupport.makeCredential;
import static dev.passkeyharness.authenticator.ctap.CtapTestSupport.processMeasured;
import static dev.passkeyharness.authenticator.ctap.CtapTestSupport.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.authenticator.ctap.CtapTestSupport.Measured;
import dev.passkeyharness.authenticator.profile.Profiles;
import dev.passkeyharness.authenticator.user.SimulatedUser;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each class of malformed or refused request gets the exact CTAP 2.1 status, and stores nothing. */
class CtapMalformedRequestTest {

    private static final String CDH = "5820" + "11".repeat(32);
    private static final String RP = "a1626964" + "6b" + HEX.formatHex("example.com".getBytes());
    private static final String USER = "a1626964" + "4101";
    private static final String ES256 = "81a263616c672664747970656a7075626c69632d6b6579";

    /** A well-formed makeCredential body with the given extra entries (keys must sort after 4). */
    private static String makeCredentialWith(String extraCount, String extra) {
        return "01" + extraCount + "01" + CDH + "02" + RP + "03" + USER + "04" + ES256 + extra;
    }

    static Stream<Arguments> cases() {
        String valid = makeCredentialWith("a4", "");
        return Stream.of(
                Arguments.of("empty request", "", CtapStatus.CTAP1_ERR_INVALID_LENGTH),
                Arguments.of("unknown command", "55", CtapStatus.CTAP1_ERR_INVALID_COMMAND),
                Arguments.of("clientPIN is not offered", "06a10101", CtapStatus.CTAP1_ERR_INVALID_COMMAND),
                Arguments.of("getInfo with parameters", "04a0", CtapStatus.CTAP1_ERR_INVALID_LENGTH),
                Arguments.of("makeCredential without parameters", "01", CtapStatus.CTAP2_ERR_MISSING_PARAMETER),
                Arguments.of("truncated CBOR", valid.substring(0, valid.length() - 2), CtapStatus.CTAP2_ERR_INVALID_CBOR),
                Arguments.of("trailing bytes", valid + "00", CtapStatus.CTAP2_ERR_INVALID_CBOR),
                Arguments.of("map keys out of order", "01a4" + "02" + RP + "01" + CDH + "03" + USER + "04" + ES256,
                        CtapStatus.CTAP2_ERR_INVALID_CBOR),
                Arguments.of("non-shortest integer key", "01a4" + "1801" + CDH + "02" + RP + "03" + USER + "04" + ES256,
                        CtapStatus.CTAP2_ERR_INVALID_CBOR),
                Arguments.of("duplicate key", "01a5" + "01" + CDH + "01" + CDH + "02" + RP + "03" + USER + "04" + ES256,
                        CtapStatus.CTAP2_ERR_INVALID_CBOR),
                Arguments.of("indefinite-length map", "01bf" + "01" + CDH + "02" + RP + "03" + USER + "04" + ES256 + "ff",
                        CtapStatus.CTAP2_ERR_INVALID_CBOR),
                Arguments.of("tagged item", "01c1a0", CtapStatus.CTAP2_ERR_INVALID_CBOR),
                Arguments.of("nesting deeper than four", makeCredentialWith("a5", "06a1616181818180"),
                        CtapStatus.CTAP2_ERR_INVALID_CBOR),
                Arguments.of("huge declared length", "015a7fffffff00", CtapStatus.CTAP2_ERR_INVALID_CBOR),
                // cbor-java reads an 8-byte length of 2^63 or more as negative and allocates its low 32 bits (1 GiB)
                Arguments.of("8-byte length beyond 2^63", "01a1015bffffffff3fffffff00", CtapStatus.CTAP2_ERR_INVALID_CBOR),
                Arguments.of("8-byte array count beyond 2^63", "01a1019bffffffff3fffffff00", CtapStatus.CTAP2_ERR_INVALID_CBOR),
                Arguments.of("map count beyond the input", "01bb000000003fffffff00", CtapStatus.CTAP2_ERR_INVALID_CBOR),
                Arguments.of("parameters not a map", "0180", CtapStatus.CTAP2_ERR_CBOR_UNEXPECTED_TYPE),
                Arguments.of("text key at top level", "01a1616101", CtapStatus.CTAP2_ERR_CBOR_UNEXPECTED_TYPE),
                Arguments.of("clientDataHash as text", "01a4" + "016161" + "02" + RP + "03" + USER + "04" + ES256,
                        CtapStatus.CTAP2_ERR_CBOR_UNEXPECTED_TYPE),
                Arguments.of("rp as array", "01a4" + "01" + CDH + "0280" + "03" + USER + "04" + ES256,
                        CtapStatus.CTAP2_ERR_CBOR_UNEXPECTED_TYPE),
                Arguments.of("alg as text", "01a4" + "01" + CDH + "02" + RP + "03" + USER
                        + "0481a263616c67616164747970656a7075626c69632d6b6579", CtapStatus.CTAP2_ERR_CBOR_UNEXPECTED_TYPE),
                Arguments.of("option value not boolean", makeCredentialWith("a5", "07a1627576" + "01"),
                        CtapStatus.CTAP2_ERR_CBOR_UNEXPECTED_TYPE),
                Arguments.of("rp missing", "01a3" + "01" + CDH + "03" + USER + "04" + ES256, CtapStatus.CTAP2_ERR_MISSING_PARAMETER),
                Arguments.of("clientDataHash missing", "01a3" + "02" + RP + "03" + USER + "04" + ES256,
                        CtapStatus.CTAP2_ERR_MISSING_PARAMETER),
                Arguments.of("rp.id missing", "01a4" + "01" + CDH + "02a0" + "03" + USER + "04" + ES256,
                        CtapStatus.CTAP2_ERR_MISSING_PARAMETER),
                Arguments.of("alg missing in pubKeyCredParams", "01a4" + "01" + CDH + "02" + RP + "03" + USER
                        + "0481a16474797065" + "6a7075626c69632d6b6579", CtapStatus.CTAP2_ERR_MISSING_PARAMETER),
                Arguments.of("pinUvAuthParam without protocol", makeCredentialWith("a5", "084101"),
                        CtapStatus.CTAP2_ERR_MISSING_PARAMETER),
                Arguments.of("unsupported pinUvAuthProtocol", makeCredentialWith("a6", "084101" + "0901"),
                        CtapStatus.CTAP1_ERR_INVALID_PARAMETER),
                Arguments.of("enterprise attestation", makeCredentialWith("a5", "0a01"), CtapStatus.CTAP1_ERR_INVALID_PARAMETER),
                Arguments.of("no supported algorithm", "01a4" + "01" + CDH + "02" + RP + "03" + USER
                        + "0481a263616c67390176" + "6474797065" + "6a7075626c69632d6b6579", CtapStatus.CTAP2_ERR_UNSUPPORTED_ALGORITHM),
                Arguments.of("user.id longer than 64 bytes", "01a4" + "01" + CDH + "02" + RP
                        + "03a1626964" + "5841" + "00".repeat(65) + "04" + ES256, CtapStatus.CTAP1_ERR_INVALID_LENGTH),
                Arguments.of("up=false on makeCredential", makeCredentialWith("a5", "07a1627570f4"), CtapStatus.CTAP2_ERR_INVALID_OPTION),
                Arguments.of("request larger than maxMsgSize", "01" + "00".repeat(GetInfoResponse.MAX_MESSAGE_SIZE),
                        CtapStatus.CTAP1_ERR_INVALID_LENGTH),
                Arguments.of("rk option on getAssertion", "02a3" + "01" + "6b" + HEX.formatHex("example.com".getBytes())
                        + "02" + CDH + "05a162726bf5", CtapStatus.CTAP2_ERR_UNSUPPORTED_OPTION),
                Arguments.of("getAssertion rpId missing", "02a1" + "02" + CDH, CtapStatus.CTAP2_ERR_MISSING_PARAMETER),
                Arguments.of("getAssertion for an RP with no credential", "02a2" + "01" + "6b"
                        + HEX.formatHex("example.com".getBytes()) + "02" + CDH, CtapStatus.CTAP2_ERR_NO_CREDENTIALS),
                Arguments.of("getNextAssertion with nothing pending", "08", CtapStatus.CTAP2_ERR_NOT_ALLOWED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void malformedRequestGetsItsStatus(String name, String hex, CtapStatus expected) {
        Ctap2Authenticator authenticator = Ctap2Authenticator.builder().seed(3).build();
        Measured measured = processMeasured(authenticator, HEX.parseHex(hex));
        byte[] response = measured.response();
        assertEquals(expected, status(response), name);
        assertEquals(1, response.length, "an error response is the status byte alone");
        assertTrue(authenticator.state().store().all().isEmpty(), "nothing stored");
        assertTrue(measured.allocatedBytes() < ALLOCATION_BOUND, () -> name + " allocated " + measured.allocatedBytes() + " bytes");
    }

    @org.junit.jupiter.api.Test
    void residentKeyOnADeviceWithoutStorageIsUnsupported() {
        Ctap2Authenticator u2f = Ctap2Authenticator.builder().profile(Profiles.U2F_LEGACY).build();
        byte[] response = u2f.process(makeCredential("x", new CtapOptions(true, null, null), null).encode());
        assertEquals(CtapStatus.CTAP2_ERR_UNSUPPORTED_OPTION, status(response));
    }

    @org.junit.jupiter.api.Test
    void uvRequestedWhenTheUserCannotVerifyIsAnInvalidOption() {
        Ctap2Authenticator noUv = Ctap2Authenticator.builder().user(SimulatedUser.NO_UV).build();
        byte[] response = noUv.process(makeCredential("x", new CtapOptions(null, null, true), null).encode());
        assertEquals(CtapStatus.CTAP2_ERR_INVALID_OPTION, status(response));
        assertTrue(Arrays.equals(new byte[] {0x2C}, response));
    }
}
