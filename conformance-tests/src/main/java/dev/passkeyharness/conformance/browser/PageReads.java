package dev.passkeyharness.conformance.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

/** Reads of a page that may be replaced while it is read: a navigation, a list re-rendered. */
final class PageReads {

    private PageReads() {
    }

    /**
     * Whether {@code e} says the element went away while it was read. Besides the stale element WebDriver defines,
     * chromedriver answers "Node with given id does not belong to the document" when the document changed between
     * finding an element and reading it.
     */
    static boolean replaced(WebDriverException e) {
        return e instanceof StaleElementReferenceException || e instanceof JavascriptException
                || String.valueOf(e.getMessage()).contains("does not belong to the document");
    }

    /** The text of the first element {@code by} finds, or "" when there is none or it was replaced meanwhile. */
    static String text(SearchContext page, By by) {
        try {
            List<WebElement> found = page.findElements(by);
            return found.isEmpty() ? "" : found.get(0).getText();
        } catch (WebDriverException e) {
            if (replaced(e)) {
                return "";
            }
            throw e;
        }
    }
}
