package org.cardhub.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.it.RunningCardhub.APP;

/**
 * The demo parent in a real Chromium tops up Петров Иван's canteen balance by 500 ₽ (no fee at Школа № 7) with a test
 * card on the acquirer emulator's page, comes back to "Зачислено", and finds the canteen balance on the main page up by
 * exactly 500 ₽; then pays with a card that has no money, is told "недостаточно средств", and the balance stays.
 */
class ParentTopUpInBrowserIT {

    private static final String IVAN = "Петров Иван";
    private static final String EMULATOR = "http://127.0.0.1:8091/checkout/";

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Chromium.open();
        wait = Chromium.patiently(browser);
        wait.ignoring(StaleElementReferenceException.class); // the child's choice redraws the form
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aParentTopsUpIvansCanteenByCardOnceAndADeclinedCardChangesNothing() {
        Chromium.signIn(browser, wait, "parent");
        BigDecimal before = canteenOnTheMainPage();

        topUpCanteen("500", "5555 5555 5555 4477");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("outcome"), "Зачислено 500,00 ₽ на баланс столовой"));
        assertThat(browser.findElement(By.id("payment-child")).getText()).isEqualTo(IVAN);
        BigDecimal credited = canteenOnTheMainPage();

        assertThat(credited).isEqualByComparingTo(before.add(new BigDecimal("500")));

        topUpCanteen("500", "5555 5555 5555 4592");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("outcome"), "недостаточно средств"));
        assertThat(browser.findElement(By.id("outcome")).getText()).startsWith("Платёж отклонён");

        assertThat(canteenOnTheMainPage()).as("nothing credited").isEqualByComparingTo(credited);
    }

    /** On the top-up page: Иван, the canteen, the amount (the fee and total shown first), then the emulator's card form. */
    private void topUpCanteen(String amount, String cardNumber) {
        browser.get(APP + "/cabinet/parent/topup.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("topup:pay")));
        Chromium.choose(browser, wait, "topup:child", IVAN);
        wait.until(driver -> {
            driver.findElement(By.xpath("//*[@id='topup:purse']//*[normalize-space()='Баланс столовой']")).click();
            return driver.findElement(By.xpath("//*[@id='topup:purse']//*[contains(@class,'ui-state-active')]")).getText()
                    .contains("Баланс столовой");
        });
        browser.findElement(By.id("topup:amount")).sendKeys(Keys.chord(Keys.CONTROL, "a"), amount);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("quote-total"), amount + ",00"));
        assertThat(browser.findElement(By.id("fee-terms")).getText()).contains("Без комиссии");
        browser.findElement(By.id("topup:pay")).click();

        wait.until(ExpectedConditions.urlContains(EMULATOR));
        browser.findElement(By.id("card-number")).sendKeys(cardNumber);
        browser.findElement(By.id("card-expiry")).sendKeys("12/30");
        browser.findElement(By.id("card-cvc")).sendKeys("123");
        browser.findElement(By.id("pay")).click();
        wait.until(ExpectedConditions.urlContains("/cabinet/parent/topup-return.xhtml?payment="));
    }

    /** Иван's canteen balance where the parent sees it first, on the main page (1 234,56 ₽ or 1234.56 ₽). */
    private BigDecimal canteenOnTheMainPage() {
        browser.get(APP + "/cabinet/parent/index.xhtml");
        WebElement balance = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[contains(@class,'child-name') and normalize-space()='" + IVAN + "']"
                        + "/ancestor::*[.//*[contains(@class,'balance-canteen')]][1]//*[contains(@class,'balance-canteen')]")));
        String text = balance.getText().replaceAll("[\\s\u00a0\u202f₽]", "").replace(',', '.');
        return new BigDecimal(text);
    }
}
