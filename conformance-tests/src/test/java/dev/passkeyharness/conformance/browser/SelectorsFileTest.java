package dev.passkeyharness.conformance.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.passkeyharness.conformance.catalogue.CatalogueException;
import dev.passkeyharness.conformance.catalogue.CatalogueFile;
import org.junit.jupiter.api.Test;

class SelectorsFileTest {

    @Test
    void keysLeftOutKeepTheReferenceRpsValues() {
        PageSelectors selectors = SelectorsFile.parse(new CatalogueFile("site.yaml",
                "loginPage: /signin\npasskeySignIn: \"button.passkey\"\n"));
        assertEquals("/signin", selectors.get("loginPage"));
        assertEquals("button.passkey", selectors.get("passkeySignIn"));
        assertEquals(PageSelectors.REFERENCE_RP.get("signOut"), selectors.get("signOut"));
    }

    @Test
    void anUnknownKeyIsRefusedWithFileAndLine() {
        CatalogueException e = assertThrows(CatalogueException.class, () -> SelectorsFile.parse(
                new CatalogueFile("site.yaml", "loginPage: /signin\nlogoutButton: \"#out\"\n")));
        assertTrue(e.getMessage().startsWith("site.yaml:2"), e.getMessage());
        assertTrue(e.getMessage().contains("logoutButton"), e.getMessage());
    }

    @Test
    void aPageMustBeAPathAndASelectorAString() {
        CatalogueException path = assertThrows(CatalogueException.class, () -> SelectorsFile.parse(
                new CatalogueFile("site.yaml", "accountPage: account\n")));
        assertTrue(path.getMessage().contains("starts with '/'"), path.getMessage());
        CatalogueException type = assertThrows(CatalogueException.class, () -> SelectorsFile.parse(
                new CatalogueFile("site.yaml", "signOut: [a, b]\n")));
        assertTrue(type.getMessage().startsWith("site.yaml:1"), type.getMessage());
    }
}
