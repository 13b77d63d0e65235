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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.it.RunningCardhub.APP;

/**
 * The parent's home and a child's school day in a real Chromium, on the demo: both of the demo parent's children with
 * their balances, at a desktop's width and a phone's (375 px, nothing wider than the screen); Петров Иван's day,
 * opened from his panel, with the pass and the meal the demo school's turnstile and canteen just sent; and the pupil's
 * own cabinet with his balances and today.
 */
class ParentHomeAndDayInBrowserIT {

    private static final String IVAN_BARCODE = "2000100000014";
    private static final String IVAN_SCHOOL_NUMBER = "10000001";
    /** What a page's amount has between its groups and before ₽, as the browser reads it. */
    private static final String SPACE = "[ \u00a0\u202f]";

    private final List<WebDriver> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
    }

    @Test
    void theParentSeesBothChildrenWithTheirBalancesOnADesktopAndOnAPhone() throws Exception {
        WebDriver desktop = browser("--window-size=1280,1000");
        Chromium.signIn(desktop, waits(desktop), "parent");

        String home = desktop.findElement(By.id("children")).getText();
        assertThat(home).contains("Петров Иван").contains("Петрова Мария");
        assertThat(home).contains("Общий баланс").contains("Баланс столовой").contains("Сегодня можно потратить ещё")
                .containsPattern("\\d,\\d{2}" + SPACE + "₽");
        assertThat(desktop.findElements(By.cssSelector("#children .pupil-card"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(panelOf(desktop, "Петров Иван").findElement(By.className("action-topup")).getAttribute("href"))
                .matches(".*/cabinet/parent/topup\\.xhtml\\?card=\\d+");

        WebDriver phone = phone();
        Chromium.signIn(phone, waits(phone), "parent");
        assertThat(phone.findElement(By.id("children")).getText()).contains("Петров Иван").contains("Петрова Мария");
        assertFits(phone);
        panelOf(phone, "Петров Иван").findElement(By.className("action-day")).click();
        waits(phone).until(ExpectedConditions.presenceOfElementLocated(By.id("day-title")));
        assertFits(phone);
    }

    @Test
    void theParentOpensIvansDayAndSeesThePassAndTheMealOfToday() throws Exception {
        assertThat(DemoSchoolTerminals.entry(IVAN_BARCODE).getString("status")).isEqualTo("ACCEPTED");
        assertThat(DemoSchoolTerminals.meal(IVAN_SCHOOL_NUMBER, "Компот", "DRINK", "12.50").getString("status"))
                .isEqualTo("APPROVED");
        WebDriver browser = browser("--window-size=1280,1000");
        WebDriverWait wait = waits(browser);
        Chromium.signIn(browser, wait, "parent");

        panelOf(browser, "Петров Иван").findElement(By.className("action-day")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("day-title"), "Петров Иван"));

        String timeline = browser.findElement(By.className("day-timeline")).getText();
        assertThat(timeline).contains("Вход").contains("Питание").containsPattern("Компот × 1 — 12,50" + SPACE + "₽")
                .contains("Школа № 7, Владивосток, столовая").containsPattern("\u221212,50" + SPACE + "₽");
        assertThat(browser.findElement(By.className("day-summary")).getText()).contains("Итог дня").contains("Питание")
                .contains("Остаток сейчас");
        assertThat(browser.findElement(By.className("day-card")).getText()).contains("Asia/Vladivostok");

        browser.findElement(By.id("mode-days")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("days:table")));
        assertThat(browser.findElement(By.id("days:table")).getText()).contains("Дата").containsPattern(",\\d{2}" + SPACE + "₽");
    }

    @Test
    void thePupilSeesTheirOwnBalancesAndToday() throws Exception {
        WebDriver browser = browser("--window-size=1280,1000");
        Chromium.signIn(browser, waits(browser), "pupil");

        String mine = browser.findElement(By.id("my-cards")).getText();
        assertThat(mine).contains("Петров Иван").contains("Общий баланс").contains("Баланс столовой")
                .contains("Мой день").contains("Итог дня").doesNotContain("Петрова Мария");
        assertThat(browser.findElements(By.className("action-topup"))).as("a pupil does not top up from here").isEmpty();
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
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** The panel of a child on the parent's home, found by the name it shows. */
    private static WebElement panelOf(WebDriver browser, String name) {
        return waits(browser).until(driver -> driver.findElements(By.cssSelector("#children .pupil-card")).stream()
                .filter(panel -> panel.findElement(By.className("child-name")).getText().equals(name))
                .findFirst().orElse(null));
    }

    private static void assertFits(WebDriver browser) {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        long viewport = (Long) script.executeScript("return window.innerWidth");
        assertThat(viewport).isEqualTo(375);
        assertThat((Long) script.executeScript("return document.documentElement.scrollWidth")).as(browser.getCurrentUrl())
                .isLessThanOrEqualTo(375);
    }
}
