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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.cardhub.it.RunningCardhub.APP;

/**
 * The demo parent follows two children's lessons at «Центр развития «Знайка»» in a real Chromium. Петров Иван: his
 * English subscription is ending soon, a chess lesson is in debt, and buying the chess subscription with more than his
 * balance is refused in words with nothing changed. Петрова Мария: a payment above what is due on her speed-reading
 * course is refused, then a part is paid from her balance and both figures move by it. Money paid cannot be taken back
 * by the page, so the figures are read before and compared after: reruns on a kept database pass while the balance
 * lasts. The page also fits a phone.
 */
class ParentLessonsInBrowserIT {

    private static final String LESSONS = "/cabinet/parent/lessons.xhtml";
    private static final String IVAN = "Петров Иван";
    private static final String MARIA = "Петрова Мария";
    private static final Amount PART = Amount.parse("600.00", Currency.RUB);
    private static final Amount ONE_ROUBLE = Amount.parse("1.00", Currency.RUB);

    private final List<WebDriver> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
    }

    @Test
    void ivansEndingSubscriptionAndChessDebtAreShownAndABuyBeyondHisBalanceIsRefusedWithNothingChanged() throws Exception {
        WebDriver browser = browser("--window-size=1400,1000");
        WebDriverWait wait = waits(browser);
        Chromium.signIn(browser, wait, "parent");
        openLessonsOf(browser, wait, IVAN);

        assertThat(browser.findElement(By.id("lessons-centre")).getText()).contains("Знайка");
        String ending = browser.findElement(By.id("lessons:ending")).getText();
        assertThat(ending).contains("Английский язык").contains("действует до");
        assertThat(browser.findElement(By.id("debts")).getText()).contains("Шахматы");
        Amount balance = roubles(browser.findElement(By.id("lessons-balance")).getText());
        String history = browser.findElement(By.id("lessons:subscriptions")).getText();

        By chess = By.cssSelector("section.lessons-group[data-group='Шахматы']");
        WebElement offer = browser.findElement(chess).findElement(By.className("lessons-offer"));
        assertThat(plain(offer.getText())).contains("8 занятий на 30 дней").contains("3 200,00 ₽");
        type(offer.findElement(By.cssSelector("input[id$=':pay-now']")), typed(balance.plus(ONE_ROUBLE)));
        offer.findElement(By.cssSelector("button[id$=':buy']")).click();

        String refusal = wait.until(driver -> driver.findElement(chess).findElements(By.cssSelector(".ui-message-error")).stream()
                .map(WebElement::getText).filter(text -> !text.isBlank()).findFirst().orElse(null));
        assertThat(plain(refusal)).contains("не хватает").contains(formatted(balance)).contains("Ничего не списано");
        assertThat(roubles(browser.findElement(By.id("lessons-balance")).getText())).isEqualTo(balance);
        assertThat(browser.findElement(By.id("lessons:subscriptions")).getText()).isEqualTo(history);
        assertThat(browser.findElement(By.id("debts")).getText()).contains("Шахматы");
    }

    @Test
    void anOverpaymentOfMariasCourseIsRefusedThenAPartIsPaidFromHerBalance() throws Exception {
        WebDriver browser = browser("--window-size=1400,1000");
        WebDriverWait wait = waits(browser);
        Chromium.signIn(browser, wait, "parent");
        openLessonsOf(browser, wait, MARIA);

        By course = By.cssSelector(".lessons-due[data-group='Скорочтение']");
        Amount balance = roubles(browser.findElement(By.id("lessons-balance")).getText());
        Amount[] paidOf = paidOf(browser.findElement(course));
        Amount due = roubles(browser.findElement(course).findElement(By.cssSelector(".lessons-owed .lessons-amount")).getText());
        assertThat(paidOf[1]).isEqualTo(Amount.parse("10000.00", Currency.RUB));
        assertThat(paidOf[1].minus(paidOf[0])).isEqualTo(due);

        type(browser.findElement(course).findElement(By.cssSelector("input[id$=':amount']")), typed(due.plus(ONE_ROUBLE)));
        browser.findElement(course).findElement(By.cssSelector("button[id$=':pay']")).click();
        String refusal = wait.until(driver -> driver.findElement(course).findElements(By.cssSelector(".ui-message-error")).stream()
                .map(WebElement::getText).filter(text -> !text.isBlank()).findFirst().orElse(null));
        assertThat(plain(refusal)).contains("не больше " + formatted(due)).contains("Ничего не списано");
        assertThat(roubles(browser.findElement(By.id("lessons-balance")).getText())).isEqualTo(balance);
        assertThat(paidOf(browser.findElement(course))[0]).isEqualTo(paidOf[0]);

        Amount part = smallest(PART, smallest(balance, due));
        assumeTrue(part.isPositive(), "Мария's balance or course due is spent by earlier runs: reload the demo data");
        type(browser.findElement(course).findElement(By.cssSelector("input[id$=':amount']")), typed(part));
        browser.findElement(course).findElement(By.cssSelector("button[id$=':pay']")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lessons:messages"), "Внесено"));
        assertThat(plain(browser.findElement(By.id("lessons:messages")).getText())).contains(formatted(part)).contains("Скорочтение");
        assertThat(roubles(browser.findElement(By.id("lessons-balance")).getText())).isEqualTo(balance.minus(part));
        if (part.isLessThan(due)) {
            assertThat(paidOf(browser.findElement(course))[0]).isEqualTo(paidOf[0].plus(part));
        }
        assertThat(plain(browser.findElement(By.id("lessons:subscriptions")).getText()))
                .contains("Оплачено " + formatted(paidOf[0].plus(part)) + " из " + formatted(paidOf[1]));
    }

    @Test
    void theLessonsPageFitsAPhone() throws Exception {
        WebDriver phone = browser();
        ((ChromeDriver) phone).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 812, "deviceScaleFactor", 2, "mobile", true));
        WebDriverWait wait = waits(phone);
        Chromium.signIn(phone, wait, "parent");
        for (String child : List.of(IVAN, MARIA)) {
            openLessonsOf(phone, wait, child);
            JavascriptExecutor script = (JavascriptExecutor) phone;
            long viewport = (Long) script.executeScript("return window.innerWidth");
            assertThat(viewport).isEqualTo(375);
            assertThat((Long) script.executeScript("return document.documentElement.scrollWidth")).as(child)
                    .isLessThanOrEqualTo(viewport);
            assertThat(phone.findElement(By.id("lessons-balance")).isDisplayed()).isTrue();
        }
    }

    /** The lessons page of the child named (the parent has two: the link is found by name). */
    private static void openLessonsOf(WebDriver browser, WebDriverWait wait, String child) {
        browser.get(APP + LESSONS);
        String link = wait.until(driver -> driver.findElements(By.cssSelector(".lessons-child")).stream()
                .filter(chip -> chip.getText().equals(child)).map(chip -> chip.getAttribute("href"))
                .findFirst().orElse(null));
        browser.get(link);
        wait.until(ExpectedConditions.textToBe(By.id("lessons-pupil"), child));
    }

    private static void type(WebElement field, String text) {
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, text);
    }

    /** «Оплачено 5 000,00 ₽ из 10 000,00 ₽» of a due line: what is paid and the price. */
    private static Amount[] paidOf(WebElement line) {
        String[] parts = line.findElement(By.className("lessons-paid")).getText().split(" из ");
        return new Amount[]{roubles(parts[0]), roubles(parts[1])};
    }

    private static Amount smallest(Amount one, Amount other) {
        return one.isGreaterThan(other) ? other : one;
    }

    /** An amount as a parent types it: 601,00. */
    private static String typed(Amount amount) {
        return amount.toPlainString().replace('.', ',');
    }

    /** «1 500,00 ₽» as an amount. */
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
        wait.ignoring(StaleElementReferenceException.class); // every action redraws the form
        return wait;
    }
}
