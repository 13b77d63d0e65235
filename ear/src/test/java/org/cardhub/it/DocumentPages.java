package org.cardhub.it;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.cardhub.it.RunningCardhub.APP;
import static org.cardhub.it.RunningCardhub.BASE;

/**
 * The documents pages (the company's {@code corporate/documents.xhtml}, the back office's
 * {@code backoffice/documents.xhtml}) in a real Chromium, driven as their users do, for the browser steps of
 * {@code core.CorporateDocumentsInBrowserIT}. Its API has no Selenium type, as that test is loaded inside Payara too.
 * Text comes back as a person reads it, every kind of space a plain one.
 */
public final class DocumentPages implements AutoCloseable {

    /** A file fetched with the browser's session: its status, type and content. */
    public record Download(int status, String contentType, String disposition, byte[] body) {
    }

    private final WebDriver browser;
    private final WebDriverWait wait;

    private DocumentPages(WebDriver browser) {
        this.browser = browser;
        this.wait = (WebDriverWait) Chromium.patiently(browser).ignoring(StaleElementReferenceException.class);
    }

    /** A desktop-sized browser with the demo user signed in, or a phone-sized one (375 px wide). */
    public static DocumentPages signedIn(String username, boolean phone) throws IOException {
        DocumentPages pages = new DocumentPages(phone ? Chromium.open() : Chromium.open("--window-size=1280,900"));
        try {
            if (phone) {
                ((ChromeDriver) pages.browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                        Map.of("width", 375, "height", 812, "deviceScaleFactor", 2, "mobile", true));
            }
            Chromium.signIn(pages.browser, pages.wait, username);
        } catch (RuntimeException e) {
            pages.close();
            throw e;
        }
        return pages;
    }

    /** The back office's page, from its menu. */
    public void openBackOffice() {
        browser.findElement(By.linkText("Закрывающие документы")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("documents:issued")));
    }

    /** Types into the back office's form (null leaves a field as it is) and presses a button: find, generate, regenerate. */
    public void backOffice(String contract, String month, String reason, String button) {
        type("documents:contract", contract);
        type("documents:month", month);
        type("documents:reason", reason);
        WebElement table = browser.findElement(By.id("documents:issued"));
        browser.findElement(By.id("documents:" + button)).click();
        wait.until(ExpectedConditions.stalenessOf(table));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("documents:issued")));
    }

    /** The message at a field of the back office's form, or "" when there is none. */
    public String messageAt(String field) {
        List<WebElement> message = browser.findElements(By.cssSelector("[id='documents:" + field + "-message'] .ui-message-error-detail"));
        return message.isEmpty() ? "" : spaced(message.get(0).getText());
    }

    public String globalMessages() {
        return spaced(browser.findElement(By.id("documents:messages")).getText());
    }

    /** The back office's table: per row, the texts of its cells by their class (issued-contract, issued-month…). */
    public List<Map<String, String>> issuedRows() {
        return browser.findElements(By.cssSelector("[id='documents:issued_data'] > tr[data-ri]")).stream().map(row -> {
            Map<String, String> cells = new LinkedHashMap<>();
            for (String name : List.of("issued-contract", "issued-month", "issued-kind", "issued-version", "issued-reason",
                    "issued-by", "issued-downloads")) {
                cells.put(name, spaced(row.findElement(By.className(name)).getText()));
            }
            cells.put("file", row.findElement(By.className("issued-file")).getAttribute("href"));
            return cells;
        }).toList();
    }

    /** The company's page, from its menu, showing the contract of that number. */
    public void openCompanyDocuments(String contractNumber) {
        browser.findElement(By.linkText("Документы")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("documents-title")));
        if (!browser.findElement(By.id("documents:contract_label")).getText().equals(contractNumber)) {
            WebElement form = browser.findElement(By.id("documents"));
            Chromium.choose(browser, wait, "documents:contract", contractNumber);
            wait.until(ExpectedConditions.stalenessOf(form));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("documents")));
        }
    }

    /** The month's current documents on the company's page: "KIND FORMAT" (e.g. "UPD XML") to the link's address. */
    public Map<String, String> monthFiles(String month) {
        WebElement section = browser.findElement(By.cssSelector("section.document-month[data-month='" + month + "']"));
        Map<String, String> files = new LinkedHashMap<>();
        for (WebElement document : section.findElements(By.cssSelector(":scope > ul > li.document"))) {
            for (WebElement link : document.findElements(By.cssSelector("a.document-file"))) {
                files.put(document.getAttribute("data-kind") + " " + link.getAttribute("data-format"), link.getAttribute("href"));
            }
        }
        return files;
    }

    public String text(String cssSelector) {
        return spaced(browser.findElement(By.cssSelector(cssSelector)).getText());
    }

    /** Whether the page is no wider than the screen (nothing to scroll sideways). */
    public boolean fitsTheScreen() {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        return (Long) script.executeScript("return document.documentElement.scrollWidth")
                <= (Long) script.executeScript("return window.innerWidth");
    }

    /** A file at {@code url} fetched with the browser's session cookies, as its link would be. */
    public Download download(String url) throws IOException, InterruptedException {
        String cookies = browser.manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue()).collect(Collectors.joining("; "));
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url.startsWith("http") ? url : BASE + url))
                .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Content-Disposition").orElse(""), response.body());
    }

    /** The address of the company's file servlet for a document id (to try one that is not the company's). */
    public static String companyFile(long documentId) {
        return APP + "/cabinet/corporate/documents/file?id=" + documentId;
    }

    @Override
    public void close() {
        browser.quit();
    }

    private void type(String id, String text) {
        if (text != null) {
            WebElement input = browser.findElement(By.id(id));
            input.clear();
            input.sendKeys(text);
        }
    }

    private static String spaced(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ').strip();
    }
}
