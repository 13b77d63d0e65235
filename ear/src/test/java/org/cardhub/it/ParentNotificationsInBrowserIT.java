package org.cardhub.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.it.RunningCardhub.APP;

/**
 * The demo parent, on a phone-sized Chromium, on the notifications page: sets email for top-ups of Мария (and back),
 * is told at the field that a negative threshold is no threshold and saves one, connects Мария's SMS informer and sees
 * its charge and the month paid. The page fits 375 px. The demo is left as it was found: the threshold cleared, the
 * informer switched off again (its month stays paid, so the next run connects it for free and still sees the charge).
 */
class ParentNotificationsInBrowserIT {

    private static final String PAGE = APP + "/cabinet/parent/notifications.xhtml";
    private static final String MARIA = "section[data-child='Петрова Мария'] ";
    private static final By TOP_UP_BY_EMAIL = By.cssSelector(MARIA + "tr[data-topic='TOP_UP'] input.by-email");
    private static final By CANTEEN_THRESHOLD = By.cssSelector(MARIA + "input.threshold-canteen");
    private static final By MESSAGES = By.id("notifications:messages");

    private WebDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theParentChoosesEmailForTopUpsSetsAThresholdAndConnectsTheSmsInformer() throws Exception {
        browser = Chromium.open();
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 812, "deviceScaleFactor", 2, "mobile", true));
        WebDriverWait wait = Chromium.patiently(browser);
        wait.ignoring(StaleElementReferenceException.class); // ajax redraws replace the messages and the rows
        Chromium.signIn(browser, wait, "parent");
        browser.get(PAGE);
        wait.until(driver -> !driver.findElements(TOP_UP_BY_EMAIL).isEmpty());
        assertThat(scrollWidth()).as("the matrix fits a phone").isLessThanOrEqualTo(375);

        setTopUpEmail(wait, false);
        setTopUpEmail(wait, true);

        type(wait, CANTEEN_THRESHOLD, "-5");
        save(wait, "Порог не может быть меньше нуля");
        assertThat(browser.findElement(By.cssSelector(MARIA + ".notices-thresholds")).getText()).contains("Порог не может быть меньше нуля");
        type(wait, CANTEEN_THRESHOLD, "100");
        save(wait, "Настройки сохранены");
        browser.get(PAGE);
        wait.until(driver -> "100,00".equals(driver.findElement(CANTEEN_THRESHOLD).getAttribute("value")));

        if (!browser.findElements(By.cssSelector(MARIA + ".informer-disconnect")).isEmpty()) {
            click(wait, By.cssSelector(MARIA + ".informer-disconnect"));
            click(wait, By.id("confirm:yes"));
            wait.until(driver -> driver.findElement(MESSAGES).getText().contains("SMS-информирование отключено"));
        }
        String due = wait.until(driver -> driver.findElement(By.cssSelector(MARIA + ".informer-due")).getText());
        assertThat(due).containsAnyOf("Сейчас спишем", "уже оплачен");
        click(wait, By.cssSelector(MARIA + ".informer-connect"));
        wait.until(driver -> driver.findElement(MESSAGES).getText().contains("SMS-информирование подключено (Петрова Мария)"));

        String informer = wait.until(driver -> driver.findElement(By.cssSelector(MARIA + ".notices-informer")).getText());
        String month = YearMonth.now(ZoneId.of("Asia/Vladivostok")).getMonth()
                .getDisplayName(TextStyle.FULL_STANDALONE, Locale.forLanguageTag("ru"));
        assertThat(informer).contains("Подключено").contains("Последнее списание: ").contains("Оплачено по: " + month);
        assertThat(browser.findElement(By.cssSelector(MARIA + ".informer-last")).getText()).matches("Последнее списание: [\\d\\s\u00a0]+,\\d\\d[\\s\u00a0]₽, \\d\\d\\.\\d\\d\\.\\d{4}");

        click(wait, By.cssSelector(MARIA + ".informer-disconnect"));
        click(wait, By.id("confirm:yes"));
        wait.until(driver -> driver.findElement(MESSAGES).getText().contains("SMS-информирование отключено"));
        type(wait, CANTEEN_THRESHOLD, "");
        save(wait, "Настройки сохранены");
    }

    private void setTopUpEmail(WebDriverWait wait, boolean on) {
        if (browser.findElement(TOP_UP_BY_EMAIL).isSelected() != on) {
            click(wait, TOP_UP_BY_EMAIL);
        }
        save(wait, "Настройки сохранены");
        browser.get(PAGE);
        wait.until(driver -> driver.findElement(TOP_UP_BY_EMAIL).isSelected() == on);
    }

    private void save(WebDriverWait wait, String expected) {
        click(wait, By.id("notifications:save"));
        wait.until(driver -> driver.findElement(MESSAGES).getText().contains(expected));
    }

    private void type(WebDriverWait wait, By field, String value) {
        wait.until(driver -> {
            try {
                driver.findElement(field).sendKeys(Keys.chord(Keys.CONTROL, "a"), value.isEmpty() ? Keys.DELETE.toString() : value);
                return true;
            } catch (WebDriverException redrawn) {
                return false;
            }
        });
    }

    /** Finds and clicks in one go: an ajax update may replace the element between the two. */
    private static void click(WebDriverWait wait, By target) {
        wait.until(driver -> {
            try {
                WebElement element = driver.findElement(target);
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
                element.click();
                return true;
            } catch (WebDriverException notYet) {
                return false;
            }
        });
    }

    private long scrollWidth() {
        return (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
    }
}
