package org.cardhub.it;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.stream.Collectors;

import static org.cardhub.it.RunningCardhub.APP;
import static org.cardhub.it.RunningCardhub.BASE;

/**
 * The canteen supplier's sales and settlements pages ({@code cabinet/canteen/sales.xhtml}, {@code settlements.xhtml}) in
 * a real Chromium, for the browser steps of {@code meals.CanteenSalesInBrowserIT}. Its API has no Selenium type, as that
 * test is loaded inside Payara too. Text comes back as a person reads it, every kind of space a plain one.
 */
public final class CanteenSalesPages implements AutoCloseable {

    /** A file fetched with the browser's session: its status, type and content. */
    public record Download(int status, String contentType, String disposition, byte[] body) {
    }

    private static final String SALES = "/cabinet/canteen/sales.xhtml";
    private static final String SETTLEMENTS = "/cabinet/canteen/settlements.xhtml";

    private final WebDriver browser;
    private final WebDriverWait wait;

    private CanteenSalesPages(WebDriver browser) {
        this.browser = browser;
        this.wait = (WebDriverWait) Chromium.patiently(browser).ignoring(StaleElementReferenceException.class);
    }

    /** A desktop-sized browser with the demo user signed in on Keycloak's page. */
    public static CanteenSalesPages signedIn(String username) throws IOException {
        CanteenSalesPages pages = new CanteenSalesPages(Chromium.open("--window-size=1280,900"));
        try {
            Chromium.signIn(pages.browser, pages.wait, username);
        } catch (RuntimeException e) {
            pages.close();
            throw e;
        }
        return pages;
    }

    /** Opens the sales page as it first shows and finds the school of that name among those offered: its id. */
    public long schoolOffered(String name) {
        browser.get(APP + SALES);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sales-title")));
        WebElement option = wait.until(driver -> driver.findElements(By.cssSelector("[id='sales:school_input'] option")).stream()
                .filter(offered -> spaced(offered.getAttribute("textContent")).equals(name)).findFirst().orElse(null));
        return Long.parseLong(option.getAttribute("value"));
    }

    /** The school's sales from {@code from} to {@code to}, as the period picker's address gives them. */
    public void sales(long school, LocalDate from, LocalDate to) {
        browser.get(APP + SALES + "?school=" + school + "&from=" + from + "&to=" + to);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sales-revenue")));
    }

    /** Presses one of the period's buttons (day, week, month, previous, next) and waits for the page it leads to. */
    public void period(String button) {
        WebElement revenue = browser.findElement(By.id("sales-revenue"));
        browser.findElement(By.id("sales:" + button)).click();
        wait.until(ExpectedConditions.stalenessOf(revenue));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sales-title")));
    }

    /** The month's statement of the school's settlements. */
    public void settlements(long school, YearMonth month) {
        browser.get(APP + SETTLEMENTS + "?school=" + school + "&month=" + month);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("settle-title")));
    }

    /** The text of the element of that id, or "" when the page has none. */
    public String text(String id) {
        return browser.findElements(By.id(id)).stream().findFirst().map(element -> spaced(element.getText())).orElse("");
    }

    /** The rows of a table (its id, as {@code sales:dishes}), one text a row. */
    public java.util.List<String> rows(String tableId) {
        return browser.findElements(By.cssSelector("[id='" + tableId + "_data'] > tr")).stream()
                .map(row -> spaced(row.getText())).toList();
    }

    public String address() {
        return browser.getCurrentUrl();
    }

    /** The file behind the link of that id, fetched with the browser's session cookies as the link would be. */
    public Download download(String linkId) throws IOException, InterruptedException {
        String url = browser.findElement(By.id(linkId)).getAttribute("href");
        String cookies = browser.manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue()).collect(Collectors.joining("; "));
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url.startsWith("http") ? url : BASE + url))
                .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Content-Disposition").orElse(""), response.body());
    }

    /** The page at a phone's width: whether nothing sticks out sideways. */
    public boolean fitsAPhone() {
        browser.manage().window().setSize(new Dimension(375, 812));
        wait.until(driver -> ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth")).intValue() <= 400);
        // the page lays itself out again after the resize (charts redraw at their new width): a moment to settle
        try {
            new WebDriverWait(browser, Duration.ofSeconds(5)).until(driver -> ((Number) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue() <= 0);
            return true;
        } catch (org.openqa.selenium.TimeoutException sticksOut) {
            return false;
        }
    }

    @Override
    public void close() {
        browser.quit();
    }

    private static String spaced(String text) {
        return text == null ? "" : text.replace('\u00a0', ' ').replace('\u202f', ' ').strip();
    }
}
