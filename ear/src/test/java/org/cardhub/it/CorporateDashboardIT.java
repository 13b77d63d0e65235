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

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.it.RunningCardhub.APP;

/**
 * The fleet manager's dashboard in a real Chromium, on the demo contract F-00000001 and its months of history:
 * the spending charts and their tables agree with the transactions page, a threshold above the balance raises the
 * notice (and is removed again), the page fits a phone, and `fleet2` counts only the cards of their group.
 */
class CorporateDashboardIT {

    private static final String DEMO_CONTRACT = "Договор F-00000001";
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private WebDriver browser;
    private WebDriverWait wait;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theChartsAndTheirTablesShowLastMonthsSpendingAsTheTransactionsPageTotalsIt() throws Exception {
        open("fleet", "--window-size=1280,900");
        String lastMonthOnTheChart = wait.until(driver -> (String) ((JavascriptExecutor) driver).executeScript(
                "var chart = Chart.getChart(arguments[0]);"
                        + "return chart ? chart.data.datasets[1].data.reduce((sum, day) => sum + (day || 0), 0).toFixed(2) : null;",
                theDemoContract().findElement(By.cssSelector(".spending-chart-days canvas"))));
        WebElement contract = theDemoContract();
        assertThat(contract.findElements(By.cssSelector(".spending-chart-products canvas"))).hasSize(1);
        BigDecimal shown = number(contract.findElement(By.className("spending-total-last-money")).getText());
        BigDecimal inTable = number(contract.findElement(By.className("table-total-last")).getAttribute("textContent"));
        String products = contract.findElement(By.className("spending-by-product")).getAttribute("textContent");

        YearMonth lastMonth = YearMonth.now(MOSCOW).minusMonths(1);
        browser.findElement(By.linkText("Транзакции")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("transactions:table")));
        DateTimeFormatter russian = DateTimeFormatter.ofPattern("dd.MM.yyyy");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('transactions:from_input').value = arguments[0];"
                + "document.getElementById('transactions:to_input').value = arguments[1];",
                russian.format(lastMonth.atDay(1)), russian.format(lastMonth.atEndOfMonth()));
        browser.findElement(By.id("transactions:apply")).click();
        wait.until(driver -> exportLink().contains("from=" + lastMonth.atDay(1)) && exportLink().contains("to=" + lastMonth.atEndOfMonth()));
        BigDecimal onTheTransactionsPage = number(browser.findElement(By.id("total-spent")).getText());

        assertThat(shown).as("the demo's history fills last month").isPositive();
        assertThat(inTable).isEqualByComparingTo(shown);
        assertThat(new BigDecimal(lastMonthOnTheChart)).as("the chart's line of last month adds up to it").isEqualByComparingTo(shown);
        assertThat(onTheTransactionsPage).isEqualByComparingTo(shown);
        assertThat(products).contains("Дизельное топливо", "АИ-92", "АИ-95", "Мойка");
    }

    @Test
    void aThresholdAboveTheBalanceShowsTheNoticeAndABadOneIsRefusedAtTheFieldWithNothingSaved() throws Exception {
        open("fleet", "--window-size=1280,900");
        try {
            clearTheThreshold();
            openTheThresholdDialog();
            saveThreshold("1,234");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lowBalance"), "двух знаков"));
            saveThreshold("-5");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lowBalance"), "больше нуля"));
            browser.navigate().refresh();
            assertThat(theDemoContract().findElement(By.className("low-balance-value")).getText())
                    .as("a refused threshold is not saved").isEqualTo("не задан");

            openTheThresholdDialog();
            saveThreshold("100 000 000");
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("lowBalanceDialog")));

            wait.until(driver -> !theDemoContract().findElements(By.className("notice-low-balance")).isEmpty());
            assertThat(theDemoContract().findElement(By.className("notice-low-balance")).getText())
                    .contains("ниже порога").containsPattern("100[ \u00a0\u202f]000[ \u00a0\u202f]000,00");
            assertThat(theDemoContract().findElement(By.className("low-balance-value")).getText())
                    .matches("100[ \u00a0\u202f]000[ \u00a0\u202f]000,00[ \u00a0\u202f]₽");
        } finally {
            clearTheThreshold();
        }
        assertThat(theDemoContract().findElements(By.className("notice-low-balance"))).isEmpty();
    }

    @Test
    void theDashboardWithItsChartsAndTablesFitsAPhoneScreen() throws Exception {
        open("fleet");
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 812, "deviceScaleFactor", 2, "mobile", true));
        browser.navigate().refresh();
        wait.until(driver -> !theDemoContract().findElements(By.cssSelector(".spending-chart-days canvas")).isEmpty());
        long viewport = (Long) ((JavascriptExecutor) browser).executeScript("return window.innerWidth");
        assertThat(viewport).isEqualTo(375);
        assertThat(pageWidth()).isLessThanOrEqualTo(viewport);

        theDemoContract().findElement(By.cssSelector(".spending-details summary")).click();
        wait.until(driver -> theDemoContract().findElement(By.className("spending-by-day")).isDisplayed());
        assertThat(pageWidth()).as("with the tables open").isLessThanOrEqualTo(viewport);
    }

    @Test
    void aManagerOfOneGroupCountsOnlyThatGroupsCardsAndSpendingAndMayNotSetTheThreshold() throws Exception {
        open("fleet", "--window-size=1280,900");
        long allCards = cardsTotal();
        BigDecimal allSpent = number(theDemoContract().findElement(By.className("spending-total-last-money")).getText());
        browser.quit();
        browser = null;

        open("fleet2", "--window-size=1280,900");
        long groupCards = cardsTotal();
        BigDecimal groupSpent = number(theDemoContract().findElement(By.className("spending-total-last-money")).getText());

        assertThat(groupCards).as("«Сервис»: the Ford Transit and the Lada Largus").isEqualTo(2).isLessThan(allCards);
        assertThat(groupSpent).isPositive().isLessThan(allSpent);
        assertThat(theDemoContract().findElements(By.className("low-balance-change"))).as("no right to move money").isEmpty();
    }

    private void open(String user, String... arguments) throws Exception {
        browser = Chromium.open(arguments);
        wait = (WebDriverWait) Chromium.patiently(browser).ignoring(StaleElementReferenceException.class);
        Chromium.signIn(browser, wait, user);
        assertThat(browser.getCurrentUrl()).contains("/cabinet/corporate/");
        wait.until(driver -> !driver.findElements(By.className("contract")).isEmpty());
    }

    private void openTheThresholdDialog() {
        wait.until(driver -> {
            theDemoContract().findElement(By.className("low-balance-change")).click();
            return true;
        });
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lowBalance:amount")));
    }

    private void saveThreshold(String typed) {
        WebElement amount = browser.findElement(By.id("lowBalance:amount"));
        amount.clear();
        amount.sendKeys(typed);
        browser.findElement(By.id("lowBalance:save")).click();
    }

    /** Removes the demo contract's threshold through the page, whatever state the test left it in. */
    private void clearTheThreshold() {
        browser.get(APP + "/cabinet/corporate/index.xhtml");
        wait.until(driver -> !driver.findElements(By.className("contract")).isEmpty());
        if (theDemoContract().findElement(By.className("low-balance-value")).getText().equals("не задан")) {
            return;
        }
        openTheThresholdDialog();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("lowBalance:clear"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("lowBalanceDialog")));
        wait.until(driver -> theDemoContract().findElement(By.className("low-balance-value")).getText().equals("не задан"));
    }

    private long cardsTotal() {
        return Long.parseLong(theDemoContract().findElement(By.className("cards-total")).getText().replaceAll("\\D", ""));
    }

    private long pageWidth() {
        return (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
    }

    private String exportLink() {
        return browser.findElement(By.cssSelector("a[href*='transactions/export?'][href*='format=xlsx']")).getAttribute("href");
    }

    private WebElement theDemoContract() {
        List<WebElement> contracts = browser.findElements(By.className("contract"));
        return contracts.stream().filter(card -> card.findElement(By.className("contract-number")).getText()
                .equals(DEMO_CONTRACT)).findFirst().orElseThrow(() -> new AssertionError(
                "no card for contract F-00000001 among " + contracts.size()));
    }

    /** "74 013,15 ₽" → 74013.15. */
    private static BigDecimal number(String shown) {
        return new BigDecimal(shown.replaceAll("[^0-9,-]", "").replace(',', '.'));
    }
}
