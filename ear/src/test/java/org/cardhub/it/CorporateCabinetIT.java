package org.cardhub.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A fleet manager opens the corporate cabinet in a real Chromium and sees the company's contracts at a glance. */
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
    void theManagerSeesTheDemoContractWithItsBalancesInRussianNotationAndItsCards() throws Exception {
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
        assertThat(browser.getPageSource()).doesNotContain("S-00000001");
    }

    @Test
    void theOverviewFitsAPhoneScreen() throws Exception {
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
