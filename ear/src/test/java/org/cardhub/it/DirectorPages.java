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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.cardhub.it.RunningCardhub.APP;
import static org.cardhub.it.RunningCardhub.BASE;

/**
 * The director's dashboard ({@code cabinet/director/index.xhtml}) in a real Chromium, driven as a director does, for
 * the browser steps of {@code school.DirectorDashboardInBrowserIT}. Its API has no Selenium type, as that test is
 * loaded inside Payara too. Text comes back as a person reads it, every kind of space a plain one.
 */
public final class DirectorPages implements AutoCloseable {

    /** A file fetched with the browser's session: its status, type and content. */
    public record Download(int status, String contentType, byte[] body) {
    }

    private static final String HOME = "/cabinet/director/index.xhtml";

    private final WebDriver browser;
    private final WebDriverWait wait;

    private DirectorPages(WebDriver browser) {
        this.browser = browser;
        this.wait = (WebDriverWait) Chromium.patiently(browser).ignoring(StaleElementReferenceException.class);
    }

    /** A desktop-sized browser with the demo user signed in, or a phone-sized one (375 px wide). */
    public static DirectorPages signedIn(String username, boolean phone) throws IOException {
        DirectorPages pages = new DirectorPages(phone ? Chromium.open() : Chromium.open("--window-size=1280,900"));
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

    /** The director's home showing the school of that name: the first school shown, or chosen among theirs. */
    public void openSchool(String name) {
        browser.get(APP + HOME);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("director-school")));
        if (!text("director-school").equals(name)) {
            WebElement link = browser.findElements(By.cssSelector("a.director-school-link")).stream()
                    .filter(candidate -> spaced(candidate.getText()).equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("The director does not lead " + name));
            link.click();
            wait.until(ExpectedConditions.textToBe(By.id("director-school"), name));
        }
        waitForCharts();
    }

    /** Clicks a period preset: today, week or month. */
    public void preset(String which) {
        WebElement title = browser.findElement(By.id("director-school"));
        browser.findElement(By.id("filters:preset-" + which)).click();
        wait.until(ExpectedConditions.stalenessOf(title));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("director-school")));
        waitForCharts();
    }

    /** Chooses a class (or «все классы») in the filter bar, as a person does; the page comes back at its new address. */
    public void chooseClass(String label) {
        WebElement title = browser.findElement(By.id("director-school"));
        Chromium.choose(browser, wait, "filters:class", label);
        wait.until(ExpectedConditions.stalenessOf(title));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("director-school")));
        waitForCharts();
    }

    public String address() {
        return browser.getCurrentUrl();
    }

    /** The text of the element of that id, spaces plain. */
    public String text(String id) {
        return spaced(browser.findElement(By.id(id)).getText());
    }

    /** How many of the page's charts Chart.js has drawn: canvases with a size and a chart on them. */
    public long chartsDrawn() {
        Object drawn = ((JavascriptExecutor) browser).executeScript("return Array.from(document.querySelectorAll("
                + "'.director-chart canvas')).filter(c => c.width > 0 && c.height > 0 && window.Chart && Chart.getChart(c)).length");
        return ((Number) drawn).longValue();
    }

    /** The names in today's list of pupils without a meal, first page, in its order (a phone shows each cell's title first). */
    public List<String> pupilsWithoutMeal() {
        return browser.findElements(By.cssSelector("[id='without-meal:pupils_data'] td.pupil-name")).stream()
                .map(cell -> lastLine(spaced(cell.getText()))).toList();
    }

    /** Whether the page is no wider than the screen (nothing to scroll sideways). */
    public boolean fitsTheScreen() {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        return (Long) script.executeScript("return document.documentElement.scrollWidth")
                <= (Long) script.executeScript("return window.innerWidth");
    }

    /** How many rows the KPI cards take: more than one when they wrap. */
    public long kpiRows() {
        Object rows = ((JavascriptExecutor) browser).executeScript("return new Set(Array.from(document.querySelectorAll("
                + "'.director-kpi')).map(card => card.getBoundingClientRect().top)).size");
        return ((Number) rows).longValue();
    }

    /** The export of what the page shows, fetched with the browser's session cookies as its link would be. */
    public Download export() throws IOException, InterruptedException {
        String url = browser.findElement(By.id("filters:export")).getAttribute("href");
        String cookies = browser.manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue()).collect(Collectors.joining("; "));
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url.startsWith("http") ? url : BASE + url))
                .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    @Override
    public void close() {
        browser.quit();
    }

    private void waitForCharts() {
        long expected = browser.findElements(By.cssSelector(".director-chart")).size();
        wait.until(driver -> chartsDrawn() == expected);
    }

    private static String lastLine(String text) {
        String[] lines = text.split("\\n");
        return lines[lines.length - 1].strip();
    }

    private static String spaced(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ').strip();
    }
}
