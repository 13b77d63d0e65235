package org.cardhub.it;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.it.RunningCardhub.APP;
import static org.cardhub.it.RunningCardhub.REALM;

/** A real headless Chromium (Debian's, with its chromedriver) for the browser tests, and signing in through Keycloak's page. */
final class Chromium {

    /** Without the background-networking switches Chromium keeps dialling Google's hosts, which this machine refuses. */
    private static final String[] ARGUMENTS = {"--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--lang=ru"};

    private Chromium() {
    }

    /** A browser with a fresh profile; {@code extraArguments} such as a window size come on top. */
    static WebDriver open(String... extraArguments) throws IOException {
        String profile = "--user-data-dir=" + Files.createTempDirectory("cardhub-chromium");
        ChromeOptions options = new ChromeOptions()
                .setBinary(System.getProperty("cardhub.chromium", "/usr/bin/chromium"))
                .addArguments(Stream.concat(Stream.of(ARGUMENTS), Stream.concat(Stream.of(extraArguments), Stream.of(profile)))
                        .toList());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("cardhub.chromedriver", "/usr/bin/chromedriver")))
                .build();
        return new ChromeDriver(service, options);
    }

    static WebDriverWait patiently(WebDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    /** Signs a demo user in on Keycloak's own login page and waits for their cabinet. */
    static void signIn(WebDriver browser, WebDriverWait wait, String username) {
        browser.get(APP + "/");
        browser.findElement(By.id("signin")).click();
        wait.until(ExpectedConditions.urlContains(REALM + "/protocol/openid-connect/auth"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("Demo-pass-1");
        browser.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.urlContains(APP + "/cabinet/"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cabinet-title")));
    }

    /** Picks an option of a PrimeFaces select menu by its label, as a person does: open it, click the option. */
    static void choose(WebDriver browser, WebDriverWait wait, String menuId, String label) {
        By option = By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']");
        By shown = By.id(menuId + "_label");
        WebDriverWait briefly = new WebDriverWait(browser, Duration.ofSeconds(3));
        for (int attempt = 0; attempt < 3 && !labelShown(browser, shown).equals(label); attempt++) {
            try {
                if (!browser.findElement(By.id(menuId + "_panel")).isDisplayed()) {
                    wait.until(ExpectedConditions.elementToBeClickable(By.id(menuId))).click();
                }
                briefly.until(ExpectedConditions.visibilityOfElementLocated(option));
                pause(); // the panel slides open; a click during the animation can miss
                browser.findElement(option).click();
                briefly.until(ExpectedConditions.textToBe(shown, label));
            } catch (TimeoutException | StaleElementReferenceException missed) {
                // tried again: a choice that redraws the form may replace the menu under the click
            }
        }
        assertThat(labelShown(browser, shown)).isEqualTo(label);
    }

    private static String labelShown(WebDriver browser, By shown) {
        for (int attempt = 0; ; attempt++) {
            try {
                return browser.findElement(shown).getText();
            } catch (StaleElementReferenceException redrawn) {
                if (attempt == 10) {
                    throw redrawn;
                }
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
