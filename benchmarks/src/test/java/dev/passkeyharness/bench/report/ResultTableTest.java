package dev.passkeyharness.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultTableTest {

    private static String table() throws IOException {
        try (InputStream in = ResultTableTest.class.getResourceAsStream("/recorded-result.json")) {
            return new ResultTable(JmhResults.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8))).markdown();
        }
    }

    private static String line(String table, String start) {
        return table.lines().filter(l -> l.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting " + start + " in\n" + table));
    }

    @Test
    void oursIsComparedWithItsBaselineAndItsPeerOfTheSameParameters() throws IOException {
        String table = table();
        // 400 / 320 and 400 / 500
        assertEquals("| AuthenticatorBenchmark.makeCredential | format=packed-self/ES256 | 400 ± 20.0 | us/op | 1.25× | 0.80× |",
                line(table, "| AuthenticatorBenchmark.makeCredential | format=packed-self/ES256"));
        // no emulator for RS256: no peer ratio
        assertEquals("| AuthenticatorBenchmark.makeCredential | format=packed-self/RS256 | 90000 ± 5000 | us/op | 1.50× |  |",
                line(table, "| AuthenticatorBenchmark.makeCredential | format=packed-self/RS256"));
    }

    @Test
    void aBaselineHasNoRatiosAndAPeerOnlyItsBaselineRatio() throws IOException {
        String table = table();
        assertEquals("| AuthenticatorBenchmark.makeCredentialBaseline | format=packed-self/ES256 | 320 ± 10.0 | us/op |  |  |",
                line(table, "| AuthenticatorBenchmark.makeCredentialBaseline | format=packed-self/ES256"));
        assertEquals("| AuthenticatorBenchmark.makeCredentialEmulator | format=packed-self/ES256 | 500 ± n/a | us/op | 1.56× |  |",
                line(table, "| AuthenticatorBenchmark.makeCredentialEmulator"));
    }

    @Test
    void sampleTimeAddsPercentilesAndTheRateOfItsThreads() throws IOException {
        String table = table();
        assertEquals("| CeremonyBenchmark.authentication4 |  | 8.00 ± 0.500 | ms/op |  |  |",
                line(table, "| CeremonyBenchmark.authentication4 |"));
        assertEquals("| CeremonyBenchmark.authentication4 p50 |  | 7.50 | ms/op |  |  |",
                line(table, "| CeremonyBenchmark.authentication4 p50"));
        assertEquals("| CeremonyBenchmark.authentication4 p99 |  | 20.3 | ms/op |  |  |",
                line(table, "| CeremonyBenchmark.authentication4 p99"));
        // 4 threads, each 8 ms a ceremony: 500 a second
        assertEquals("| CeremonyBenchmark.authentication4 rate | threads=4 | 500 | ops/s |  |  |",
                line(table, "| CeremonyBenchmark.authentication4 rate"));
    }

    @Test
    void throughputRatiosAreCostRatiosToo() {
        JmhResult fast = new JmhResult("x.A.ours", "thrpt", 1, java.util.Map.of(), 200, 1, "ops/s", Double.NaN, Double.NaN);
        JmhResult slow = new JmhResult("x.A.base", "thrpt", 1, java.util.Map.of(), 100, 1, "ops/s", Double.NaN, Double.NaN);
        assertEquals(0.5, fast.costRatio(slow), 1e-9);
    }

    @Test
    void anUnknownBenchmarkClassIsListedWithoutRatios() {
        String json = "[{\"benchmark\":\"com.example.Gone.run\",\"mode\":\"avgt\",\"threads\":1,"
                + "\"primaryMetric\":{\"score\":1.5,\"scoreError\":0.1,\"scoreUnit\":\"us/op\"}}]";
        String table = new ResultTable(JmhResults.parse(json)).markdown();
        assertTrue(table.contains("| Gone.run |  | 1.50 ± 0.100 | us/op |  |  |"), table);
    }

    @Test
    void aFileThatIsNotAJmhResultIsRefusedWithAMessage() {
        for (String bad : List.of("{}", "not json", "[{\"mode\":\"avgt\"}]")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JmhResults.parse(bad));
            assertTrue(!e.getMessage().isBlank());
        }
    }
}
