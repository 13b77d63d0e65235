package org.cardhub.it;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import static org.cardhub.it.RunningCardhub.APP;
import static org.cardhub.it.RunningCardhub.BASE;

/**
 * The import of pupils ({@code director/import.xhtml}) in a real Chromium, driven as a director uses it: the school
 * chosen, a file chosen from the disk, the rows the check names, applying with its progress bar, the printable list.
 * Its API has no Selenium type, as the test using it ({@code school.PupilImportInBrowserIT}) is loaded inside Payara
 * too. Text comes back as a person reads it, every kind of space a plain one.
 */
public final class SchoolImportPages implements AutoCloseable {

    /** A file fetched with the browser's session: its status, type and content. */
    public record Download(int status, String contentType, byte[] body) {
    }

    private final WebDriver browser;
    private final WebDriverWait wait;

    private SchoolImportPages(WebDriver browser) {
        this.browser = browser;
        this.wait = (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(60))
                .ignoring(StaleElementReferenceException.class);
    }

    /** A desktop-sized browser with the demo user signed in on Keycloak's page. */
    public static SchoolImportPages signedIn(String username) throws IOException {
        SchoolImportPages pages = new SchoolImportPages(Chromium.open("--window-size=1280,1000"));
        try {
            Chromium.signIn(pages.browser, pages.wait, username);
        } catch (RuntimeException e) {
            pages.close();
            throw e;
        }
        return pages;
    }

    /** Opens the director's import page at the school of that name, choosing it when the page offers several. */
    public void openImport(String schoolName) {
        browser.get(APP + "/cabinet/director/import.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("school-name")));
        if (!browser.findElements(By.id("import:school")).isEmpty()) {
            Chromium.choose(browser, wait, "import:school", schoolName);
        }
        wait.until(driver -> text("school-name").equals(schoolName));
    }

    /** Chooses the file as a person does in the file dialog; the page checks it at once. */
    public void upload(Path file) {
        wait.until(driver -> {
            try {
                driver.findElement(By.cssSelector("form#import input[type='file']")).sendKeys(file.toAbsolutePath().toString());
                return true;
            } catch (WebDriverException notYet) {
                return false;
            }
        });
        String name = file.getFileName().toString();
        wait.until(driver -> !driver.findElements(By.id("checked-file")).isEmpty() && text("checked-file").contains(name));
    }

    /** The rows the check named, one text each. */
    public List<String> problems() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#problems li")));
        return browser.findElements(By.cssSelector("#problems li")).stream().map(row -> spaced(row.getText())).toList();
    }

    /** What applying the checked file would do, line by line. */
    public List<String> preview() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#preview-summary li")));
        return browser.findElements(By.cssSelector("#preview-summary li")).stream().map(row -> spaced(row.getText())).toList();
    }

    /** «Применить», then waits for the progress bar to end in the result. */
    public String apply() {
        click(By.id("import:apply"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("done-text")));
        return text("done-text");
    }

    /** The address of the printable list's file in that format (pdf, xlsx). */
    public String listLink(String format) {
        WebElement button = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import:list-" + format)));
        // PrimeFaces renders a link button as a span around the link in some versions, as the link itself in others
        WebElement link = "a".equals(button.getTagName()) ? button : button.findElement(By.tagName("a"));
        return link.getAttribute("href");
    }

    /** The outcome the history's newest row shows. */
    public String newestOutcome() {
        return spaced(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='import:history'] .import-status")))
                .getText());
    }

    /** A file at {@code url} fetched with the browser's session cookies, as its link would be. */
    public Download download(String url) throws IOException, InterruptedException {
        String cookies = browser.manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue()).collect(Collectors.joining("; "));
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url.startsWith("http") ? url : BASE + url))
                .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    public String text(String id) {
        return spaced(browser.findElement(By.id(id)).getText());
    }

    /** Finds and clicks in one go: an ajax update may replace the element between the two. */
    private void click(By target) {
        wait.until(driver -> {
            try {
                WebElement element = driver.findElement(target);
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
                element.click();
                return true;
            } catch (WebDriverException notYet) {
                return false;
            }
        });
    }

    private static String spaced(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ").strip();
    }

    @Override
    public void close() {
        browser.quit();
    }
}
