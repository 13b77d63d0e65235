package org.cardhub.it;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * The back office's month close page in a real Chromium, driven as a person does: find a contract by its number, read
 * its months, close one, reopen one with a reason. Its API has no Selenium type: a mixed Arquillian test
 * ({@code core.MonthCloseInBrowserIT}) is loaded inside Payara too, where there is no Selenium. Text comes back as a
 * person reads it, every kind of space a plain one.
 */
public final class PeriodPages implements AutoCloseable {

    private final WebDriver browser;
    private final WebDriverWait wait;

    private PeriodPages(WebDriver browser) {
        this.browser = browser;
        this.wait = (WebDriverWait) Chromium.patiently(browser).ignoring(StaleElementReferenceException.class);
    }

    /** A desktop-sized browser with the user signed in on Keycloak's page. */
    public static PeriodPages signedIn(String username) throws IOException {
        PeriodPages pages = new PeriodPages(Chromium.open("--window-size=1280,900"));
        try {
            Chromium.signIn(pages.browser, pages.wait, username);
        } catch (RuntimeException e) {
            pages.close();
            throw e;
        }
        return pages;
    }

    /** Follows the menu entry to the page; returns its title. */
    public String openFromMenu(String menuLabel) {
        browser.findElement(By.linkText(menuLabel)).click();
        return text(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("periods-title"))));
    }

    /** Searches a contract number; returns the message at the field, or an empty text when the contract's months show. */
    public String search(String number) {
        WebElement field = browser.findElement(By.id("search:number"));
        field.clear();
        field.sendKeys(number);
        By refusal = By.cssSelector("[id='search'] .ui-message-error");
        List<WebElement> before = browser.findElements(refusal);
        browser.findElement(By.id("search:show")).click();
        // the previous search's message stays until the answer replaces the form
        before.forEach(old -> wait.until(ExpectedConditions.stalenessOf(old)));
        wait.until(driver -> !driver.findElements(refusal).isEmpty() || shows("periods-contract") && shownIs(number));
        List<WebElement> refused = browser.findElements(refusal);
        return refused.isEmpty() ? "" : text(refused.get(0));
    }

    /** The months shown, one text per row, newest first. */
    public List<String> rows() {
        return browser.findElements(By.cssSelector("[id='months:table_data'] > tr[data-ri]")).stream().map(PeriodPages::text).toList();
    }

    public boolean shows(String id) {
        return !browser.findElements(By.id(id)).isEmpty();
    }

    /** Closes the month of row {@code row} (0 the newest) after confirming; returns the page's message once it has {@code done}. */
    public String closeNow(int row, String done) {
        wait.until(driver -> clicked(By.id("months:table:" + row + ":close")));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("months:confirmYes"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("months:messages"), done));
        return text(browser.findElement(By.id("months:messages")));
    }

    /** Opens the reopen dialog of row {@code row}, confirms it with {@code blank}; returns the message at the reason, then cancels. */
    public String reopenRefused(int row, String blank) {
        openReopen(row, blank);
        String message = text(wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='reopen'] .ui-message-error"))));
        browser.findElement(By.id("reopen:cancel")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("reopen:confirm")));
        return message;
    }

    /** Reopens the month of row {@code row} with {@code reason}; returns the page's message once it has {@code done}. */
    public String reopen(int row, String reason, String done) {
        openReopen(row, reason);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("months:messages"), done));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("reopen:confirm")));
        return text(browser.findElement(By.id("months:messages")));
    }

    /** The page at a phone's width: whether nothing sticks out sideways. */
    public boolean fitsAPhone() {
        browser.manage().window().setSize(new Dimension(375, 812));
        wait.until(driver -> ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth")).intValue() <= 400);
        // the page lays itself out again after the resize (charts redraw at their new width): a moment to settle
        try {
            new WebDriverWait(browser, Duration.ofSeconds(5)).until(driver -> ((Number) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue() <= 0);
            return true;
        } catch (org.openqa.selenium.TimeoutException sticksOut) {
            return false;
        }
    }

    @Override
    public void close() {
        browser.quit();
    }

    private void openReopen(int row, String reason) {
        wait.until(driver -> clicked(By.id("months:table:" + row + ":reopen")));
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reopen:reason")));
        field.clear();
        field.sendKeys(reason);
        browser.findElement(By.id("reopen:confirm")).click();
    }

    private boolean shownIs(String number) {
        return text(browser.findElement(By.id("periods-contract"))).contains(number.strip());
    }

    private boolean clicked(By what) {
        try {
            browser.findElement(what).click();
            return true;
        } catch (StaleElementReferenceException | ElementClickInterceptedException | org.openqa.selenium.NoSuchElementException notYet) {
            return false;
        }
    }

    private static String text(WebElement element) {
        return element.getText().replaceAll("[\u00a0\u202f]", " ");
    }
}
