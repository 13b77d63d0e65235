package org.cardhub.it;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.cardhub.it.RunningCardhub.APP;

/**
 * The corporate cabinet's card pages (the card table, one card's page, the balance page) in a real Chromium, driven as
 * a fleet manager does, for browser steps of tests outside this package. Its API has no Selenium type: a mixed
 * Arquillian test ({@code core.CardReissueAndCloseInBrowserIT}) is loaded inside Payara too, where there is no Selenium.
 * Text comes back as a person reads it, every kind of space a plain one.
 */
public final class CorporateCardPages implements AutoCloseable {

    private static final Pattern CARD_PARAMETER = Pattern.compile("[?&]card=(\\d+)");

    private final WebDriver browser;
    private final WebDriverWait wait;

    private CorporateCardPages(WebDriver browser) {
        this.browser = browser;
        // tables and forms are replaced by every filter and action
        this.wait = (WebDriverWait) Chromium.patiently(browser).ignoring(StaleElementReferenceException.class);
    }

    /** A desktop-sized browser with the demo user signed in on Keycloak's page. */
    public static CorporateCardPages signedIn(String username) throws IOException {
        CorporateCardPages pages = new CorporateCardPages(Chromium.open("--window-size=1280,900"));
        try {
            Chromium.signIn(pages.browser, pages.wait, username);
        } catch (RuntimeException e) {
            pages.close();
            throw e;
        }
        return pages;
    }

    /** Finds the one card of the contract whose holder contains {@code holderPart} in the card table and opens its page. */
    public void openCard(String contractNumber, String holderPart) {
        browser.findElement(By.linkText("Карты")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cards:table")));
        choose("cards:contract", contractNumber, "cards:table");
        browser.findElement(By.id("cards:table:holderColumn:filter")).sendKeys(holderPart);
        wait.until(driver -> {
            List<WebElement> rows = rows("cards:table");
            return rows.size() == 1 && rows.get(0).getText().contains(holderPart);
        });
        wait.until(driver -> clicked(By.id("cards:table:0:open")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("card-title")));
    }

    /** The page of a card, by its address. */
    public void openCard(long cardId) {
        browser.get(APP + "/cabinet/corporate/card.xhtml?card=" + cardId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("card-title")));
    }

    /** Follows the link of a reissued card's page to the card that replaced it. */
    public void openSuccessor() {
        WebElement title = browser.findElement(By.id("card-title"));
        browser.findElement(By.id("card:successor")).click();
        wait.until(ExpectedConditions.stalenessOf(title));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("card-title")));
    }

    /** The id of the card whose page is open, from the page's address. */
    public long cardId() {
        Matcher card = CARD_PARAMETER.matcher(browser.getCurrentUrl());
        if (!card.find()) {
            throw new AssertionError("no card in the address " + browser.getCurrentUrl());
        }
        return Long.parseLong(card.group(1));
    }

    /** The card number in the card page's title, masked as the page shows it. */
    public String cardNumber() {
        return read(browser.findElement(By.cssSelector("#card-title .card-number")));
    }

    public String text(String id) {
        return read(browser.findElement(By.id(id)));
    }

    public List<String> texts(String cssSelector) {
        return browser.findElements(By.cssSelector(cssSelector)).stream().map(CorporateCardPages::read).toList();
    }

    /** Whether the page has the element at all (an action the card does not allow is not drawn). */
    public boolean shows(String id) {
        return !browser.findElements(By.id(id)).isEmpty();
    }

    /**
     * Opens the reason dialog of the card page's button {@code button} (whose form is {@code form}: "reissue",
     * "closing"), confirms it with no reason, and returns the message at the reason field; then cancels the dialog.
     */
    public String confirmWithoutReason(String button, String form) {
        openDialog(button, form);
        browser.findElement(By.id(form + ":confirm")).click();
        String message = read(wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='" + form + "'] .ui-message-error"))));
        browser.findElement(By.id(form + ":cancel")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(form + ":confirm")));
        return message;
    }

    /**
     * Opens the reason dialog of the card page's button, gives the reason and confirms; waits for the dialog to close
     * and the page's message to contain {@code done}, and returns the message.
     */
    public String confirmWithReason(String button, String form, String reason, String done) {
        openDialog(button, form);
        WebElement field = browser.findElement(By.id(form + ":reason"));
        field.clear();
        field.sendKeys(reason);
        browser.findElement(By.id(form + ":confirm")).click();
        Chromium.patiently(browser).ignoring(StaleElementReferenceException.class)
                .withMessage(() -> "the card page says: " + text("card:messages"))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("card:messages"), done));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(form + ":confirm")));
        return text("card:messages");
    }

    /**
     * On the balance page of the contract, moves {@code amount} (roubles, as typed) from the card back to the
     * contract account with {@code reason}, as a manager does: filter, tick, direction, amount, reason, confirm. Waits
     * until the card's row shows another balance and returns what the page says it did.
     */
    public String moveBackToContract(String contractNumber, String panMasked, String amount, String reason) {
        browser.get(APP + "/cabinet/corporate/balance.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("balance:cards")));
        choose("balance:contract", contractNumber, "balance:cards");
        String lastDigits = panMasked.substring(panMasked.length() - 4);
        browser.findElement(By.id("balance:cards:numberFilter")).sendKeys(lastDigits);
        wait.until(driver -> {
            List<WebElement> rows = rows("balance:cards");
            return rows.stream().allMatch(row -> numberOf(row).endsWith(lastDigits)) && balanceRow(panMasked).isPresent();
        });
        String before = moneyOnBalancePage(panMasked);

        balanceRow(panMasked).orElseThrow().findElement(By.cssSelector("td.ui-selection-column .ui-chkbox-box")).click();
        wait.until(driver -> balanceRow(panMasked).map(row -> "true".equals(row.getAttribute("aria-selected"))
                || row.getAttribute("class").contains("ui-state-highlight")).orElse(false));
        browser.findElement(By.xpath("//*[@id='balance:direction']//*[contains(@class, 'ui-button') "
                + "and contains(., 'С карт на счёт договора')]")).click();
        type("balance:amount", amount);
        type("balance:reason", reason);
        browser.findElement(By.id("balance:prepare")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm:go"))).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("balance:move-result"), "переведено"));
        wait.until(driver -> balanceRow(panMasked).map(row -> read(row.findElement(By.className("card-money"))))
                .filter(money -> !money.equals(before)).isPresent());
        return text("balance:move-result");
    }

    /** The roubles of the card as its row on the balance page shows them. */
    public String moneyOnBalancePage(String panMasked) {
        return read(balanceRow(panMasked).orElseThrow(() -> new AssertionError("no row of " + panMasked))
                .findElement(By.className("card-money")));
    }

    @Override
    public void close() {
        browser.quit();
    }

    private void openDialog(String button, String form) {
        wait.until(driver -> clicked(By.id("card:" + button)));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(form + ":confirm")));
    }

    /** Clicks what may be redrawn or still under a dialog's fading mask; false (to be tried again) while it is. */
    private boolean clicked(By what) {
        try {
            browser.findElement(what).click();
            return true;
        } catch (StaleElementReferenceException | ElementClickInterceptedException notYet) {
            return false;
        }
    }

    /** Picks the contract in the page's menu unless it is shown already; waits for the element it redraws. */
    private void choose(String menuId, String contractNumber, String redrawnId) {
        if (!text(menuId + "_label").equals(contractNumber)) {
            WebElement redrawn = browser.findElement(By.id(redrawnId));
            Chromium.choose(browser, wait, menuId, contractNumber);
            wait.until(ExpectedConditions.stalenessOf(redrawn));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id(redrawnId)));
        }
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private List<WebElement> rows(String tableId) {
        return browser.findElements(By.cssSelector("[id='" + tableId + "_data'] > tr[data-ri]"));
    }

    private Optional<WebElement> balanceRow(String panMasked) {
        return rows("balance:cards").stream().filter(row -> numberOf(row).equals(panMasked)).findFirst();
    }

    private static String numberOf(WebElement row) {
        return row.findElement(By.className("card-number")).getText();
    }

    private static String read(WebElement element) {
        return element.getText().replaceAll("[\u00a0\u202f]", " ");
    }
}
