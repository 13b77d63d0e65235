package org.cardhub.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.math.BigDecimal;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.it.RunningCardhub.APP;

/**
 * The demo parent in a real Chromium moves 100 ₽ from Петров Иван's general balance to his canteen balance with a double
 * click and then sends the same page again — the money moves once, the second send is told it was already done — and
 * moves it back with "another move"; then sets Иван's daily limit, forbids the buffet, sees what he can still spend today
 * and both changes in the history, old → new, and puts the limits back. Every run leaves the demo as it found it.
 */
class ParentMoneyInBrowserIT {

    private static final String IVAN = "Петров Иван";
    private static final String GENERAL = IVAN + " — общий баланс";
    private static final String CANTEEN = IVAN + " — баланс столовой";
    private static final String DATE_TIME = "\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}";

    private WebDriver browser;
    private WebDriverWait wait;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aDoubleClickedMoveOfAHundredRoublesToIvansCanteenMovesOnceAndTheSamePageSentAgainMovesNothing() throws Exception {
        signIn();
        browser.get(APP + "/cabinet/parent/move.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("move:submit")));
        BigDecimal general = balance(GENERAL);
        BigDecimal canteen = balance(CANTEEN);
        try {
            Chromium.choose(browser, wait, "move:from", GENERAL);
            Chromium.choose(browser, wait, "move:to", CANTEEN);
            type("move:amount", "100");
            new Actions(browser).doubleClick(browser.findElement(By.id("move:submit"))).perform();

            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("move:result"), "Переведено 100,00"));
            settle();
            assertThat(balance(GENERAL)).isEqualByComparingTo(general.subtract(new BigDecimal("100")));
            assertThat(balance(CANTEEN)).isEqualByComparingTo(canteen.add(new BigDecimal("100")));

            wait.until(driver -> {
                driver.findElement(By.id("move:submit")).click();
                return true;
            });
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("move:messages"), "Этот перевод уже выполнен"));
            settle();
            assertThat(balance(GENERAL)).as("nothing moved again").isEqualByComparingTo(general.subtract(new BigDecimal("100")));

            wait.until(ExpectedConditions.elementToBeClickable(By.id("move:another"))).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("move:result")));
            Chromium.choose(browser, wait, "move:from", CANTEEN);
            Chromium.choose(browser, wait, "move:to", GENERAL);
            type("move:amount", "20000");
            browser.findElement(By.id("move:submit")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(messageAt("move:amount"), "не больше"));
            type("move:amount", "100,00");
            browser.findElement(By.id("move:submit")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("move:result"), "Переведено 100,00"));
            settle();
        } finally {
            assertThat(balance(GENERAL)).as("moved back").isEqualByComparingTo(general);
            assertThat(balance(CANTEEN)).isEqualByComparingTo(canteen);
        }
    }

    @Test
    void theParentSetsIvansDailyLimitForbidsTheBuffetAndSeesWhatIsLeftTodayAndTheChangesInTheHistory() throws Exception {
        signIn();
        browser.get(APP + "/cabinet/parent/limits.xhtml");
        wait.until(driver -> {
            driver.findElement(By.xpath("//*[@id='limits-children']//a[normalize-space(text())='" + IVAN + "']")).click();
            return true;
        });
        wait.until(ExpectedConditions.textToBe(By.id("limits-child"), IVAN));
        String dailyBefore = browser.findElement(By.id("limits:daily")).getAttribute("value");
        boolean buffetBefore = buffet().isSelected();
        String daily = (200 + ThreadLocalRandom.current().nextInt(90)) + "," + (10 + ThreadLocalRandom.current().nextInt(89));
        try {
            type("limits:daily", "-5");
            browser.findElement(By.id("limits:save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(messageAt("limits:daily"), "не может быть меньше нуля"));
            String historyBefore = text("limits:history");

            type("limits:daily", daily);
            if (!buffetBefore) {
                clickBuffet();
            }
            browser.findElement(By.id("limits:save")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("limits:messages"), "Сохранено"));

            assertThat(historyBefore).doesNotContain(daily + " ₽");
            assertThat(text("limits-today")).matches("Сегодня можно потратить ещё: [\\d ]+,\\d\\d ₽ \\(из " + daily + " ₽\\)");
            String history = text("limits:history");
            assertThat(history).containsPattern(DATE_TIME).contains("Лимит в день").contains("→ " + daily + " ₽")
                    .contains("parent");
            if (!buffetBefore) {
                assertThat(history).contains("Запрещённые покупки").contains("→ Буфет").doesNotContain("BUFFET");
            }
            assertThat(buffet().isSelected()).isTrue();
        } finally {
            type("limits:daily", dailyBefore == null ? "" : dailyBefore);
            if (buffet().isSelected() != buffetBefore) {
                clickBuffet();
            }
            browser.findElement(By.id("limits:save")).click();
            wait.until(ExpectedConditions.or(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("limits:messages"), "Сохранено"),
                    ExpectedConditions.textToBePresentInElementLocated(By.id("limits:messages"), "Ничего не изменилось")));
        }
    }

    private void signIn() throws Exception {
        browser = Chromium.open("--window-size=1280,900");
        wait = (WebDriverWait) Chromium.patiently(browser).ignoring(StaleElementReferenceException.class);
        Chromium.signIn(browser, wait, "parent");
    }

    /** What the move page shows on the purse named so, e.g. "Петров Иван — общий баланс". */
    private BigDecimal balance(String purse) {
        return wait.until(driver -> {
            for (WebElement row : driver.findElements(By.cssSelector("li.parent-purse"))) {
                if (normalized(row.findElement(By.className("purse-name")).getText()).equals(purse)) {
                    String shown = row.findElement(By.className("purse-balance")).getText();
                    return new BigDecimal(shown.replaceAll("[^0-9,]", "").replace(',', '.'));
                }
            }
            return null;
        });
    }

    /** Waits for every ajax request the page sent (a second click's too) to be answered. */
    private void settle() {
        wait.until(driver -> (Boolean) ((JavascriptExecutor) driver)
                .executeScript("return !window.jQuery || jQuery.active === 0"));
    }

    private WebElement buffet() {
        return browser.findElement(By.cssSelector("[id='limits:forbidden'] input[value='BUFFET']"));
    }

    private void clickBuffet() {
        wait.until(driver -> {
            String id = driver.findElement(By.cssSelector("[id='limits:forbidden'] input[value='BUFFET']")).getAttribute("id");
            driver.findElement(By.cssSelector("label[for='" + id + "']")).click();
            return true;
        });
    }

    private void type(String id, String value) {
        wait.until(driver -> {
            driver.findElement(By.id(id)).sendKeys(Keys.chord(Keys.CONTROL, "a"), value.isEmpty() ? Keys.DELETE.toString() : value);
            return true;
        });
    }

    private String text(String id) {
        return normalized(browser.findElement(By.id(id)).getText());
    }

    private static String normalized(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private static By messageAt(String inputId) {
        return By.xpath("//*[@id='" + inputId + "']/following-sibling::*[contains(@class, 'ui-message')]");
    }
}
