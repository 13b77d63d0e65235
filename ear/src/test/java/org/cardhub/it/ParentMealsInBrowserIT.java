package org.cardhub.it;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.it.RunningCardhub.APP;

/**
 * The demo parent pre-orders a meal for Петров Иван in a real Chromium, as a parent does it: on the meals page, the
 * first school day still taking orders (tomorrow until 18:00 at the school, Vladivostok), two dishes; the total is held
 * (the canteen balance shown lower by it) and the order is listed as waiting; cancelled, the balance is back and the
 * order listed as cancelled by the parent. A run that stopped half-way left an order waiting: it is cancelled first, so
 * reruns on a kept database pass. The page also fits a phone.
 */
class ParentMealsInBrowserIT {

    private static final String MEALS = "/cabinet/parent/meals.xhtml";

    private final List<WebDriver> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
    }

    @Test
    void theParentOrdersTwoDishesForIvanSeesTheTotalHeldAndTheOrderListedThenCancelsItAndTheMoneyIsBack() throws Exception {
        WebDriver browser = browser("--window-size=1400,1000");
        WebDriverWait wait = waits(browser);
        Chromium.signIn(browser, wait, "parent");
        openIvansMeals(browser, wait);
        if (!browser.findElements(By.id("meals:cancel")).isEmpty()) {
            browser.findElement(By.id("meals:cancel")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meals:messages"), "отменён"));
        }
        assertThat(browser.findElement(By.id("meals-cutoff")).getText()).contains("Заказ принимается до");
        Amount before = roubles(browser.findElement(By.id("meals-balance")).getText());
        String firstDish = dishName(browser, 0);
        String secondDish = dishName(browser, 1);
        Amount expected = price(browser, 0).plus(price(browser, 1));

        type(browser, wait, 0, "1");
        type(browser, wait, 1, "1");
        wait.until(driver -> roubles(driver.findElement(By.id("meals:total")).getText()).equals(expected));
        browser.findElement(By.id("meals:order")).click();

        String placed = message(browser, wait, "принят");
        assertThat(plain(placed)).contains(formatted(expected)).contains("отложено на балансе столовой");
        assertThat(roubles(browser.findElement(By.id("meals-balance")).getText())).isEqualTo(before.minus(expected));
        assertThat(browser.findElement(By.id("meals:chosen-status")).getText()).isEqualTo("Ожидает");
        String orders = plain(browser.findElement(By.id("meals:orders")).getText());
        assertThat(orders).contains("Ожидает").contains(firstDish + " × 1").contains(secondDish + " × 1").contains(formatted(expected));

        browser.findElement(By.id("meals:cancel")).click();

        assertThat(plain(message(browser, wait, "отменён"))).contains(formatted(expected)).contains("снова доступно");
        assertThat(roubles(browser.findElement(By.id("meals-balance")).getText())).isEqualTo(before);
        assertThat(browser.findElement(By.id("meals:orders")).getText()).contains("Отменён родителем");
    }

    @Test
    void theMealsPageFitsAPhone() throws Exception {
        WebDriver phone = browser();
        ((ChromeDriver) phone).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 812, "deviceScaleFactor", 2, "mobile", true));
        WebDriverWait wait = waits(phone);
        Chromium.signIn(phone, wait, "parent");
        openIvansMeals(phone, wait);

        JavascriptExecutor script = (JavascriptExecutor) phone;
        long viewport = (Long) script.executeScript("return window.innerWidth");
        assertThat(viewport).isEqualTo(375);
        assertThat((Long) script.executeScript("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(viewport);
        assertThat(phone.findElement(By.id("meals:order")).isDisplayed()).isTrue();
    }

    /** The meals page of Петров Иван (the parent has two children: his link is found by name), his first open day chosen. */
    private static void openIvansMeals(WebDriver browser, WebDriverWait wait) {
        browser.get(APP + MEALS);
        String ivans = wait.until(driver -> driver.findElements(By.cssSelector(".meals-child")).stream()
                .filter(child -> child.getText().equals("Петров Иван")).map(child -> child.getAttribute("href"))
                .findFirst().orElse(null));
        browser.get(ivans);
        wait.until(ExpectedConditions.textToBe(By.id("meals-child"), "Петров Иван"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("meals:dishes:0:quantity_input")));
    }

    private static void type(WebDriver browser, WebDriverWait wait, int row, String quantity) {
        By input = By.id("meals:dishes:" + row + ":quantity_input");
        String totalBefore = browser.findElement(By.id("meals:total")).getText();
        browser.findElement(input).sendKeys(Keys.chord(Keys.CONTROL, "a"), quantity, Keys.TAB);
        wait.until(driver -> !driver.findElement(By.id("meals:total")).getText().equals(totalBefore));
    }

    private static String dishName(WebDriver browser, int row) {
        return browser.findElements(By.cssSelector("[id='meals:dishes_data'] > tr")).get(row)
                .findElement(By.className("meals-dish-name")).getText();
    }

    private static Amount price(WebDriver browser, int row) {
        return roubles(browser.findElements(By.cssSelector("[id='meals:dishes_data'] > tr")).get(row)
                .findElement(By.cssSelector("td.number")).getText());
    }

    private static String message(WebDriver browser, WebDriverWait wait, String words) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("meals:messages"), words));
        return browser.findElement(By.id("meals:messages")).getText();
    }

    /** «1 500,00 ₽» as an amount; reflowed cells may carry their column's label first. */
    private static Amount roubles(String shown) {
        String number = shown.replaceAll("[^0-9,]", "").replace(',', '.');
        return Amount.parse(number, Currency.RUB);
    }

    /** Text with its non-breaking and narrow spaces as plain ones, as amounts are compared here. */
    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    /** «1 500,00 ₽», its spaces plain. */
    private static String formatted(Amount amount) {
        String decimal = amount.toPlainString();
        String whole = decimal.substring(0, decimal.indexOf('.'));
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(' ');
            }
            grouped.append(whole.charAt(i));
        }
        return grouped + "," + decimal.substring(decimal.indexOf('.') + 1) + " ₽";
    }

    private WebDriver browser(String... arguments) throws Exception {
        WebDriver browser = Chromium.open(arguments);
        browsers.add(browser);
        return browser;
    }

    private static WebDriverWait waits(WebDriver browser) {
        WebDriverWait wait = Chromium.patiently(browser);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }
}
