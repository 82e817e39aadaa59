package dev.passkeyharness.bench;

import co.nstant.in.cbor.CborDecoder;
import co.nstant.in.cbor.CborException;
import co.nstant.in.cbor.model.DataItem;
import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.data.RegistrationData;
import dev.passkeyharness.bench.fixture.Case;
import dev.passkeyharness.bench.fixture.RecordedCeremony;
import dev.passkeyharness.bench.fixture.YubicoVerification;
import dev.passkeyharness.bench.report.Compared;
import dev.passkeyharness.bench.report.Role;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.cbor.CBORMapper;

/**
 * Parsing a registration made by our authenticator, per attestation format: webauthn4j's parse of the whole
 * RegistrationResponseJSON, Yubico's as its peer, and the raw CBOR decode of the attestation object with cbor-java
 * and with Jackson CBOR (the baseline: the decode webauthn4j builds on).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ParsingBenchmark {

    /** Formats made by our authenticator; a new format is one more entry here. */
    @Param({"none/ES256", "packed-self/ES256", "packed/ES256", "fido-u2f/ES256", "tpm/RS256", "tpm/ES256", "android-key/ES256", "apple/ES256"})
    public String format;

    private final WebAuthnManager webauthn4j = WebAuthnManager.createNonStrictWebAuthnManager();
    private final CBORMapper jackson = CBORMapper.builder().build();
    private String registrationJson;
    private byte[] attestationObject;

    @Setup
    public void setUp() throws IOException, CborException {
        RecordedCeremony ceremony = RecordedCeremony.make(Case.parse(format));
        registrationJson = ceremony.registrationJson();
        attestationObject = ceremony.registration().attestationObject().toByteArray();
        // a parse that fails would measure an exception path
        webauthn4j();
        yubico();
        cborJava();
        jacksonCbor();
    }

    @Benchmark
    @Compared(operation = "parse registration", role = Role.OTHER)
    public RegistrationData webauthn4j() {
        return webauthn4j.parseRegistrationResponseJSON(registrationJson);
    }

    @Benchmark
    @Compared(operation = "parse registration", role = Role.PEER)
    public Object yubico() throws IOException {
        return YubicoVerification.parseRegistration(registrationJson);
    }

    @Benchmark
    @Compared(operation = "parse registration", role = Role.OTHER)
    public List<DataItem> cborJava() throws CborException {
        return CborDecoder.decode(attestationObject);
    }

    @Benchmark
    @Compared(operation = "parse registration", role = Role.BASELINE)
    public JsonNode jacksonCbor() {
        return jackson.readTree(attestationObject);
    }
}
