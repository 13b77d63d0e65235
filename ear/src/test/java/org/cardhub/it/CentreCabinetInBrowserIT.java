package org.cardhub.it;

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

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.it.RunningCardhub.APP;

/**
 * The demo centre's staff ({@code center}, «Знайка», Europe/Moscow) in a real Chromium: a group of their own sold by
 * subscription meeting on today's weekday, an offer of no lessons and one of a negative price refused at their field
 * with nothing added, a good one added; a pupil enrolled (the card's number and activation code shown) and put into
 * the group; on today's register the pupil marked — in debt, as there is no subscription — not markable twice, and the
 * mark cancelled; a day the group does not meet says so. Each run leaves its own group and pupil (no boundary closes
 * either), their names unique; the mark it makes is cancelled. Every page of the cabinet fits a phone.
 */
class CentreCabinetInBrowserIT {

    private static final String CENTRE = "/cabinet/center/";
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private final List<WebDriver> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
    }

    @Test
    void theCentreOpensAGroupWithOffersEnrolsAPupilAndMarksTheLessonInDebtThenCancelsIt() throws Exception {
        WebDriver browser = browser("--window-size=1400,1000");
        WebDriverWait wait = waits(browser);
        Chromium.signIn(browser, wait, "center");
        assertThat(browser.findElement(By.id("centre-name")).getText()).contains("Знайка");
        String stamp = String.valueOf(System.currentTimeMillis());
        String group = "Группа IT " + stamp;
        String pupil = "Тестов Пётр " + stamp;
        LocalDate today = LocalDate.now(MOSCOW);

        openGroup(browser, wait, group, today);
        offers(browser, wait, group);
        String list = browser.findElement(By.id("offers:list")).getText();
        addOffer(browser, "0", "4000");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("offers:lessons-message"), "хотя бы одно занятие"));
        addOffer(browser, "4", "-100");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("offers:price-message"), "больше нуля"));
        assertThat(browser.findElement(By.id("offers:list")).getText()).isEqualTo(list).contains("Абонементов пока нет");
        addOffer(browser, "8", "4000");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("offers:list"), "8 занятий на 30 дней"));
        assertThat(plain(browser.findElement(By.id("offers:list")).getText())).contains("4 000,00 ₽");
        browser.findElement(By.id("offers:close")).click();
        wait.until(ExpectedConditions.textToBePresentInElement(row(browser, wait, "groups:table", group), "8 занятий на 30 дней"));

        enrol(browser, wait, pupil);
        join(browser, wait, pupil, group);

        browser.get(APP + CENTRE + "register.xhtml");
        Chromium.choose(browser, wait, "register:group", group);
        wait.until(ExpectedConditions.urlContains("group="));
        long groupId = groupIdOf(browser.getCurrentUrl());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("register-group"), group));
        assertThat(browser.findElement(By.id("register-date")).getText()).isEqualTo(today.format(
                java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        assertThat(markOf(browser, wait, pupil)).isEqualTo("не отмечен");
        button(row(browser, wait, "register:lines", pupil), "mark").click();
        try {
            wait.until(driver -> markOf(driver, wait, pupil).equals("в долг"));
            assertThat(browser.findElement(By.id("register:messages")).getText()).contains("в долг");
            assertThat(row(browser, wait, "register:lines", pupil).findElements(By.cssSelector("[id$=':mark']")))
                    .as("a visit marked cannot be marked again").isEmpty();
        } finally {
            button(row(browser, wait, "register:lines", pupil), "cancel").click();
            wait.until(driver -> markOf(driver, wait, pupil).equals("не отмечен"));
        }

        browser.get(APP + CENTRE + "register.xhtml?group=" + groupId + "&date=" + today.minusDays(1));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("no-lesson"), "нет занятия"));
        assertThat(browser.findElements(By.id("register:lines"))).isEmpty();
    }

    @Test
    void everyPageOfTheCentreFitsAPhone() throws Exception {
        WebDriver phone = browser();
        ((ChromeDriver) phone).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 812, "deviceScaleFactor", 2, "mobile", true));
        WebDriverWait wait = waits(phone);
        Chromium.signIn(phone, wait, "center");
        for (String page : List.of("index.xhtml", "groups.xhtml", "pupils.xhtml", "register.xhtml")) {
            phone.get(APP + CENTRE + page);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cabinet-title")));
            JavascriptExecutor script = (JavascriptExecutor) phone;
            long viewport = (Long) script.executeScript("return window.innerWidth");
            assertThat(viewport).isEqualTo(375);
            assertThat((Long) script.executeScript("return document.documentElement.scrollWidth"))
                    .as("nothing sticks out sideways on %s", page).isLessThanOrEqualTo(viewport);
        }
    }

    /** Opens a group sold by subscription meeting on today's weekday at 17:00 for 60 minutes, a lesson in debt 600 ₽. */
    private static void openGroup(WebDriver browser, WebDriverWait wait, String name, LocalDate today) {
        browser.get(APP + CENTRE + "groups.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("groups:open"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("group:name"))).sendKeys(name);
        browser.findElement(By.id("group:teacher")).sendKeys("Иванова Анна");
        String weekday = "group:weekdays:" + (today.getDayOfWeek().getValue() - 1);
        browser.findElement(By.xpath("//input[@id='" + weekday + "']/ancestor::div[contains(@class,'ui-chkbox')][1]"
                + "/div[contains(@class,'ui-chkbox-box')]")).click();
        wait.until(driver -> (Boolean) ((JavascriptExecutor) driver)
                .executeScript("return document.getElementById(arguments[0]).checked", weekday));
        browser.findElement(By.id("group:startsAt_input")).sendKeys("17:00");
        browser.findElement(By.cssSelector("[id='groupDialog'] .ui-dialog-title")).click();
        assertThat(browser.findElement(By.id("group:pricing:2")).isSelected()).as("sold by subscription").isTrue();
        // once in CI the price typed here was lost while the time picker closed: typed again until the field holds it
        wait.until(driver -> {
            WebElement price = driver.findElement(By.id("group:lessonPrice"));
            if ("600".equals(price.getAttribute("value"))) {
                return true;
            }
            price.clear();
            price.sendKeys("600");
            return false;
        });
        browser.findElement(By.id("group:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("groups:messages"), "открыта"));
        String shown = plain(row(browser, wait, "groups:table", name).getText());
        assertThat(shown).contains("17:00–18:00").contains("Иванова Анна").contains("занятие в долг — 600,00 ₽");
    }

    private static void offers(WebDriver browser, WebDriverWait wait, String group) {
        button(row(browser, wait, "groups:table", group), "offers").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("offers-group"), group));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("offers:lessons")));
    }

    private static void addOffer(WebDriver browser, String lessons, String price) {
        retype(browser.findElement(By.id("offers:lessons")), lessons);
        retype(browser.findElement(By.id("offers:days")), "30");
        retype(browser.findElement(By.id("offers:price")), price);
        browser.findElement(By.id("offers:add")).click();
    }

    private static void enrol(WebDriver browser, WebDriverWait wait, String pupil) {
        browser.get(APP + CENTRE + "pupils.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("pupils:enrol"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("enrol:name"))).sendKeys(pupil);
        browser.findElement(By.id("enrol:email")).sendKeys("centre-it@cardhub.local");
        browser.findElement(By.id("enrol:save")).click();
        String number = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-number"))).getText();
        assertThat(number).matches("\\d{8}");
        assertThat(browser.findElement(By.id("new-code")).getText()).isNotBlank();
        browser.findElement(By.id("enrol:done")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("new-number")));
    }

    private static void join(WebDriver browser, WebDriverWait wait, String pupil, String group) {
        browser.findElement(By.id("pupils:search")).sendKeys(pupil);
        wait.until(driver -> {
            List<WebElement> rows = driver.findElements(By.cssSelector("[id='pupils:table_data'] > tr"));
            return rows.size() == 1 && rows.get(0).getText().contains(pupil);
        });
        button(row(browser, wait, "pupils:table", pupil), "join").click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("join-who"), pupil));
        Chromium.choose(browser, wait, "join:group", group);
        browser.findElement(By.id("join:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pupils:messages"), "в группу «" + group + "»"));
    }

    private static String markOf(WebDriver browser, WebDriverWait wait, String pupil) {
        return row(browser, wait, "register:lines", pupil).findElement(By.className("line-mark")).getText();
    }

    /** The row of a table whose text has {@code text}, once it is there. */
    private static WebElement row(WebDriver browser, WebDriverWait wait, String table, String text) {
        return wait.until(driver -> driver.findElements(By.cssSelector("[id='" + table + "_data'] > tr")).stream()
                .filter(row -> row.getText().contains(text)).findFirst().orElse(null));
    }

    private static WebElement button(WebElement row, String id) {
        return row.findElement(By.cssSelector("[id$=':" + id + "']"));
    }

    private static void retype(WebElement input, String text) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
    }

    private static long groupIdOf(String url) {
        Matcher id = Pattern.compile("group=(\\d+)").matcher(url);
        assertThat(id.find()).as("the register's address names the group: %s", url).isTrue();
        return Long.parseLong(id.group(1));
    }

    /** Text with its non-breaking and narrow spaces as plain ones, as amounts are compared here. */
    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
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
