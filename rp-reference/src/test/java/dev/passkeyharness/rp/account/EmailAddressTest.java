package dev.passkeyharness.rp.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "alice@example.com|alice@example.com",
            "  Alice@Example.COM \t|alice@example.com",
            "ALICE.SMITH+tag@mail.example.co.uk|alice.smith+tag@mail.example.co.uk",
            "x@a.b|x@a.b"})
    void parseTrimsAndLowerCases(String input, String expected) {
        assertEquals(expected, EmailAddress.parse(input).value());
        assertEquals(expected, EmailAddress.parse(input).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "alice", "alice@", "@example.com", "alice@@example.com", "a@b@example.com",
            "alice@localhost", "alice@.example.com", "alice@example.com.", "alice@example..com", "al ice@example.com",
            "alice@exa\tmple.com", "alice\u0000@example.com", "alice@example\u00a0.com", "alice\u2028@example.com"})
    void malformedAddressesAreRefused(String input) {
        InvalidEmailException e = assertThrows(InvalidEmailException.class, () -> EmailAddress.parse(input));
        assertTrue(e.getMessage().length() > 10, e.getMessage());
    }

    @Test
    void nullIsRefused() {
        assertEquals("an email address is required",
                assertThrows(InvalidEmailException.class, () -> EmailAddress.parse(null)).getMessage());
    }

    @Test
    void lengthLimits() {
        String local64 = "a".repeat(64);
        String domain = "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(61); // 189 characters
        assertEquals(254, EmailAddress.parse(local64 + "@" + domain).value().length());
        assertThrows(InvalidEmailException.class, () -> EmailAddress.parse(local64 + "@" + domain + "d"));
        assertThrows(InvalidEmailException.class, () -> EmailAddress.parse("a".repeat(65) + "@example.com"));
    }

    @Test
    void theMessageNamesTheProblem() {
        assertTrue(assertThrows(InvalidEmailException.class, () -> EmailAddress.parse("alice@localhost"))
                .getMessage().contains("no dot"));
        assertTrue(assertThrows(InvalidEmailException.class, () -> EmailAddress.parse("alice"))
                .getMessage().contains("exactly one '@'"));
    }

    @Test
    void theConstructorOnlyTakesNormalisedAddresses() {
        assertEquals("a@example.com", new EmailAddress("a@example.com").value());
        assertThrows(InvalidEmailException.class, () -> new EmailAddress("A@example.com"));
        assertThrows(InvalidEmailException.class, () -> new EmailAddress("a@localhost"));
    }
}
