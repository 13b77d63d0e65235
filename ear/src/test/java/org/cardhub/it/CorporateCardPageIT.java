package org.cardhub.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.it.PartnerRestIT.API;
import static org.cardhub.it.RunningCardhub.APP;
import static org.cardhub.it.RunningCardhub.clientToken;
import static org.cardhub.it.RunningCardhub.get;
import static org.cardhub.it.RunningCardhub.post;

/**
 * A fleet manager opens one card's page in a real Chromium: what the card may spend, its limits, restrictions and
 * history, and blocking and unblocking it there. Reissue and close would spend the demo cards the other tests use: they
 * are driven on a throwaway card of the demo company ({@code core.CardReissueAndCloseInBrowserIT}).
 */
class CorporateCardPageIT {

    private static final String SPACE = "[ \u00a0\u202f]";
    private static final String DATE_TIME = "\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}";

    private WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theLadasPageOpensFromItsNumberAndShowsTheContractAccountItsDailyLimitsItsCategoriesAndItsHistory() throws Exception {
        long lada = PartnerRestIT.cardId(clientToken("fleet-system", "fleet-system-secret"), "F-00000001", "0044");
        browser = Chromium.open("--window-size=1280,900");
        WebDriverWait wait = (WebDriverWait) Chromium.patiently(browser).ignoring(StaleElementReferenceException.class);
        signInAsFleetManager(wait);
        browser.findElement(By.linkText("Карты")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cards:table")));
        browser.findElement(By.id("cards:table:numberFilter")).sendKeys("0044");
        wait.until(driver -> driver.findElements(By.cssSelector("#cards\\:table_data > tr[data-ri]")).size() == 1
                && driver.findElement(By.id("cards:table:0:open")).getText().endsWith("0044"));

        // the filter may draw the table once more: find and click in one go, again if the row was replaced
        wait.until(driver -> {
            driver.findElement(By.id("cards:table:0:open")).click();
            return true;
        });

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("card-title")));
        assertThat(browser.getCurrentUrl()).contains("/cabinet/corporate/card.xhtml").contains("card=" + lada);
        assertThat(text("card-title")).endsWith("0044").contains("******");
        assertThat(text("card-holder")).contains("Lada Largus").contains("Автомобиль");
        assertThat(text("card-status")).contains("Активна");
        assertThat(text("card-contract")).isEqualTo("F-00000001");
        assertThat(text("card-pooled")).contains("со счёта договора F-00000001");
        assertThat(text("card-limits")).containsPattern("10" + SPACE + "000,00" + SPACE + "₽" + SPACE + "в день")
                .containsPattern("150,000" + SPACE + "л" + SPACE + "в день, только топливо");
        assertThat(text("card-restrictions")).contains("Разрешены").contains("топливо, мойка").doesNotContain("CAR_WASH");
        assertThat(text("card-history")).containsPattern(DATE_TIME).contains("Активна").contains("Europe/Moscow");
    }

    @Test
    void theManagerBlocksTheLadaForAWhileOnItsPageSeesWhoDidItInTheHistoryAndLiftsTheBlock() throws Exception {
        String fleetSystem = clientToken("fleet-system", "fleet-system-secret");
        long lada = PartnerRestIT.cardId(fleetSystem, "F-00000001", "0044");
        browser = Chromium.open("--window-size=1280,900");
        WebDriverWait wait = (WebDriverWait) Chromium.patiently(browser).ignoring(StaleElementReferenceException.class);
        signInAsFleetManager(wait);
        try {
            browser.get(APP + "/cabinet/corporate/card.xhtml?card=" + lada);
            wait.until(ExpectedConditions.elementToBeClickable(By.id("card:block"))).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("block:confirm"))).click();

            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("card:messages"), "заблокирована"));
            wait.until(driver -> text("card-status").contains("Заблокирована") && text("card-status").contains("(временно)"));
            assertThat(PartnerRestIT.cardStatus(fleetSystem, lada)).isEqualTo("BLOCKED");
            assertThat(text("card-history")).contains("Активна → Заблокирована (временно)").contains("fleet");

            wait.until(ExpectedConditions.elementToBeClickable(By.id("card:unblock"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("card:messages"), "снова действует"));
            wait.until(driver -> text("card-status").contains("Активна"));
            assertThat(PartnerRestIT.cardStatus(fleetSystem, lada)).isEqualTo("ACTIVE");
            assertThat(text("card-history")).contains("Заблокирована → Активна");
        } finally {
            if (!"ACTIVE".equals(PartnerRestIT.cardStatus(fleetSystem, lada))) {
                post(API + "/cards/" + lada + "/unblock", "application/json", "", fleetSystem);
            }
        }
    }

    @Test
    void aCardThatIsNotTheCompanysOrNoCardAtAllIsNoSuchCardNotAnError() throws Exception {
        browser = Chromium.open("--window-size=1280,900");
        WebDriverWait wait = Chromium.patiently(browser);
        signInAsFleetManager(wait);

        for (String card : new String[] {"999999999", "not-a-number", ""}) {
            browser.get(APP + "/cabinet/corporate/card.xhtml?card=" + card);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("card-missing"), "Такой карты нет"));
            assertThat(browser.findElements(By.id("card:block"))).isEmpty();
        }
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }


    private void signInAsFleetManager(WebDriverWait wait) {
        Chromium.signIn(browser, wait, "fleet");
        assertThat(browser.getCurrentUrl()).contains("/cabinet/corporate/");
    }
}
