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
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import static org.cardhub.it.RunningCardhub.APP;
import static org.cardhub.it.RunningCardhub.BASE;

/**
 * The teacher's cabinet in a real Chromium, as a teacher uses it: the home page's classes, a class's register for a
 * week, its marks, its files. For the browser steps of {@code school.TeacherAttendanceInBrowserIT}; its API has no
 * Selenium type, as that test is loaded inside Payara too. Text comes back as a person reads it, every kind of space a
 * plain one.
 */
public final class TeacherPages implements AutoCloseable {

    /** A file fetched with the browser's session: its status, type, disposition and content. */
    public record Download(int status, String contentType, String disposition, byte[] body) {
    }

    private final WebDriver browser;
    private final WebDriverWait wait;

    private TeacherPages(WebDriver browser) {
        this.browser = browser;
        this.wait = (WebDriverWait) Chromium.patiently(browser).ignoring(StaleElementReferenceException.class);
    }

    /** A desktop-sized browser with the demo user signed in, or a phone-sized one (375 px wide). */
    public static TeacherPages signedIn(String username, boolean phone) throws IOException {
        TeacherPages pages = new TeacherPages(phone ? Chromium.open() : Chromium.open("--window-size=1280,900"));
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

    /** The id of the class whose panel on the home page names a school containing {@code schoolMark}. */
    public String classOnHome(String schoolMark) {
        browser.get(APP + "/cabinet/teacher/index.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("teacher-home")));
        return wait.until(driver -> driver.findElements(By.cssSelector("article.class-today")).stream()
                .filter(panel -> panel.findElement(By.className("class-school")).getText().contains(schoolMark))
                .map(panel -> panel.getAttribute("data-class")).findFirst().orElse(null));
    }

    /** The text of the class's panel on the home page. */
    public String homePanel(String classId) {
        return spaced(browser.findElement(By.cssSelector("article.class-today[data-class='" + classId + "']")).getText());
    }

    /** Opens the class's week from the panel's «Неделя» link, then the week of {@code monday} with «Раньше». */
    public void openWeekFromHome(String classId, LocalDate monday) {
        browser.findElement(By.cssSelector("article.class-today[data-class='" + classId + "'] a.class-week-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("register")));
        while (!text("period-text").startsWith(String.format("%02d.%02d.%d", monday.getDayOfMonth(), monday.getMonthValue(),
                monday.getYear()))) {
            WebElement table = browser.findElement(By.id("register"));
            browser.findElement(By.id("period:previous")).click();
            wait.until(ExpectedConditions.stalenessOf(table));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("register")));
        }
    }

    /** The register's cell of a pupil (by name) on a date: its status code (data-status) and its text. */
    public String[] cell(String pupil, LocalDate date) {
        WebElement row = browser.findElements(By.cssSelector("#register tr.pupil-row")).stream()
                .filter(line -> spaced(line.findElement(By.className("pupil-name")).getText()).equals(pupil))
                .findFirst().orElseThrow(() -> new AssertionError("no line of " + pupil));
        WebElement cell = row.findElement(By.cssSelector("td.day-cell[data-date='" + date + "']"));
        return new String[]{cell.getAttribute("data-status"), spaced(cell.getText())};
    }

    /** The address a link of the page (by id) leads to. */
    public String linkOf(String id) {
        return browser.findElement(By.id(id)).getAttribute("href");
    }

    public String text(String id) {
        return spaced(browser.findElement(By.id(id)).getText());
    }

    /** Whether the page is no wider than the screen, and the register scrolls sideways inside its own box. */
    public boolean fitsTheScreenWithTheGridScrollingInItsBox() {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        boolean page = (Long) script.executeScript("return document.documentElement.scrollWidth")
                <= (Long) script.executeScript("return window.innerWidth");
        boolean box = (Boolean) script.executeScript(
                "var box = document.getElementById('register-box'); return box.scrollWidth > box.clientWidth");
        return page && box;
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

    private static String spaced(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ").strip();
    }

    @Override
    public void close() {
        browser.quit();
    }
}
