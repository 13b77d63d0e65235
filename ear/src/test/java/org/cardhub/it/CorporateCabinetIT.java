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

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.it.PartnerRestIT.API;
import static org.cardhub.it.RunningCardhub.clientToken;
import static org.cardhub.it.RunningCardhub.get;
import static org.cardhub.it.RunningCardhub.post;

/** A fleet manager works in the corporate cabinet in a real Chromium: the contracts at a glance, the cards and their blocks. */
class CorporateCabinetIT {

    /**
     * Russian notation: groups of three digits split by a (narrow) no-break space, a decimal comma, the unit
     * (WebDriver reads a no-break space as a plain one).
     */
    private static final String SPACE = "[ \u00a0\u202f]";
    private static final String ROUBLES = "\\d{1,3}(" + SPACE + "\\d{3})*,\\d{2}" + SPACE + "₽";
    private static final String LITRES = "\\d{1,3}(" + SPACE + "\\d{3})*,\\d{3}" + SPACE + "л";

    private WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theManagerSeesTheDemoContractWithItsBalancesInRussianNotationItsCardsAndItsLatestOperations() throws Exception {
        browser = Chromium.open("--window-size=1280,900");
        signInAsFleetManager();

        WebElement contract = theDemoContract();
        assertThat(contract.findElement(By.className("ui-card-subtitle")).getText())
                .contains("Общий счёт договора").contains("Предоплата").contains("тариф «Региональный+»");
        assertThat(contract.findElement(By.className("available-money")).getText()).matches(ROUBLES);
        assertThat(contract.findElement(By.className("held-money")).getText()).matches(ROUBLES);
        assertThat(contract.findElement(By.className("available-litres")).getText()).matches(LITRES);
        assertThat(contract.findElement(By.className("cards-total")).getText()).matches("Карт: \\d+");
        assertThat(contract.findElement(By.className("cards-by-status")).getText()).contains("Активны: ");
        List<WebElement> latest = contract.findElements(By.className("latest-operation"));
        assertThat(latest).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        assertThat(latest).allSatisfy(operation -> assertThat(operation.getText())
                .matches("(?s)\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}\\s+\\S.*[₽л]"));
        assertThat(browser.getPageSource()).doesNotContain("S-00000001");
    }

    @Test
    void theOverviewAndTheCardsFitAPhoneScreen() throws Exception {
        browser = Chromium.open();
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 812, "deviceScaleFactor", 2, "mobile", true));
        signInAsFleetManager();
        theDemoContract();

        long pageWidth = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth");
        long viewport = (Long) ((JavascriptExecutor) browser).executeScript("return window.innerWidth");
        assertThat(viewport).isEqualTo(375);
        assertThat(pageWidth).isLessThanOrEqualTo(viewport);

        browser.findElement(By.linkText("Карты")).click();
        Chromium.patiently(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("cards:table")));
        assertThat((Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(viewport);
    }

    @Test
    void theManagerFindsACardByItsLastDigitsBlocksItForAWhileAndStationsSeeItThenLiftsTheBlock() throws Exception {
        String fleetSystem = clientToken("fleet-system", "fleet-system-secret");
        long ford = PartnerRestIT.cardId(fleetSystem, "F-00000001", "0036");
        browser = Chromium.open("--window-size=1280,900");
        // the table's rows are replaced by each filter and action
        WebDriverWait wait = (WebDriverWait) Chromium.patiently(browser).ignoring(StaleElementReferenceException.class);
        signInAsFleetManager();
        try {
            browser.findElement(By.linkText("Карты")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cards:table")));
            assertThat(rows()).hasSizeGreaterThanOrEqualTo(5);

            browser.findElement(By.id("cards:table:numberFilter")).sendKeys("0036");
            wait.until(driver -> rows().size() == 1 && rows().get(0).getText().contains("Ford Transit"));
            wait.until(driver -> clicked(By.id("cards:table:0:block")));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("block:confirm"))).click();

            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cards:messages"), "заблокирована"));
            wait.until(driver -> rows().get(0).getText().contains("Заблокирована") && rows().get(0).getText().contains("(временно)"));
            assertThat(PartnerRestIT.cardStatus(fleetSystem, ford)).isEqualTo("BLOCKED");

            wait.until(driver -> clicked(By.id("cards:table:0:unblock")));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cards:messages"), "снова действует"));
            assertThat(PartnerRestIT.cardStatus(fleetSystem, ford)).isEqualTo("ACTIVE");
        } finally {
            if (!"ACTIVE".equals(PartnerRestIT.cardStatus(fleetSystem, ford))) {
                post(API + "/cards/" + ford + "/unblock", "application/json", "", fleetSystem);
            }
        }
    }

    @Test
    void aFilterThatMatchesNoCardSaysSo() throws Exception {
        browser = Chromium.open("--window-size=1280,900");
        WebDriverWait wait = Chromium.patiently(browser);
        signInAsFleetManager();
        browser.findElement(By.linkText("Карты")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cards:table")));

        browser.findElement(By.id("cards:table:holderColumn:filter")).sendKeys("нет такого автомобиля");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cards-empty"), "Ни одна карта не подходит"));
    }

    /** Clicks what may be re-rendered under the pointer; false (to be tried again) while it is. */
    private boolean clicked(By what) {
        try {
            browser.findElement(what).click();
            return true;
        } catch (StaleElementReferenceException rerendered) {
            return false;
        }
    }

    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#cards\\:table_data > tr[data-ri]"));
    }


    private void signInAsFleetManager() {
        WebDriverWait wait = Chromium.patiently(browser);
        Chromium.signIn(browser, wait, "fleet");
        assertThat(browser.getCurrentUrl()).contains("/cabinet/corporate/");
    }

    private WebElement theDemoContract() {
        List<WebElement> contracts = browser.findElements(By.className("contract"));
        return contracts.stream().filter(card -> card.findElement(By.className("contract-number")).getText()
                .equals("Договор F-00000001")).findFirst().orElseThrow(() -> new AssertionError(
                "no card for contract F-00000001 among " + contracts.size()));
    }
}
