package org.cardhub.it;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
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
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.it.RunningCardhub.BASE;

/**
 * A fleet manager reads the demo contract's transactions in a real Chromium: the totals in Russian notation, the
 * table narrowed to card 0010, and the XLSX of the same filter, fetched with the browser's session, ending with the
 * page's totals. Other tests spend on the demo cards, so the figures are compared with each other, not fixed.
 */
class CorporateTransactionsIT {

    private static final String SPACE = "[ \u00a0\u202f]";
    private static final String ROUBLES = "-?\\d{1,3}(" + SPACE + "\\d{3})*,\\d{2}" + SPACE + "₽";
    private static final String LITRES = "-?\\d{1,3}(" + SPACE + "\\d{3})*,\\d{3}" + SPACE + "л";

    private WebDriver browser;
    private WebDriverWait wait;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theTotalsReadInRussianTheCardFilterNarrowsTheTableAndTheWorkbookEndsWithTheSameTotals() throws Exception {
        browser = Chromium.open("--window-size=1280,900");
        openTransactions();
        showAllTime();

        assertThat(text("total-spent")).matches(ROUBLES);
        assertThat(text("total-litres")).matches(LITRES);
        assertThat(text("total-topped-up")).matches(ROUBLES);
        assertThat(text("total-count")).matches("\\d+");

        browser.findElement(By.id("transactions:card")).sendKeys("0010");
        browser.findElement(By.id("transactions:apply")).click();
        wait.until(driver -> exportLink().contains("card=0010"));
        List<WebElement> rows = rows();
        if (rows.isEmpty()) {
            assertThat(browser.findElement(By.id("transactions-empty")).getText()).contains("Ни одна операция");
        }
        assertThat(rows).allSatisfy(row -> assertThat(row.getText()).contains("0010"));
        assertThat(rows.size()).isLessThanOrEqualTo(Integer.parseInt(text("total-count")));

        String link = exportLink();
        HttpResponse<byte[]> file = fetchWithTheBrowsersSession(link);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
                .matches("attachment; filename=\"transactions-F-00000001(-[0-9-]+)?\\.xlsx\"");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Дата и время");
            int totalsRow = sheet.getLastRowNum() - 1;
            Row totals = sheet.getRow(totalsRow);
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Итого");
            assertThat(totals.getCell(1).getStringCellValue()).isEqualTo("Операций: " + text("total-count"));
            assertThat(totalsRow - 1).as("one line per transaction").isEqualTo(Integer.parseInt(text("total-count")));
            assertThat(BigDecimal.valueOf(totals.getCell(7).getNumericCellValue())).isEqualByComparingTo(number(text("total-spent")));
            assertThat(BigDecimal.valueOf(totals.getCell(6).getNumericCellValue())).isEqualByComparingTo(number(text("total-litres")));
            assertThat(BigDecimal.valueOf(sheet.getRow(totalsRow + 1).getCell(7).getNumericCellValue()))
                    .isEqualByComparingTo(number(text("total-topped-up")));
            for (int line = 1; line < totalsRow; line++) {
                assertThat(sheet.getRow(line).getCell(1).getStringCellValue()).endsWith("0010");
            }
        }
    }

    @Test
    void anotherCompanysContractIsNotExported() throws Exception {
        browser = Chromium.open("--window-size=1280,900");
        openTransactions();

        HttpResponse<byte[]> foreign = fetchWithTheBrowsersSession(RunningCardhub.APP
                + "/cabinet/corporate/transactions/export?contract=999999999&format=csv");

        assertThat(foreign.statusCode()).isEqualTo(404);
    }

    @Test
    void thePageFitsAPhoneScreen() throws Exception {
        browser = Chromium.open();
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 812, "deviceScaleFactor", 2, "mobile", true));
        openTransactions();

        long viewport = (Long) ((JavascriptExecutor) browser).executeScript("return window.innerWidth");
        assertThat(viewport).isEqualTo(375);
        assertThat((Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(viewport);
    }

    private void openTransactions() {
        wait = (WebDriverWait) Chromium.patiently(browser).ignoring(StaleElementReferenceException.class);
        Chromium.signIn(browser, wait, "fleet");
        browser.findElement(By.linkText("Транзакции")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("transactions:table")));
    }

    /** Empties the period's start, so the demo contract's older transactions count too. */
    private void showAllTime() {
        ((JavascriptExecutor) browser).executeScript("document.getElementById('transactions:from_input').value = ''");
        assertThat(exportLink()).contains("from=");
        browser.findElement(By.id("transactions:apply")).click();
        // the export link carries the filter the page shows, so it changes once the form was re-rendered
        wait.until(driver -> !exportLink().contains("from="));
    }

    private String exportLink() {
        return browser.findElement(By.cssSelector("a[href*='transactions/export?'][href*='format=xlsx']")).getAttribute("href");
    }

    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#transactions\\:table_data > tr[data-ri]"));
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText().strip();
    }

    /** "1 500,00 ₽" → 1500.00, "-12,500 л" → -12.500. */
    private static BigDecimal number(String shown) {
        return new BigDecimal(shown.replaceAll("[^0-9,-]", "").replace(',', '.'));
    }

    private HttpResponse<byte[]> fetchWithTheBrowsersSession(String url) throws Exception {
        String cookies = browser.manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue()).collect(Collectors.joining("; "));
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String absolute = url.startsWith("http") ? url : BASE + url;
        return http.send(HttpRequest.newBuilder(URI.create(absolute)).header("Cookie", cookies).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
