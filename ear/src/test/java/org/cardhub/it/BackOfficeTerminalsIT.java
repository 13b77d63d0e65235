package org.cardhub.it;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.it.RunningCardhub.APP;

/**
 * The back office looks after the terminal registry in a real (headless) Chromium, signed in through the real
 * Keycloak: registers a terminal and sees its key once, sets a product's price, replaces the key, disables and
 * enables the terminal; bad input is explained and writes nothing; nobody else reaches the pages.
 */
class BackOfficeTerminalsIT {

    private static final String TERMINALS = "/cabinet/backoffice/terminals.xhtml";
    private static final String REJECTIONS = "/cabinet/backoffice/terminal-rejections.xhtml";

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Chromium.open("--window-size=1600,1000");
        wait = Chromium.patiently(browser);
        wait.ignoring(StaleElementReferenceException.class); // ajax updates replace the elements being watched
    }

    /** On a failure, what the browser showed is kept under target/browser/ for whoever reads the report. */
    @RegisterExtension
    final TestWatcher keepTheScreen = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            try {
                Path folder = Files.createDirectories(Path.of("target", "browser"));
                String name = context.getRequiredTestMethod().getName() + "-" + context.getDisplayName().replaceAll("[^A-Za-z0-9]", "");
                Files.writeString(folder.resolve(name + ".html"), browser.getPageSource());
                Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            } catch (Exception e) {
                cause.addSuppressed(e);
            } finally {
                browser.quit();
            }
        }

        @Override
        public void testSuccessful(ExtensionContext context) {
            browser.quit();
        }

        @Override
        public void testAborted(ExtensionContext context, Throwable cause) {
            browser.quit();
        }
    };

    @Test
    void theBackOfficeRegistersATerminalAndLooksAfterItsKeyProductsAndStatus() {
        String id = "WEB-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        signIn("admin");
        browser.findElement(By.linkText("Терминалы")).click();
        wait.until(ExpectedConditions.textToBe(By.id("terminals-title"), "Реестр терминалов"));

        register(id.toLowerCase(), "Турникет", "Школа № 7", "Школа № 7, запасной вход", "SCHOOL-7", "ru-pri");

        String firstKey = shownKey(id);
        assertThat(text("terminals:messages")).contains("Терминал " + id + " зарегистрирован");
        closeKey();
        assertThat(browser.getPageSource()).as("the key is shown once").doesNotContain(firstKey);
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("terminals-title")));
        assertThat(browser.getPageSource()).doesNotContain(firstKey);

        filterById(id);
        String row = text("terminals:table");
        assertThat(row).contains(id, "Турникет", "МБОУ «Школа № 7»", "Школа № 7, запасной вход", "SCHOOL-7", "RU-PRI", "Работает");

        click("terminals:table:0:products");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("products:code")));
        assertThat(text("products:table")).contains("Терминал пока ничего не продаёт");
        type("products:code", "AI-95");
        type("products:name", "Бензин АИ-95");
        type("products:category_input", "FUEL");
        browser.findElement(By.id("products:category_input")).sendKeys(Keys.TAB);
        type("products:price", "59.305");
        browser.findElement(By.cssSelector("label[for='products:unit:1']")).click();
        click("products:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("products:messages"),
                "В цене не больше двух знаков после запятой"));
        assertThat(text("products:table")).as("a refused price writes nothing").contains("Терминал пока ничего не продаёт");
        assertThat(browser.findElement(By.id("products:name")).getDomProperty("value")).as("what was typed stays")
                .isEqualTo("Бензин АИ-95");

        type("products:price", "0");
        click("products:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("products:messages"), "Цена должна быть больше нуля"));
        assertThat(text("products:table")).contains("Терминал пока ничего не продаёт");

        type("products:price", "59,30");
        click("products:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("products:messages"),
                "Товар AI-95 добавлен по цене 59.30 ₽"));
        assertThat(text("products:table")).contains("AI-95", "Бензин АИ-95", "FUEL", "59.30 ₽ / литр");

        click("products:table:0:edit");
        wait.until(ExpectedConditions.attributeToBe(By.id("products:price"), "value", "59.30"));
        type("products:price", "61.05");
        click("products:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("products:messages"), "Товар AI-95 теперь стоит 61.05 ₽"));
        assertThat(text("products:table")).contains("61.05 ₽ / литр").doesNotContain("59.30");
        closeDialog("productsDialog");

        click("terminals:table:0:rotate");
        confirm();
        String secondKey = shownKey(id);
        assertThat(secondKey).isNotEqualTo(firstKey);
        assertThat(text("terminals:messages")).contains("Терминалу " + id + " выдан новый ключ");
        closeKey();
        assertThat(browser.getPageSource()).doesNotContain(secondKey);

        click("terminals:table:0:disable");
        confirm();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("terminals:messages"), "Терминал " + id + " отключён"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("terminals:table"), "Отключён"));

        click("terminals:table:0:enable");
        confirm();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("terminals:messages"), "Терминал " + id + " включён"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("terminals:table"), "Работает"));
    }

    @Test
    void aDuplicateIdOrABadFieldIsExplainedInBothLanguagesAndNothingIsWritten() {
        signIn("admin");
        browser.get(APP + TERMINALS);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("terminals-title")));

        register("fuel-0001", "Кассовый киоск", null, "Чужое место", null, "RU-KDA");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("register:messages"),
                "Терминал FUEL-0001 уже зарегистрирован"));
        assertThat(browser.findElement(By.id("keyDialog")).isDisplayed()).as("no key was issued").isFalse();
        type("register:id", "FUEL 2");
        click("register:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("register:messages"),
                "Идентификатор терминала — от 3 до 32 латинских букв"));
        closeDialog("registerDialog");

        filterById("FUEL-0001");
        assertThat(text("terminals:table")).as("the registered terminal is untouched")
                .contains("АЗС № 17, Москва, Варшавское шоссе, 125", "RU-MOW").doesNotContain("Чужое место");
        filterById("FUEL 2");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("terminals:table"),
                "Ни один терминал не подходит под фильтры"));

        browser.findElement(By.id("language:en")).click();
        wait.until(ExpectedConditions.textToBe(By.id("terminals-title"), "Terminal registry"));
        register("fuel-0001", "Cash kiosk", null, "Somewhere else", null, "RU-KDA");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("register:messages"),
                "Terminal FUEL-0001 is already registered"));
        type("register:region", "Moscow");
        type("register:id", "WEB-EN-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
        click("register:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("register:messages"),
                "A region is an ISO 3166-2 code"));
    }

    @Test
    void theRefusedMessagesAreListedPageByPage() {
        signIn("admin");
        browser.findElement(By.linkText("Отклонённые сообщения")).click();

        wait.until(ExpectedConditions.textToBe(By.id("rejections-title"), "Отклонённые сообщения терминалов"));
        String table = text("rejections:table");
        assertThat(table).contains("Время (Москва)", "Терминал", "Событие", "Код", "Причина");
        assertThat(table).containsAnyOf("Отклонённых сообщений нет", "BAD_SIGNATURE", "TERMINAL_UNKNOWN", "INVALID_MESSAGE");
    }

    @ParameterizedTest(name = "{0} is refused")
    @ValueSource(strings = {"parent", "fleet"})
    void nobodyButTheBackOfficeReachesTheTerminalPages(String username) {
        signIn(username);

        for (String page : new String[]{TERMINALS, REJECTIONS}) {
            browser.get(APP + page);

            assertThat(browser.findElement(By.id("error-403")).getText()).as(page).contains("Доступ запрещён");
            assertThat(browser.getPageSource()).doesNotContain("terminals-title").doesNotContain("FUEL-0001");
        }
        browser.get(APP + "/cabinet");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("menu")));
        assertThat(browser.findElement(By.id("menu")).getText()).as("no menu entry either").doesNotContain("Терминалы");
    }

    private void register(String id, String kind, String organization, String location, String station, String region) {
        click("terminals:register");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("register:id")));
        type("register:id", id);
        Chromium.choose(browser, wait, "register:kind", kind);
        if (organization != null) {
            type("register:organization_input", organization);
            WebElement suggestion = wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("[id='register:organization_panel'] li.ui-autocomplete-item")));
            suggestion.click();
        }
        type("register:location", location);
        if (station != null) {
            type("register:station", station);
        }
        type("register:region", region);
        click("register:save");
    }

    private String shownKey(String terminalId) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("key-value")));
        assertThat(text("key-terminal")).isEqualTo(terminalId);
        assertThat(text("keyDialog")).contains("Ключ показывается только один раз");
        String key = text("key-value");
        assertThat(key).matches("[0-9a-f]{64}");
        return key;
    }

    private void closeKey() {
        click("key:done");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("keyDialog")));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("key-value")));
    }

    private void filterById(String id) {
        WebElement filter = browser.findElement(By.id("terminals:table:idColumn:filter"));
        filter.clear();
        filter.sendKeys(id);
        wait.until(driver -> {
            String table = driver.findElement(By.id("terminals:table")).getText();
            return table.contains(id) && driver.findElements(By.cssSelector("[id='terminals:table_data'] > tr")).size() == 1
                    || table.contains("Ни один терминал не подходит");
        });
    }

    private void confirm() {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("terminals:confirmYes"))).click();
    }

    private void closeDialog(String dialogId) {
        browser.findElement(By.cssSelector("[id='" + dialogId + "'] .ui-dialog-titlebar-close")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(dialogId)));
    }

    private void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    private void type(String id, String value) {
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        input.clear();
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '';", input);
        input.sendKeys(value);
    }

    private void signIn(String username) {
        Chromium.signIn(browser, wait, username);
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }
}
