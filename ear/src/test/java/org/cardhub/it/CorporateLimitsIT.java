package org.cardhub.it;

import jakarta.json.JsonObject;
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
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.it.RunningCardhub.APP;
import static org.cardhub.it.RunningCardhub.clientToken;

/**
 * A fleet manager changes the Lada's daily limit on its card page in a real Chromium — bad values refused at the
 * field, the new one previewed before saving, saved, listed and in the history — and the demo fuel terminal then
 * declines a purchase above it; a limit template is applied to the group «Сервис» from its page; the editor fits a
 * phone. Every demo limit changed is set back as it was.
 */
class CorporateLimitsIT {

    private static final String SPACE = "[ \u00a0\u202f]";
    private static final String LADA_NUMBER = "7005990000000044";
    private static final String DEMO_DAILY = "10000";
    /** The edit button of the Lada's own daily money limit (not the litres', not a contract's). */
    private static final By DAILY_MONEY_EDIT = By.xpath("//section[@id='card-limits']//li[contains(@class,'card-limit')]"
            + "[contains(., '₽') and contains(., 'в день') and not(contains(., 'договора'))]//button[contains(@class,'edit-limit')]");
    private static final Pattern LEFT_TODAY = Pattern.compile("можно: (\\d{1,3}(?:" + SPACE + "\\d{3})*,\\d{2})" + SPACE + "₽");

    private WebDriver browser;
    private WebDriverWait wait;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void badDailyLimitsAreRefusedAtTheFieldAGoodOneIsPreviewedSavedAndShownAndTheTerminalThenDeclinesAPurchaseAboveIt()
            throws Exception {
        long lada = PartnerRestIT.cardId(clientToken("fleet-system", "fleet-system-secret"), "F-00000001", "0044");
        openAsFleetManager("--window-size=1280,900");
        JsonObject bought = null;
        try {
            openCard(lada);
            editDailyMoneyLimit();
            for (String bad : new String[]{"0", "-5", "1,234"}) {
                type(By.id("limit:value"), bad);
                browser.findElement(By.id("limit:save")).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("limit:valueMessage"),
                        bad.equals("1,234") ? "не больше двух знаков" : "больше нуля"));
                assertThat(browser.findElement(By.id("limitDialog")).isDisplayed()).as("the dialog stays open for " + bad).isTrue();
            }
            browser.findElement(By.id("limit:cancel")).click();
            openCard(lada);
            assertThat(text("card-limits")).as("nothing saved")
                    .containsPattern("10" + SPACE + "000,00" + SPACE + "₽" + SPACE + "в день");

            editDailyMoneyLimit();
            type(By.id("limit:value"), "100");
            wait.until(driver -> leftToday(driver.findElement(By.id("limit:previewText")).getText()).compareTo(new BigDecimal("100.00")) <= 0);
            assertThat(text("limit:previewText")).startsWith("Сегодня по карте ещё можно:");
            browser.findElement(By.id("limit:save")).click();

            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("card:messages"), "сохранены"));
            wait.until(driver -> text("card-limits").matches("(?s).*(^|\\D)100,00" + SPACE + "₽" + SPACE + "в день.*"));
            assertThat(newestHistoryLine()).containsPattern("10" + SPACE + "000,00" + SPACE + "₽" + SPACE + "в день\\s*→\\s*100,00"
                    + SPACE + "₽" + SPACE + "в день").contains("fleet");
            assertThat(text("card-history")).doesNotContainPattern("→\\s*(0|-5),00").doesNotContain("1,234");

            bought = DemoFuelTerminal.purchase(LADA_NUMBER, "CAR_WASH", "500.00");
            assertThat(bought.getString("status")).isEqualTo("DECLINED");
            assertThat(bought.getString("code")).as("the new daily limit is in force at the station").isEqualTo("LIMIT_EXCEEDED");
        } finally {
            if (bought != null && "APPROVED".equals(bought.getString("status", null))) {
                DemoFuelTerminal.reverse(LADA_NUMBER, bought.getString("eventId"), "500.00");
            }
            setDailyMoneyLimit(lada, DEMO_DAILY);
        }
    }

    @Test
    void aTemplateIsAppliedToTheServiceGroupAfterAConfirmationNamingItsCardsAndTheirLimitsAreSetBack() throws Exception {
        String fleetSystem = clientToken("fleet-system", "fleet-system-secret");
        long lada = PartnerRestIT.cardId(fleetSystem, "F-00000001", "0044");
        long ford = PartnerRestIT.cardId(fleetSystem, "F-00000001", "0036");
        openAsFleetManager("--window-size=1280,900");
        openCard(lada);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("card:groupTemplate"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("template-title")));
        String templatePage = browser.getCurrentUrl();
        assertThat(templatePage).contains("/cabinet/corporate/group-limits.xhtml").contains("group=");
        assertThat(text("template-title")).contains("«Сервис»");
        assertThat(text("template-cards")).contains("0036").contains("0044");
        try {
            applyDailyMoneyTemplate("9000");

            openCard(ford);
            wait.until(driver -> text("card-limits").matches("(?s).*9" + SPACE + "000,00" + SPACE + "₽" + SPACE + "в день.*"));
            assertThat(newestHistoryLine()).containsPattern("10" + SPACE + "000,00" + SPACE + "₽" + SPACE + "в день\\s*→\\s*9"
                    + SPACE + "000,00" + SPACE + "₽" + SPACE + "в день");
            assertThat(text("card-limits")).as("the litres' limit is of another kind and stays")
                    .containsPattern("150,000" + SPACE + "л" + SPACE + "в день");
        } finally {
            browser.get(templatePage);
            applyDailyMoneyTemplate(DEMO_DAILY);
        }
        openCard(ford);
        assertThat(text("card-limits")).containsPattern("10" + SPACE + "000,00" + SPACE + "₽" + SPACE + "в день");
    }

    @Test
    void theLimitEditorFitsAPhoneScreen() throws Exception {
        long lada = PartnerRestIT.cardId(clientToken("fleet-system", "fleet-system-secret"), "F-00000001", "0044");
        browser = Chromium.open();
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 812, "deviceScaleFactor", 2, "mobile", true));
        wait = (WebDriverWait) Chromium.patiently(browser).ignoring(StaleElementReferenceException.class);
        Chromium.signIn(browser, wait, "fleet");
        openCard(lada);
        assertThat(scrollWidth()).isLessThanOrEqualTo(375);

        wait.until(driver -> clicked(By.id("card:addLimit")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("limit:value")));
        wait.until(driver -> text("limit:previewText").startsWith("Сегодня по карте ещё можно:"));

        Map<?, ?> dialog = (Map<?, ?>) ((JavascriptExecutor) browser).executeScript(
                "var r = document.getElementById('limitDialog').getBoundingClientRect(); return {left: r.left, right: r.right};");
        assertThat(((Number) dialog.get("left")).doubleValue()).isGreaterThanOrEqualTo(0);
        assertThat(((Number) dialog.get("right")).doubleValue()).isLessThanOrEqualTo(375);
        assertThat(scrollWidth()).isLessThanOrEqualTo(375);
        assertThat(browser.findElement(By.id("limit:save")).isDisplayed()).isTrue();
        browser.findElement(By.id("limit:cancel")).click();
    }

    private void openAsFleetManager(String... arguments) throws Exception {
        browser = Chromium.open(arguments);
        wait = (WebDriverWait) Chromium.patiently(browser).ignoring(StaleElementReferenceException.class);
        Chromium.signIn(browser, wait, "fleet");
    }

    private void openCard(long card) {
        browser.get(APP + "/cabinet/corporate/card.xhtml?card=" + card);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("card-limits")));
    }

    private void editDailyMoneyLimit() {
        wait.until(driver -> clicked(DAILY_MONEY_EDIT));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("limit:value")));
        wait.until(driver -> text("limit-title").contains("Изменение лимита"));
    }

    /** Sets the Lada's daily money limit on its page, as the demo had it when {@code value} is the demo's. */
    private void setDailyMoneyLimit(long card, String value) {
        openCard(card);
        editDailyMoneyLimit();
        type(By.id("limit:value"), value);
        browser.findElement(By.id("limit:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("card:messages"), "сохранены"));
    }

    /** On the group's template page: one line, a daily money limit of {@code value}, checked, confirmed, applied. */
    private void applyDailyMoneyTemplate(String value) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("template:lines:0:value")));
        type(By.id("template:lines:0:value"), value);
        browser.findElement(By.id("template:check")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm:apply")));
        assertThat(text("confirm-text")).contains("у 2 карт группы «Сервис»").contains("0036").contains("0044");
        browser.findElement(By.id("confirm:apply")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("template:messages"), "Шаблон применён"));
    }

    private void type(By input, String value) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(input));
        field.clear();
        field.sendKeys(value);
    }

    private String newestHistoryLine() {
        return browser.findElement(By.cssSelector("#card\\:history_data > tr:first-child")).getText();
    }

    private static BigDecimal leftToday(String preview) {
        Matcher money = LEFT_TODAY.matcher(preview);
        if (!money.find()) {
            return new BigDecimal(Long.MAX_VALUE);
        }
        return new BigDecimal(money.group(1).replaceAll(SPACE, "").replace(',', '.'));
    }

    private boolean clicked(By what) {
        try {
            browser.findElement(what).click();
            return true;
        } catch (StaleElementReferenceException | org.openqa.selenium.NoSuchElementException notYet) {
            return false;
        }
    }

    private long scrollWidth() {
        return (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }
}
