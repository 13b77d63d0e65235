package org.cardhub.it;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.it.RunningCardhub.APP;
import static org.cardhub.it.RunningCardhub.REALM;

/**
 * A new company becomes a client without a phone call, in real Chromiums: its representative registers on Keycloak's
 * own registration page, follows the link of Keycloak's verification mail (read from the launcher's demo mail
 * server), lands in the applicant's cabinet and reaches no other; fills the application (a wrong INN and 10 001 cards
 * are said at their fields, and an offer not accepted at the offer; the form fits a phone), accepts the offer and
 * sends it; the back office approves it in its queue; the applicant opens the company's cabinet — signed in again
 * with the role {@code corporate} — sees the contract, orders two virtual cards and finds them active in its cards table.
 */
class SelfRegistrationIT {

    private static final String PASSWORD = "Applicant-pass-1";
    private static final int[] INN_WEIGHTS = {2, 4, 10, 3, 5, 9, 4, 6, 8};

    private WebDriver applicant;
    private WebDriver staff;

    @AfterEach
    void closeEverything() {
        for (WebDriver browser : new WebDriver[]{applicant, staff}) {
            if (browser != null) {
                browser.quit();
            }
        }
    }

    @Test
    void aNewCompanyRegistersAppliesIsApprovedAndOpensItsCorporateCabinetWithTheContract() throws Exception {
        String login = "applicant-" + UUID.randomUUID().toString().substring(0, 8);
        String email = login + "@cardhub.local";
        String inn = newInn();
        String company = "ООО «Самозапись " + inn + "»";
        applicant = Chromium.open("--window-size=1280,900");
        WebDriverWait wait = Chromium.patiently(applicant);

        register(wait, login, email);
        verifyTheAddress(wait, email);
        assertThat(text(applicant, "cabinet-title")).isEqualTo("Кабинет заявителя");
        assertThat(applicant.getCurrentUrl()).isEqualTo(APP + "/cabinet/applicant/index.xhtml");
        reachesNoOtherCabinet(wait);

        applicant.findElement(By.id("history:apply")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("apply:inn")));
        theFormFitsAPhone(wait);
        fillTheApplication(wait, company, inn);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("history:messages"), "отправлена"));
        WebElement mine = wait.until(driver -> rowOf(driver, "history:table", company));
        assertThat(mine.getText()).contains("На рассмотрении").contains("Транзитный — Оптимальный+").contains("5 карт");

        String contract = approveInTheBackOffice(company);

        applicant.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("open-company-cabinet")));
        assertThat(applicant.findElement(By.cssSelector(".approved-contract")).getText()).isEqualTo(contract);
        assertThat(rowOf(applicant, "history:table", company).getText()).contains("Одобрена").contains(contract);
        applicant.findElement(By.id("open-company-cabinet")).click();
        wait.until(ExpectedConditions.urlContains(APP + "/cabinet/corporate/"));
        wait.until(ExpectedConditions.textToBe(By.id("cabinet-title"), "Кабинет корпоративного клиента"));
        assertThat(applicant.findElement(By.id("dashboard")).getText()).contains(contract);
        assertThat(applicant.findElements(By.linkText("Пользователи"))).as("the company's administrator").isNotEmpty();

        orderVirtualCards(wait);
    }

    /** The new company orders two virtual cards, which are issued at once and active in its cards table. */
    private void orderVirtualCards(WebDriverWait wait) {
        applicant.findElement(By.linkText("Заказ карт")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("order:holders")));
        applicant.findElement(By.xpath("//*[@id='order:form']//*[normalize-space(.)='Виртуальные']")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("order:address")));
        applicant.findElement(By.id("order:holders")).sendKeys("Лада Ларгус; А001АА77; Первый Водитель\nЛада Веста; В002ВВ77; Второй Водитель");
        applicant.findElement(By.id("order:place")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("order:messages"), "создано виртуальных карт — 2"));

        applicant.findElement(By.linkText("Карты")).click();
        wait.until(driver -> driver.findElements(By.cssSelector("[id$='table_data'] > tr[data-ri]")).size() == 2);
        assertThat(applicant.findElement(By.cssSelector("[id$='table_data']")).getText())
                .contains("А001АА77", "В002ВВ77", "Первый Водитель").containsPattern("(?s)Активна.*Активна");
    }

    /** Keycloak's own registration page, reached from its sign-in page. */
    private void register(WebDriverWait wait, String login, String email) {
        applicant.get(APP + "/");
        applicant.findElement(By.id("signin")).click();
        wait.until(ExpectedConditions.urlContains(REALM + "/protocol/openid-connect/auth"));
        applicant.findElement(By.cssSelector("a[href*='registration']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password-confirm")));
        List<WebElement> username = applicant.findElements(By.id("username"));
        if (!username.isEmpty()) {
            username.get(0).sendKeys(login);
        }
        applicant.findElement(By.id("email")).sendKeys(email);
        applicant.findElement(By.id("firstName")).sendKeys("Анна");
        applicant.findElement(By.id("lastName")).sendKeys("Самозаписева");
        applicant.findElement(By.id("password")).sendKeys(PASSWORD);
        applicant.findElement(By.id("password-confirm")).sendKeys(PASSWORD, Keys.ENTER);
        wait.until(driver -> driver.findElements(By.id("password-confirm")).isEmpty());
    }

    /** The link of Keycloak's verification mail, followed in the same browser: it signs the person in. */
    private void verifyTheAddress(WebDriverWait wait, String email) throws Exception {
        List<MimeMessage> mails = MailBox.awaitMailsTo(email, 1, Duration.ofSeconds(60));
        assertThat(mails).as("Keycloak's verification mail to " + email).hasSize(1);
        applicant.get(MailBox.actionLink(mails.get(0)));
        List<WebElement> proceed = applicant.findElements(By.cssSelector("a[href*='login-actions/action-token']"));
        if (!proceed.isEmpty()) {
            proceed.get(0).click();
        }
        wait.until(driver -> driver.getCurrentUrl().startsWith(APP + "/cabinet") || !driver.getCurrentUrl().contains("action-token"));
        if (applicant.findElements(By.id("cabinet-title")).isEmpty()) {
            applicant.get(APP + "/cabinet");
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cabinet-title")));
    }

    private void reachesNoOtherCabinet(WebDriverWait wait) {
        for (String cabinet : new String[]{"corporate", "backoffice", "parent", "director"}) {
            applicant.get(APP + "/cabinet/" + cabinet + "/index.xhtml");
            assertThat(applicant.findElement(By.id("error-403")).getText()).as(cabinet).contains("Доступ запрещён");
        }
        applicant.get(APP + "/cabinet");
        wait.until(ExpectedConditions.urlToBe(APP + "/cabinet/applicant/index.xhtml"));
        assertThat(applicant.findElement(By.id("menu")).getText()).contains("Главная").contains("Новая заявка")
                .doesNotContain("Карты").doesNotContain("Терминалы");
    }

    private void theFormFitsAPhone(WebDriverWait wait) {
        ((ChromeDriver) applicant).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 812, "deviceScaleFactor", 2, "mobile", true));
        applicant.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("apply:inn")));
        assertThat((Long) ((JavascriptExecutor) applicant).executeScript("return document.documentElement.scrollWidth"))
                .as("no sideways scrolling at 375 px").isLessThanOrEqualTo(375L);
        WebElement submit = applicant.findElement(By.id("apply:submit"));
        assertThat(submit.getRect().getX() + submit.getRect().getWidth()).isLessThanOrEqualTo(375);
        ((ChromeDriver) applicant).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        applicant.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("apply:inn")));
    }

    /** Mistakes first (each said at its field), then the application as it should be, with the offer accepted. */
    private void fillTheApplication(WebDriverWait wait, String company, String inn) {
        type("apply:name", company);
        String typo = inn.substring(0, 9) + (char) ('0' + (inn.charAt(9) - '0' + 1) % 10);
        type("apply:inn", typo);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("apply:inn-message"), "контрольная цифра"));
        type("apply:inn", inn);
        wait.until(ExpectedConditions.textToBe(By.id("apply:inn-message"), ""));
        type("apply:kpp", "773601001");
        type("apply:ogrn", newOgrn());
        type("apply:bik", "044525225");
        type("apply:account", "40702810938000012345");
        clickLabel(wait, "Транзитный");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("apply:option")));
        clickLabel(wait, "Оптимальный+");
        type("apply:cardCount", "10 001");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("apply:cardCount-message"), "от 1 до 10 000"));

        applicant.findElement(By.id("apply:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("apply:accept-message"), "примите оферту"));
        assertThat(text(applicant, "apply:cardCount-message")).contains("от 1 до 10 000");
        assertThat(text(applicant, "apply:messages")).contains("исправьте отмеченные поля");
        assertThat(text(applicant, "offer-text")).startsWith("ПУБЛИЧНАЯ ОФЕРТА");
        assertThat(text(applicant, "offer-sha256")).matches("[0-9a-f]{64}");

        type("apply:cardCount", "5");
        wait.until(ExpectedConditions.textToBe(By.id("apply:cardCount-message"), ""));
        applicant.findElement(By.cssSelector("[id='apply:accept'] .ui-chkbox-box")).click();
        applicant.findElement(By.id("apply:submit")).click();
        wait.until(ExpectedConditions.urlToBe(APP + "/cabinet/applicant/index.xhtml"));
    }

    /** The back office opens the application in its queue and approves it; the contract's number. */
    private String approveInTheBackOffice(String company) throws IOException {
        staff = Chromium.open("--window-size=1280,900");
        WebDriverWait wait = Chromium.patiently(staff);
        Chromium.signIn(staff, wait, "admin");
        staff.findElement(By.linkText("Заявки на договор")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("queue:table")));
        WebElement row = wait.until(driver -> rowOf(driver, "queue:table", company));
        row.findElement(By.cssSelector("button[id$=':open']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("decide-organization"), company));
        assertThat(text(staff, "decide")).contains("Транзитный — Оптимальный+").contains("044525225");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("decide:approve"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("queue:messages"), "одобрена"));
        String said = text(staff, "queue:messages");
        return said.replaceAll("(?s).*договор (F-\\d+).*", "$1");
    }

    private void type(String id, String value) {
        // selected and overwritten in one go: clear() would fire the field's own check and redraw it under the typing
        applicant.findElement(By.id(id)).sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
    }

    private void clickLabel(WebDriverWait wait, String text) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//label[starts-with(normalize-space(.), '" + text + "')]")))
                .click();
    }

    private static WebElement rowOf(WebDriver browser, String tableId, String text) {
        return browser.findElements(By.cssSelector("[id='" + tableId + "_data'] > tr")).stream()
                .filter(row -> row.getText().contains(text)).findFirst().orElse(null);
    }

    private static String text(WebDriver browser, String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static String newInn() {
        StringBuilder digits = new StringBuilder();
        int sum = 0;
        for (int weight : INN_WEIGHTS) {
            int digit = ThreadLocalRandom.current().nextInt(digits.length() == 0 ? 1 : 0, 10);
            digits.append(digit);
            sum += digit * weight;
        }
        return digits.append(sum % 11 % 10).toString();
    }

    private static String newOgrn() {
        long first12 = 100_000_000_000L + ThreadLocalRandom.current().nextLong(100_000_000_000L);
        return first12 + Long.toString(first12 % 11 % 10);
    }
}
