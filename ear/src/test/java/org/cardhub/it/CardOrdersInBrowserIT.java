package org.cardhub.it;

import org.cardhub.cards.entity.CardNumber;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.it.RunningCardhub.APP;

/**
 * A plastic card order from end to end in real Chromiums, as the people do it: the demo company's administrator
 * ({@code fleet}) orders a card for a truck on the distributed contract F-00000002, the back office ({@code admin})
 * adds a batch of blank cards to the stock, issues the order from it and marks it delivered, and the company activates
 * the card, which then shows in its cards table as active, with the batch's first number. Bad input on the order form
 * is said at its field. Each run uses its own plate and its own batch numbers.
 */
class CardOrdersInBrowserIT {

    private static final String CONTRACT = "F-00000002";
    private static final String ORDERS = "/cabinet/corporate/orders.xhtml";
    private static final String QUEUE = "/cabinet/backoffice/card-orders.xhtml";
    private static final String STOCK = "/cabinet/backoffice/card-stock.xhtml";

    private final List<WebDriver> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
    }

    @Test
    void theCompanyOrdersTheBackOfficeIssuesAndDeliversAndTheCompanyActivatesTheCard() throws Exception {
        String plate = "Т" + ThreadLocalRandom.current().nextInt(100, 1000) + "ИТ" + ThreadLocalRandom.current().nextInt(10, 100);
        long firstSerial = 600_000_000L + ThreadLocalRandom.current().nextLong(390_000) * 1000 + 500;
        String firstNumber = CardNumber.generate("700599", firstSerial).digits();

        WebDriver company = browser("--window-size=1400,1000");
        WebDriverWait companyWaits = waits(company);
        Chromium.signIn(company, companyWaits, "fleet");
        company.get(APP + ORDERS);
        Chromium.choose(company, companyWaits, "order:contract", CONTRACT);
        company.findElement(By.id("order:holders")).sendKeys("Рено Дастер; " + plate + "; Водитель испытаний");
        company.findElement(By.id("order:address")).sendKeys("Москва, ул. Ленина, д. 1, склад 3");
        company.findElement(By.id("order:place")).click();
        String placed = messageOf(companyWaits, company, "order:messages", "принят");
        long order = numberIn(placed);
        WebElement row = rowOf(company, companyWaits, "order:orders", order);
        assertThat(row.getText()).contains("Принят").contains("1 × Пластиковые").contains("Курьером");

        WebDriver office = browser("--window-size=1400,1000");
        WebDriverWait officeWaits = waits(office);
        Chromium.signIn(office, officeWaits, "admin");
        office.get(APP + STOCK);
        office.findElement(By.id("stock:first")).sendKeys(firstNumber);
        office.findElement(By.id("stock:last")).sendKeys(CardNumber.generate("700599", firstSerial + 9).digits());
        office.findElement(By.id("stock:add")).click();
        messageOf(officeWaits, office, "stock:messages", "добавлена на склад");
        long batch = numberIn(office.findElements(By.cssSelector("[id='stock:table_data'] > tr")).get(0).getText());

        office.get(APP + QUEUE);
        rowOf(office, officeWaits, "queue:table", order).findElement(By.cssSelector("[id$=':issue']")).click();
        officeWaits.until(ExpectedConditions.visibilityOfElementLocated(By.id("issue:confirm")));
        Chromium.choose(office, officeWaits, "issue:batch", "№ " + batch + ": " + CardNumber.of(firstNumber).masked()
                + " – " + CardNumber.generate("700599", firstSerial + 9).masked() + ", осталось 10");
        office.findElement(By.id("issue:confirm")).click();
        messageOf(officeWaits, office, "queue:messages", "выпущено карт — 1");

        Chromium.choose(office, officeWaits, "queue:status", "Выпущен");
        rowOf(office, officeWaits, "queue:table", order).findElement(By.cssSelector("[id$=':deliver']")).click();
        officeWaits.until(ExpectedConditions.elementToBeClickable(By.id("queue:confirmYes"))).click();
        messageOf(officeWaits, office, "queue:messages", "доставлен");

        company.get(APP + ORDERS);
        Chromium.choose(company, companyWaits, "order:contract", CONTRACT);
        row = rowOf(company, companyWaits, "order:orders", order);
        assertThat(row.getText()).contains("Доставлен").contains("Ждут активации: 1");
        row.findElement(By.cssSelector("[id$=':open']")).click();
        companyWaits.until(ExpectedConditions.visibilityOfElementLocated(By.id("cards:table")));
        assertThat(company.findElement(By.id("cards:table")).getText()).contains(plate).contains("Выпущена")
                .contains(CardNumber.of(firstNumber).masked());
        company.findElement(By.cssSelector("[id='cards:table'] [id$=':activate']")).click();
        messageOf(companyWaits, company, "cards:messages", "активирована");
        companyWaits.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cards:table"), "Активна"));

        company.get(APP + "/cabinet/corporate/cards.xhtml");
        Chromium.choose(company, companyWaits, "cards:contract", CONTRACT);
        company.findElement(By.id("cards:table:numberFilter")).sendKeys(firstNumber.substring(12));
        // each typed digit filters again and replaces the rows, so the row is read in the same wait that finds it
        String onlyRow = companyWaits.ignoring(StaleElementReferenceException.class).until(driver -> {
            List<WebElement> rows = cardRows(driver);
            return rows.size() == 1 && rows.get(0).getText().contains(plate) ? rows.get(0).getText() : null;
        });
        assertThat(onlyRow).contains("Рено Дастер").contains("Активна")
                .contains(CardNumber.of(firstNumber).masked());
    }

    @Test
    void aVirtualCardWithoutItsHolderIsSaidAtTheHoldersAndNothingIsOrdered() throws Exception {
        WebDriver company = browser("--window-size=1400,1000");
        WebDriverWait wait = waits(company);
        Chromium.signIn(company, wait, "fleet");
        company.get(APP + ORDERS);
        Chromium.choose(company, wait, "order:contract", CONTRACT);
        String before = company.findElement(By.id("order:orders")).getText();

        company.findElement(By.xpath("//*[@id='order:form']//*[normalize-space(text())='Виртуальные']")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("order:address")));
        company.findElement(By.id("order:count")).sendKeys("2");
        company.findElement(By.id("order:holders")).sendKeys("Рено Дастер; А001АА77");
        company.findElement(By.id("order:place")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(messageAt("order:holders"), "Карта 2"));
        assertThat(company.findElement(By.id("order:orders")).getText()).isEqualTo(before);

        company.findElement(By.id("order:count")).clear();
        company.findElement(By.id("order:count")).sendKeys("0");
        company.findElement(By.id("order:place")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(messageAt("order:count"), "от 1 до 10 000"));
        assertThat(company.findElement(By.id("order:orders")).getText()).isEqualTo(before);
    }

    @Test
    void theOrderPageAndTheBackOfficePagesFitAPhone() throws Exception {
        WebDriver company = phone();
        Chromium.signIn(company, waits(company), "fleet");
        company.get(APP + ORDERS);
        waits(company).until(ExpectedConditions.presenceOfElementLocated(By.id("order:place")));
        assertFits(company);

        WebDriver office = phone();
        Chromium.signIn(office, waits(office), "admin");
        for (String page : List.of(QUEUE, STOCK)) {
            office.get(APP + page);
            waits(office).until(ExpectedConditions.presenceOfElementLocated(By.id("cabinet-title")));
            assertFits(office);
        }
    }

    private WebDriver browser(String... arguments) throws Exception {
        WebDriver browser = Chromium.open(arguments);
        browsers.add(browser);
        return browser;
    }

    private WebDriver phone() throws Exception {
        WebDriver browser = browser();
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 812, "deviceScaleFactor", 2, "mobile", true));
        return browser;
    }

    private static WebDriverWait waits(WebDriver browser) {
        WebDriverWait wait = Chromium.patiently(browser);
        wait.ignoring(StaleElementReferenceException.class); // ajax updates replace the elements being watched
        return wait;
    }

    private static void assertFits(WebDriver browser) {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        long viewport = (Long) script.executeScript("return window.innerWidth");
        assertThat(viewport).isEqualTo(375);
        assertThat((Long) script.executeScript("return document.documentElement.scrollWidth")).as(browser.getCurrentUrl())
                .isLessThanOrEqualTo(viewport);
    }

    private static String messageOf(WebDriverWait wait, WebDriver browser, String messagesId, String words) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(messagesId), words));
        return browser.findElement(By.id(messagesId)).getText();
    }

    /** The order's row of a table, once it shows (its number cell reads "№ N"). */
    private static WebElement rowOf(WebDriver browser, WebDriverWait wait, String tableId, long order) {
        By rows = By.cssSelector("[id='" + tableId + "_data'] > tr");
        return wait.until(driver -> driver.findElements(rows).stream()
                .filter(row -> row.findElements(By.className("order-number")).stream()
                        .anyMatch(number -> number.getText().equals("№ " + order)))
                .findFirst().orElse(null));
    }

    /** The message PrimeFaces shows next to an input. */
    private static By messageAt(String inputId) {
        return By.xpath("//*[@id='" + inputId + "']/following-sibling::*[contains(@class, 'ui-message')]");
    }

    private static List<WebElement> cardRows(WebDriver browser) {
        return browser.findElements(By.cssSelector("#cards\\:table_data > tr[data-ri]"));
    }

    private static long numberIn(String text) {
        Matcher number = Pattern.compile("№ (\\d+)").matcher(text);
        assertThat(number.find()).as("a number in: " + text).isTrue();
        return Long.parseLong(number.group(1));
    }
}
