package org.cardhub.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.it.RunningCardhub.APP;

/**
 * Tariffs as data in a real (headless) Chromium, signed in through the real Keycloak: the back office reads every
 * tariff with its discount rows, adds one — a refused rate or a start in the past is said at its field and writes
 * nothing — and ends it; nobody else reaches the page. A fill-up at one of the demo contract's chosen stations
 * (Regional+, 3 %) shows the fleet manager the station's price, the discount and the amount paid.
 *
 * <p>The row added lies years ahead and is ended on its first day, so it never applies to anything.</p>
 */
class BackOfficeTariffsIT {

    private static final String TARIFFS = "/cabinet/backoffice/tariffs.xhtml";
    private static final String LADA_NUMBER = "7005990000000044";
    private static final String SPACE = "[ \u00a0\u202f]";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private WebDriver browser;
    private WebDriverWait wait;

    /** On a failure, what the browser showed is kept under target/browser/ for whoever reads the report. */
    @RegisterExtension
    final TestWatcher keepTheScreen = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            try {
                Path folder = Files.createDirectories(Path.of("target", "browser"));
                String name = context.getRequiredTestMethod().getName();
                Files.writeString(folder.resolve(name + ".html"), browser.getPageSource());
                Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            } catch (Exception e) {
                cause.addSuppressed(e);
            } finally {
                quit();
            }
        }

        @Override
        public void testSuccessful(ExtensionContext context) {
            quit();
        }

        @Override
        public void testAborted(ExtensionContext context, Throwable cause) {
            quit();
        }
    };

    @Test
    void theBackOfficeAddsADiscountRowWithItsDatesAndEndsItAndBadInputIsSaidAtItsField() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));
        LocalDate start = today.plusDays(ThreadLocalRandom.current().nextInt(1_000, 5_000));
        open("--window-size=1400,1000");
        Chromium.signIn(browser, wait, "admin");
        browser.findElement(By.linkText("Тарифы и скидки")).click();
        wait.until(ExpectedConditions.textToBe(By.id("tariffs-title"), "Тарифы и скидки"));

        assertThat(tariff("REGIONAL_PLUS").getText()).contains("Региональный+", "Топливо (все виды)", "Выбранные клиентом АЗС",
                "01.01.2020", "Действует").containsPattern("(^|\\s)3" + SPACE + "%");
        assertThat(tariff("REGIONAL").getText()).contains("Скидок нет: цена АЗС");
        int rowsBefore = rows("FUEL_ONLINE").size();

        tariff("FUEL_ONLINE").findElement(By.cssSelector("button[id$=':add']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("discount:basisPoints")));
        assertThat(text("discount-tariff")).isEqualTo("FUEL_ONLINE");
        Chromium.choose(browser, wait, "discount:product", "АИ-95");
        Chromium.choose(browser, wait, "discount:place", "Москва (RU-MOW)");
        for (String bad : List.of("10001", "3,5", "-1")) {
            type("discount:basisPoints", bad);
            click("discount:save");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("discountDialog"), "от 0 до 10000"));
        }
        type("discount:basisPoints", "250");
        date("discount:from_input", today.minusDays(1));
        click("discount:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("discountDialog"), "не раньше сегодняшнего дня"));
        assertThat(browser.findElement(By.id("discountDialog")).isDisplayed()).as("the form stays open").isTrue();
        assertThat(rows("FUEL_ONLINE")).as("nothing written").hasSize(rowsBefore);

        date("discount:from_input", start);
        click("discount:save");
        wait.until(driver -> text("tariffs:messages").matches("(?s).*Скидка тарифа FUEL_ONLINE 2,5" + SPACE
                + "% добавлена: действует с " + DAY.format(start) + ".*"));
        WebElement added = row("FUEL_ONLINE", DAY.format(start)).orElseThrow();
        assertThat(added.getText()).contains("АИ-95", "Москва (RU-MOW)", "Будет действовать", "admin")
                .containsPattern("2,5" + SPACE + "%");

        added.findElement(By.cssSelector("button[id$=':end']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("end:on_input")));
        // the row starts years ahead, so any earlier day is refused for that first
        date("end:on_input", start.minusDays(1));
        click("end:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("endDialog"), "раньше, чем начнёт действовать"));
        date("end:on_input", start);
        click("end:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tariffs:messages"), "перестаёт действовать с "
                + DAY.format(start)));
        WebElement ended = row("FUEL_ONLINE", DAY.format(start)).orElseThrow();
        assertThat(ended.getText()).contains("Закончилась");
        assertThat(ended.findElements(By.cssSelector("button[id$=':end']"))).as("an ended row is not ended again").isEmpty();
    }

    @Test
    void thePageFitsAPhoneAndNobodyButTheBackOfficeReachesIt() throws Exception {
        open();
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 812, "deviceScaleFactor", 2, "mobile", true));
        Chromium.signIn(browser, wait, "admin");
        browser.get(APP + TARIFFS);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tariffs-title")));
        long viewport = (Long) ((JavascriptExecutor) browser).executeScript("return window.innerWidth");
        assertThat((Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(viewport);
        quit();

        open("--window-size=1280,900");
        Chromium.signIn(browser, wait, "fleet");
        browser.get(APP + TARIFFS);
        assertThat(browser.findElement(By.id("error-403")).getText()).contains("Доступ запрещён");
        assertThat(browser.getPageSource()).doesNotContain("tariffs-title");
    }

    @Test
    void aFillUpAtAChosenStationShowsTheStationsPriceTheDiscountAndTheAmountPaid() throws Exception {
        JsonObject bought = DemoFuelTerminal.purchase(LADA_NUMBER, "AI-95", "593.00");
        try {
            assertThat(bought.getString("status")).isEqualTo("APPROVED");
            assertThat(bought.getString("approvedAmount")).as("593.00 less Regional+'s 3 %").isEqualTo("575.21");

            open("--window-size=1400,900");
            wait.ignoring(StaleElementReferenceException.class);
            Chromium.signIn(browser, wait, "fleet");
            browser.findElement(By.linkText("Транзакции")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("transactions:table")));
            browser.findElement(By.id("transactions:card")).sendKeys("0044");
            browser.findElement(By.id("transactions:apply")).click();
            // the table is drawn again by the filter: a row found before that is gone, so find and click in one go
            wait.until(driver -> driver.findElements(By.cssSelector("#transactions\\:table_data > tr[data-ri]"))
                    .stream().filter(row -> row.getText().matches("(?s).*593,00" + SPACE + "₽.*17,79" + SPACE + "₽.*575,21"
                            + SPACE + "₽.*")).findFirst().map(row -> {
                        row.findElement(By.cssSelector("button[id$=':details']")).click();
                        return true;
                    }).orElse(false));
            WebElement detail = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("detail")));
            wait.until(driver -> detail.getText().contains("Скидка по тарифу"));
            assertThat(text("detail-price-total")).matches("593,00" + SPACE + "₽");
            assertThat(text("detail-discount")).matches("17,79" + SPACE + "₽" + SPACE + "\\(3" + SPACE + "%\\)");
            assertThat(text("detail-amount")).matches("575,21" + SPACE + "₽");
        } finally {
            if ("APPROVED".equals(bought.getString("status", null))) {
                DemoFuelTerminal.reverse(LADA_NUMBER, bought.getString("eventId"), "593.00");
            }
        }
    }

    private void open(String... arguments) throws IOException {
        browser = Chromium.open(arguments);
        wait = Chromium.patiently(browser);
        wait.ignoring(StaleElementReferenceException.class); // ajax updates replace the elements being watched
    }

    private void quit() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    private WebElement tariff(String code) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("div.tariff[data-tariff='" + code + "']")));
    }

    private List<WebElement> rows(String code) {
        return tariff(code).findElements(By.cssSelector("tr.discount-row"));
    }

    private Optional<WebElement> row(String code, String startDay) {
        return rows(code).stream().filter(row -> row.getText().contains(startDay)).findFirst();
    }

    private void date(String inputId, LocalDate day) {
        type(inputId, DAY.format(day));
        // the calendar opens on focus and closes on a click outside it (Escape would close the whole dialog)
        browser.findElement(By.id(inputId)).findElement(By.xpath("ancestor::div[contains(@class,'ui-dialog')]"
                + "//span[contains(@class,'ui-dialog-title')]")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-datepicker-calendar")));
    }

    private void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    private void type(String id, String value) {
        // a dialog drawn again between finding and typing leaves a stale field: find it again and retype
        wait.ignoring(StaleElementReferenceException.class).until(driver -> {
            WebElement input = driver.findElement(By.id(id));
            if (!input.isDisplayed()) {
                return false;
            }
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
            return true;
        });
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText().strip();
    }
}
