package org.cardhub.it;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * table narrowed to card 0010, the XLSX and the PDF of the same filter, fetched with the browser's session, ending
 * with the page's totals; a long export prepared in the background behind a progress bar; the demo's suspicious
 * fill-ups listed and explained; and a manager of one card group seeing that group's cards only. Other tests spend
 * on the demo cards, so the figures are compared with each other, not fixed.
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
            assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("Цена, ₽");
            assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("Скидка, ₽");
            assertThat(BigDecimal.valueOf(totals.getCell(9).getNumericCellValue())).isEqualByComparingTo(number(text("total-spent")));
            assertThat(BigDecimal.valueOf(totals.getCell(6).getNumericCellValue())).isEqualByComparingTo(number(text("total-litres")));
            assertThat(BigDecimal.valueOf(sheet.getRow(totalsRow + 1).getCell(9).getNumericCellValue()))
                    .isEqualByComparingTo(number(text("total-topped-up")));
            for (int line = 1; line < totalsRow; line++) {
                assertThat(sheet.getRow(line).getCell(1).getStringCellValue()).endsWith("0010");
            }
        }
    }

    @Test
    void thePdfOfTheFilterOpensWithPdfBoxWithItsHeadingAndEndsWithThePagesTotals() throws Exception {
        browser = Chromium.open("--window-size=1280,900");
        openTransactions();
        showAllTime();
        browser.findElement(By.id("transactions:card")).sendKeys("0010");
        browser.findElement(By.id("transactions:apply")).click();
        wait.until(driver -> exportLink().contains("card=0010"));

        HttpResponse<byte[]> file = fetchWithTheBrowsersSession(link("pdf"));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
                .matches("attachment; filename=\"transactions-F-00000001(-[0-9-]+)?\\.pdf\"");
        try (PDDocument document = Loader.loadPDF(file.body())) {
            String text = spaced(new PDFTextStripper().getText(document));
            assertThat(text).contains("Транзакции по договору F-00000001", "ООО «Северный транспорт»",
                    "Фильтр: Карта (посл. цифры): …0010");
            assertThat(text).contains("Итого. Операций: " + text("total-count"),
                    "Покупки: " + spaced(text("total-spent")) + ", " + spaced(text("total-litres")),
                    "Пополнения: " + spaced(text("total-topped-up")));
        }
    }

    @Test
    void aLongExportRunsInTheBackgroundWithAProgressBarThenOffersItsFileOnce() throws Exception {
        browser = Chromium.open("--window-size=1280,900");
        openTransactions();
        // the demo's few rows are a long export for a page asked to prepare anything in the background
        browser.get(RunningCardhub.APP + "/cabinet/corporate/transactions.xhtml?backgroundAbove=0");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("transactions:export-pdf-job")));
        showAllTime();
        String count = text("total-count");

        browser.findElement(By.id("transactions:export-pdf-job")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("transactions:export-progress")));
        assertThat(browser.findElement(By.id("export-preparing")).getText()).contains(".pdf");
        WebElement download = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("transactions:export-download")));

        // PrimeFaces renders a link button as a span around the link in some versions, as the link itself in others
        WebElement link = "a".equals(download.getTagName()) ? download : download.findElement(By.tagName("a"));
        String href = link.getAttribute("href");
        HttpResponse<byte[]> file = fetchWithTheBrowsersSession(href);
        assertThat(file.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(file.body())) {
            assertThat(spaced(new PDFTextStripper().getText(document))).contains("Итого. Операций: " + count,
                    "Покупки: " + spaced(text("total-spent")));
        }
        assertThat(fetchWithTheBrowsersSession(href).statusCode())
                .as("the file is deleted once downloaded").isEqualTo(404);
    }

    @Test
    void theDemosSuspiciousFillUpsAreFlaggedListedAndExplainedToTheCompanysAdministrator() throws Exception {
        browser = Chromium.open("--window-size=1280,900");
        openTransactions();
        showAllTime();

        browser.findElement(By.id("transactions:show-suspicious")).click();
        wait.until(driver -> exportLink().contains("suspicious=true"));
        List<WebElement> rows = rows();
        assertThat(rows).isNotEmpty().allSatisfy(row ->
                assertThat(row.findElements(By.cssSelector(".transaction-suspicious"))).isNotEmpty());

        WebElement overTank = rows.stream().filter(row -> row.getText().contains("0028") && row.getText().contains("AZS-17")
                && row.getText().contains("72,500")).findFirst().orElseThrow();
        overTank.findElement(By.cssSelector("button[id$=':details']")).click();
        WebElement detail = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("detail")));
        wait.until(driver -> detail.getText().contains("Почему заправка подозрительна"));
        assertThat(detail.getText()).contains("при объёме бака 64,000", "AZS-42", "км");
    }

    @Test
    void aManagerOfOneGroupSeesOnlyThatGroupsCards() throws Exception {
        browser = Chromium.open("--window-size=1280,900");
        wait = (WebDriverWait) Chromium.patiently(browser).ignoring(StaleElementReferenceException.class);
        Chromium.signIn(browser, wait, "fleet2");
        browser.findElement(By.linkText("Транзакции")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("transactions:table")));
        showAllTime();

        assertThat(rows()).allSatisfy(row -> assertThat(row.getText()).containsAnyOf("0036", "0044")
                .doesNotContain("Счёт договора").doesNotContain("0028").doesNotContain("0010"));
        assertThat(browser.findElements(By.cssSelector("#transactions\\:group_input option")))
                .extracting(option -> option.getAttribute("textContent")).contains("Сервис").doesNotContain("Доставка");
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
        WebElement before = browser.findElement(By.id("total-count"));
        browser.findElement(By.id("transactions:apply")).click();
        // the form is rendered anew with the filter's totals
        wait.until(ExpectedConditions.stalenessOf(before));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("total-count")));
    }

    private String exportLink() {
        return link("xlsx");
    }

    private String link(String format) {
        return browser.findElement(By.cssSelector("a[href*='transactions/export?'][href*='format=" + format + "']"))
                .getAttribute("href");
    }

    /** The page's and the PDF's group separators (no-break spaces) as plain spaces. */
    private static String spaced(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
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
