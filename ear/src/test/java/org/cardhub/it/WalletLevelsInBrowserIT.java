package org.cardhub.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.it.RunningCardhub.APP;

/**
 * The wallets' identification levels as the back office sees them in a real Chromium: both levels with their caps in
 * roubles, a refused cap said at its field with nothing saved, a saved change said with the new caps; the page fits a
 * phone, and a wallet holder does not reach it. The caps are saved back as they were.
 */
class WalletLevelsInBrowserIT {

    private static final String LEVELS = "/cabinet/backoffice/wallet-levels.xhtml";
    private static final String SPACE = "[ \u00a0\u202f]";

    private WebDriver browser;
    private WebDriverWait wait;

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    @Test
    void theBackOfficeSeesBothLevelsAndARefusedCapIsSaidAtItsFieldWhileAGoodOneIsSaved() throws Exception {
        open("--window-size=1400,1000");
        Chromium.signIn(browser, wait, "admin");
        browser.findElement(By.linkText("Лимиты кошельков")).click();
        wait.until(ExpectedConditions.textToBe(By.id("levels-title"), "Уровни идентификации кошельков"));
        WebElement nonIdentified = row("NON_IDENTIFIED");
        assertThat(nonIdentified.getText()).contains("Неидентифицированный")
                .containsPattern("15" + SPACE + "000,00" + SPACE + "₽").containsPattern("40" + SPACE + "000,00" + SPACE + "₽");
        assertThat(row("IDENTIFIED").getText()).containsPattern("100" + SPACE + "000,00" + SPACE + "₽")
                .containsPattern("1" + SPACE + "000" + SPACE + "000,00" + SPACE + "₽");

        row("NON_IDENTIFIED").findElement(By.cssSelector("button[id$=':edit']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("level:maxBalance")));
        type("level:maxBalance", "0");
        click("level:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("level:maxBalance-message"), "больше нуля"));
        type("level:maxBalance", "150 000,00");
        click("level:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("levelDialog"), "не может быть выше"));
        assertThat(row("NON_IDENTIFIED").getText()).as("nothing saved").containsPattern("15" + SPACE + "000,00" + SPACE + "₽");

        type("level:maxBalance", "15 000,00");
        type("level:maxTurnover", "40000");
        click("level:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("levels:messages"), "сохранены"));
        assertThat(row("NON_IDENTIFIED").getText()).containsPattern("15" + SPACE + "000,00" + SPACE + "₽")
                .containsPattern("40" + SPACE + "000,00" + SPACE + "₽");
    }

    @Test
    void thePageFitsAPhoneAndAWalletHolderDoesNotReachIt() throws Exception {
        open();
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 812, "deviceScaleFactor", 2, "mobile", true));
        Chromium.signIn(browser, wait, "admin");
        browser.get(APP + LEVELS);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("levels-title")));
        long viewport = (Long) ((JavascriptExecutor) browser).executeScript("return window.innerWidth");
        assertThat((Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(viewport);
        quit();

        open("--window-size=1280,900");
        Chromium.signIn(browser, wait, "wallet");
        browser.get(APP + LEVELS);
        assertThat(browser.findElement(By.id("error-403")).getText()).contains("Доступ запрещён");
        assertThat(browser.getPageSource()).doesNotContain("levels-title");
    }

    private void open(String... arguments) throws Exception {
        browser = Chromium.open(arguments);
        wait = Chromium.patiently(browser);
        wait.ignoring(StaleElementReferenceException.class); // ajax updates replace the elements being watched
    }

    private WebElement row(String tier) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.wallet-level-" + tier)));
    }

    private void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    private void type(String id, String value) {
        wait.until(driver -> {
            WebElement input = driver.findElement(By.id(id));
            if (!input.isDisplayed()) {
                return false;
            }
            input.clear();
            input.sendKeys(value);
            return true;
        });
    }
}
