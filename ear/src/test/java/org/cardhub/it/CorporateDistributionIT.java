package org.cardhub.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.it.RunningCardhub.APP;

/**
 * A fleet manager hands out money from the demo's distributed contract F-00000002 to two of its cards in a real
 * Chromium, double-clicking the confirmation, and takes it back; a bad amount is answered at its field; {@code fleet2},
 * who may not move money, sees the balances but no form. Other tests may move money on the demo too, so balances are
 * compared before and after, not fixed.
 */
class CorporateDistributionIT {

    private static final String RENAULT = "1018";
    private static final String SKODA = "1026";
    private static final BigDecimal HUNDRED = new BigDecimal("100.00");

    private WebDriver browser;
    private WebDriverWait wait;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aDoubleClickOnTheConfirmationMovesOneHundredRoublesOntoEachOfTwoCardsOnceAndTheyAreTakenBack() throws Exception {
        browser = Chromium.open("--window-size=1280,900");
        wait = (WebDriverWait) Chromium.patiently(browser).ignoring(StaleElementReferenceException.class);
        Chromium.signIn(browser, wait, "fleet");
        browser.findElement(By.linkText("Баланс карт")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("balance:cards")));
        assertThat(text("balance:contract_label")).startsWith("F-00000002");
        BigDecimal account = amountOf(text("account-money"));
        Map<String, BigDecimal> before = Map.of(RENAULT, cardMoney(RENAULT), SKODA, cardMoney(SKODA));
        String reason = "IT: выдача " + UUID.randomUUID().toString().substring(0, 8);
        boolean moved = false;
        try {
            tick(RENAULT);
            tick(SKODA);
            fill("100,00", reason);
            browser.findElement(By.id("balance:prepare")).click();
            WebElement confirm = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm:go")));
            assertThat(text("confirm:total")).matches("200,00[ \u00a0\u202f]₽");
            assertThat(text("confirm-summary")).contains("F-00000002").contains(reason);

            new Actions(browser).doubleClick(confirm).perform();
            moved = true;

            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("balance:move-result"), "переведено 200,00"));
            wait.until(driver -> cardMoney(RENAULT).equals(before.get(RENAULT).add(HUNDRED)));
            assertThat(cardMoney(SKODA)).isEqualByComparingTo(before.get(SKODA).add(HUNDRED));
            assertThat(amountOf(text("account-money"))).isEqualByComparingTo(account.subtract(HUNDRED.add(HUNDRED)));
            assertThat(browser.findElements(By.cssSelector("#balance\\:history_data .move-reason")))
                    .filteredOn(cell -> cell.getText().equals(reason)).as("one move, one row per card").hasSize(2);
        } finally {
            if (moved) {
                moveBack(reason);
            }
        }
        assertThat(cardMoney(RENAULT)).isEqualByComparingTo(before.get(RENAULT));
        assertThat(cardMoney(SKODA)).isEqualByComparingTo(before.get(SKODA));
        assertThat(amountOf(text("account-money"))).isEqualByComparingTo(account);
    }

    @Test
    void anAmountWithThreeDecimalsOfARoubleIsAnsweredAtItsFieldAndNothingIsMoved() throws Exception {
        browser = Chromium.open("--window-size=1280,900");
        wait = (WebDriverWait) Chromium.patiently(browser).ignoring(StaleElementReferenceException.class);
        Chromium.signIn(browser, wait, "fleet");
        browser.get(APP + "/cabinet/corporate/balance.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("balance:cards")));
        String account = text("account-money");

        tick(RENAULT);
        fill("10,555", "IT: неверная сумма");
        browser.findElement(By.id("balance:prepare")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("balance:amount-message"),
                "не больше двух знаков после запятой"));
        assertThat(browser.findElement(By.id("confirm:go")).isDisplayed()).isFalse();
        assertThat(text("account-money")).isEqualTo(account);

        clear("balance:amount");
        browser.findElement(By.id("balance:amount")).sendKeys("0");
        browser.findElement(By.id("balance:prepare")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("balance:amount-message"), "больше нуля"));
        assertThat(text("account-money")).isEqualTo(account);
    }

    @Test
    void aManagerWithoutTheRightToMoveMoneySeesTheContractAccountButNoMoveForm() throws Exception {
        browser = Chromium.open("--window-size=1280,900");
        wait = Chromium.patiently(browser);
        Chromium.signIn(browser, wait, "fleet2");

        browser.findElement(By.linkText("Баланс карт")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("balance:no-move-right")));
        assertThat(text("balance:contract_label")).startsWith("F-00000002");
        assertThat(text("account-money")).matches("[\\d \u00a0\u202f]+,\\d{2}[ \u00a0\u202f]₽");
        assertThat(text("balance:no-move-right")).contains("не можете переводить");
        assertThat(browser.findElements(By.id("balance:prepare"))).isEmpty();
        assertThat(browser.findElements(By.id("balance:amount"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("#balance\\:cards .ui-selection-column"))).isEmpty();
    }

    @Test
    void theBalancePageFitsAPhoneScreen() throws Exception {
        browser = Chromium.open();
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 812, "deviceScaleFactor", 2, "mobile", true));
        wait = Chromium.patiently(browser);
        Chromium.signIn(browser, wait, "fleet");
        browser.get(APP + "/cabinet/corporate/balance.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("balance:prepare")));

        long viewport = (Long) ((JavascriptExecutor) browser).executeScript("return window.innerWidth");
        long pageWidth = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
        assertThat(viewport).isEqualTo(375);
        assertThat(pageWidth).isLessThanOrEqualTo(viewport);
    }

    /** Takes the hundred roubles back from both cards through the page, as the manager would. */
    private void moveBack(String reason) {
        BigDecimal renault = cardMoney(RENAULT);
        browser.findElement(By.xpath("//*[@id='balance:direction']//*[contains(@class, 'ui-button') "
                + "and contains(., 'С карт на счёт договора')]")).click();
        tick(RENAULT);
        tick(SKODA);
        fill("100,00", reason + " — возврат");
        browser.findElement(By.id("balance:prepare")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm:go"))).click();
        wait.until(driver -> cardMoney(RENAULT).equals(renault.subtract(HUNDRED)));
    }

    private void fill(String amount, String reason) {
        clear("balance:amount");
        browser.findElement(By.id("balance:amount")).sendKeys(amount);
        clear("balance:reason");
        browser.findElement(By.id("balance:reason")).sendKeys(reason);
    }

    private void clear(String id) {
        browser.findElement(By.id(id)).clear();
    }

    /** Ticks the card whose number ends so, unless it is ticked already (the selection outlives a move). */
    private void tick(String lastDigits) {
        if (!ticked(lastDigits)) {
            row(lastDigits).findElement(By.cssSelector("td.ui-selection-column .ui-chkbox-box")).click();
        }
        wait.until(driver -> ticked(lastDigits));
    }

    private boolean ticked(String lastDigits) {
        WebElement row = row(lastDigits);
        return "true".equals(row.getAttribute("aria-selected")) || row.getAttribute("class").contains("ui-state-highlight");
    }

    private WebElement row(String lastDigits) {
        List<WebElement> rows = browser.findElements(By.cssSelector("#balance\\:cards_data > tr[data-ri]"));
        return rows.stream().filter(row -> row.findElement(By.className("card-number")).getText().endsWith(lastDigits))
                .findFirst().orElseThrow(() -> new AssertionError("no card *" + lastDigits + " among " + rows.size()));
    }

    private BigDecimal cardMoney(String lastDigits) {
        return amountOf(row(lastDigits).findElement(By.className("card-money")).getText());
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    /** "1 234,50 ₽" (with any of the spaces Russian notation uses) as 1234.50. */
    private static BigDecimal amountOf(String shown) {
        return new BigDecimal(shown.replaceAll("[^0-9,-]", "").replace(',', '.'));
    }
}
