package org.cardhub.it;

import jakarta.json.JsonObject;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cardhub.it.RunningCardhub.APP;
import static org.cardhub.it.RunningCardhub.BASE;

/**
 * The back office's audit, offline review and partners pages in a real Chromium, signed in as "admin": two offline
 * purchases of the demo's LADA card forwarded by FUEL-0001, one accepted and one charged back (first without a reason,
 * refused; then with one); the charge-back found in the audit log by its action, in words, and exported as XLSX; a
 * reversed period refused; the partners with their request chart; each page fitting a 375 px phone. Under a minute.
 */
class BackOfficeAuditInBrowserIT {

    private static final String LADA_NUMBER = "7005990000000044";
    private static final String AUDIT = "/cabinet/backoffice/audit.xhtml";
    private static final String OFFLINE = "/cabinet/backoffice/offline-review.xhtml";
    private static final String PARTNERS = "/cabinet/backoffice/partners.xhtml";

    private WebDriver browser;
    private WebDriverWait wait;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void staffDecideOfflinePurchasesFindTheDecisionInTheAuditLogExportItSeeThePartnersAndEveryNewPageKeepsTheHardening() throws Exception {
        int cents = ThreadLocalRandom.current().nextInt(10, 99);
        String acceptedAmount = "3." + cents;
        String chargedAmount = "4." + cents;
        JsonObject accepted = DemoFuelTerminal.offlinePurchase(LADA_NUMBER, acceptedAmount);
        JsonObject charged = DemoFuelTerminal.offlinePurchase(LADA_NUMBER, chargedAmount);
        try {
            assertThat(accepted.getString("status")).isEqualTo("APPROVED");
            assertThat(charged.getString("status")).isEqualTo("APPROVED");
            browser = Chromium.open("--window-size=1280,900");
            wait = Chromium.patiently(browser);
            wait.ignoring(StaleElementReferenceException.class);
            Chromium.signIn(browser, wait, "admin");

            // the queue shows what was posted: the price less the contract's tariff discount, as the terminal was told
            offlineQueue(accepted.getString("approvedAmount").replace('.', ','),
                    charged.getString("approvedAmount").replace('.', ','));
            auditLog();
            partners();
            newPagesKeepTheHardening();
            fitsAPhone();
        } finally {
            // the demo card gets back what the accepted purchase took (the charged-back one is reversed already)
            DemoFuelTerminal.reverse(LADA_NUMBER, accepted.getString("eventId"), acceptedAmount);
            DemoFuelTerminal.reverse(LADA_NUMBER, charged.getString("eventId"), chargedAmount);
        }
    }

    /**
     * A partner's new secret needs a fresh one-time code: "admin" asks for one for agent-other (the tests' own agent),
     * answers Keycloak's code form, confirms on return and sees the secret once; the new secret gets a token and the
     * old one no more; the audit log names the rotation. The old secret is put back through Keycloak's admin API.
     */
    @Test
    void aPartnersSecretIsRotatedAfterAFreshOneTimeCodeAndShownOnce() throws Exception {
        KeycloakAdmin keycloak = new KeycloakAdmin(RunningCardhub.REALM.substring(0, RunningCardhub.REALM.indexOf("/realms/")),
                System.getProperty("cardhub.admin-password"));
        try {
            browser = Chromium.open("--window-size=1280,900");
            wait = Chromium.patiently(browser);
            wait.ignoring(StaleElementReferenceException.class);
            Chromium.signIn(browser, wait, "admin");
            browser.get(APP + PARTNERS);
            WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.xpath("//tr[td[contains(., 'agent-other')]]")));
            row.findElement(By.xpath(".//button[contains(@id, ':rotate')]")).click();
            if (!browser.findElements(By.id("partners:confirmYes")).isEmpty()
                    && browser.findElement(By.id("partners:confirmYes")).isDisplayed()) {
                browser.findElement(By.id("partners:confirmYes")).click();
            }
            wait.until(ExpectedConditions.urlContains(RunningCardhub.REALM));
            OneTimeCode.enter(browser, wait);
            wait.until(ExpectedConditions.elementToBeClickable(By.id("partners:confirmRotation"))).click();
            String secret = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("secret-value"))).getText().strip();

            assertThat(secret).isNotBlank().isNotEqualTo("agent-other-secret");
            assertThat(RunningCardhub.clientToken("agent-other", secret)).isNotBlank();
            assertThatThrownBy(() -> RunningCardhub.clientToken("agent-other", "agent-other-secret"));
            wait.until(ExpectedConditions.elementToBeClickable(By.id("secret:done"))).click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("secret-value")));
            assertThat(browser.getPageSource()).doesNotContain(secret);
        } finally {
            keycloak.clientSecret("agent-other", "agent-other-secret");
        }
    }

    private void offlineQueue(String acceptedAmount, String chargedAmount) {
        browser.get(APP + OFFLINE);
        wait.until(ExpectedConditions.textToBe(By.id("offline-title"), "Офлайн-покупки на проверке"));
        ((JavascriptExecutor) browser).executeScript("document.getElementById('offline:source').value = 'FUEL-0001';");
        browser.findElement(By.id("offline:apply")).click();

        clickInRow(acceptedAmount, "accept");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("offline:confirmYes"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("offline:messages"), "принята"));
        wait.until(driver -> rowWith(acceptedAmount) == null);

        clickInRow(chargedAmount, "chargeBack");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chargeBack:reason")));
        browser.findElement(By.id("chargeBack:confirmChargeBack")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chargeBack:messages"), "Укажите причину возврата."));
        assertThat(rowWith(chargedAmount)).as("a refused charge-back changes nothing").isNotNull();
        browser.findElement(By.id("chargeBack:reason")).sendKeys("Клиент оспорил покупку");
        browser.findElement(By.id("chargeBack:confirmChargeBack")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("offline:messages"), "деньги возвращены на карту"));
        wait.until(driver -> rowWith(chargedAmount) == null);

        Chromium.choose(browser, wait, "offline:status", "Отменена, деньги возвращены");
        browser.findElement(By.id("offline:apply")).click();
        wait.until(driver -> rowWith(chargedAmount) != null);
        assertThat(rowWith(chargedAmount).getText()).contains("Клиент оспорил покупку", "Терминал FUEL-0001");
    }

    private void auditLog() throws Exception {
        browser.get(APP + AUDIT);
        wait.until(ExpectedConditions.textToBe(By.id("audit-title"), "Журнал аудита"));
        assertThat(browser.findElement(By.id("audit-found")).getText()).startsWith("Найдено");

        Chromium.choose(browser, wait, "filters:action", "Офлайн-покупка отменена, деньги возвращены");
        browser.findElement(By.id("filters:apply")).click();
        // the charge-back's own reversal row is on the unfiltered first page too: gone, the filter has applied
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("filters:table"),
                "Операция сторнирована")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("filters:table"), "Клиент оспорил покупку"));
        String table = browser.findElement(By.id("filters:table")).getText();
        assertThat(table).contains("Офлайн-покупка отменена, деньги возвращены", "Офлайн-покупка")
                .doesNotContain("offline.charge-back", "OFFLINE_REVIEW");
        assertThat(table).as("people by name, never by their raw id")
                .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

        HttpResponse<byte[]> export = download(browser.findElement(By.id("filters:export")).getAttribute("href"));
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Когда");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("Офлайн-покупка отменена, деньги возвращены");
            assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).isEqualTo("offline.charge-back");
        }

        ((JavascriptExecutor) browser).executeScript("document.getElementById('filters:from_input').value = '10.12.2026';"
                + "document.getElementById('filters:to_input').value = '01.12.2026';");
        browser.findElement(By.id("filters:apply")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("filters:messages"), "Конец периода раньше его начала."));
    }

    private void partners() {
        browser.get(APP + PARTNERS);
        wait.until(ExpectedConditions.textToBe(By.id("partners-title"), "Партнёры"));
        assertThat(browser.findElement(By.id("partners:table")).getText()).contains("agent-demo", "Запросов за сутки");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='rates:chart'] canvas")));
        assertThat(browser.findElement(By.id("rates-title")).getText()).startsWith("Запросы партнёра");
        browser.findElement(By.xpath("//*[@id='rates:span']//*[contains(@class,'ui-button')][normalize-space()='По дням за месяц']"))
                .click();
        wait.until(ExpectedConditions.attributeContains(By.xpath("//*[@id='rates:span']//*[contains(@class,'ui-button')]"
                + "[normalize-space()='По дням за месяц']"), "class", "ui-state-active"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='rates:chart'] canvas")));
    }

    /** Every back-office page of issue 23 answers the signed-in person with the cabinets' policy and headers. */
    private void newPagesKeepTheHardening() throws Exception {
        for (String page : new String[]{"organizations", "contracts", "cards", "corrections", "offline-review", "audit",
                "partners", "webhooks", "operations"}) {
            HttpResponse<byte[]> answer = download(APP + "/cabinet/backoffice/" + page + ".xhtml");
            String body = new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8);

            assertThat(answer.statusCode()).as(page).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Security-Policy")).as(page).hasValueSatisfying(policy ->
                    assertThat(policy).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                            .containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+'"));
            assertThat(body).as(page).containsPattern("<script[^>]+nonce=");
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(page).hasValue("nosniff");
            assertThat(answer.headers().firstValue("Referrer-Policy")).as(page).hasValue("no-referrer");
            assertThat(answer.headers().firstValue("Cache-Control")).as(page).hasValue("no-store");
            assertThat(answer.headers().firstValue("Server")).as(page).isEmpty();
        }
    }

    private void fitsAPhone() {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 812, "deviceScaleFactor", 2, "mobile", true));
        for (String page : new String[]{AUDIT, OFFLINE, PARTNERS}) {
            browser.get(APP + page);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("h2[id$='-title']")));
            JavascriptExecutor script = (JavascriptExecutor) browser;
            long viewport = (Long) script.executeScript("return window.innerWidth");
            assertThat(viewport).isEqualTo(375);
            assertThat((Long) script.executeScript("return document.documentElement.scrollWidth")).as(page)
                    .isLessThanOrEqualTo(viewport);
        }
    }

    private void clickInRow(String amount, String button) {
        wait.until(driver -> {
            WebElement row = rowWith(amount);
            if (row == null) {
                return false;
            }
            row.findElement(By.cssSelector("button[id$=':" + button + "']")).click();
            return true;
        });
    }

    /** The queue's row of an amount (the amounts of this test are unique enough), or null. */
    private WebElement rowWith(String amount) {
        Pattern shown = Pattern.compile("(?<![\\d,])" + Pattern.quote(amount) + "[ \u00a0\u202f]₽");
        return browser.findElements(By.cssSelector("[id='offline:table_data'] > tr[data-ri]")).stream()
                .filter(row -> shown.matcher(row.getText()).find()).findFirst().orElse(null);
    }

    private HttpResponse<byte[]> download(String url) throws Exception {
        String cookies = browser.manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue()).collect(Collectors.joining("; "));
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        return http.send(HttpRequest.newBuilder(URI.create(url.startsWith("http") ? url : BASE + url)).header("Cookie", cookies)
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
