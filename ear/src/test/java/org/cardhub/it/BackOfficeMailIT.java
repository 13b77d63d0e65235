package org.cardhub.it;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.it.RunningCardhub.APP;
import static org.cardhub.it.RunningCardhub.REALM;

/**
 * The back office reads the demo's mail in a real Chromium: a person who forgot their password asks Keycloak for a new
 * one on its own page; Keycloak's mail lands on the launcher's mail server; the back office finds it on the mail page
 * by the person's address, opens it and sees its text with the link; the person follows that link in their own browser
 * and sets a new password, which then works. The page fits a phone, and nobody but the back office reaches it.
 */
class BackOfficeMailIT {

    private static final String MAIL_PAGE = APP + "/cabinet/backoffice/mail.xhtml";
    private static final String OLD_PASSWORD = "Mail-test-1";
    private static final String NEW_PASSWORD = "Mail-test-2";

    private final List<WebDriver> browsers = new ArrayList<>();
    private KeycloakAdmin keycloak;
    private String username;
    private String email;
    private String userId;

    @BeforeEach
    void aPersonOfTheRealm() {
        keycloak = new KeycloakAdmin(REALM.substring(0, REALM.indexOf("/realms/")), System.getProperty("cardhub.admin-password"));
        username = "mail-it-" + UUID.randomUUID().toString().substring(0, 8);
        email = username + "@example.org";
        userId = keycloak.createUser(username, email, OLD_PASSWORD);
    }

    @AfterEach
    void cleanUp() throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "browser"));
        for (int i = 0; i < browsers.size(); i++) {
            WebDriver browser = browsers.get(i);
            Files.write(folder.resolve("BackOfficeMailIT-" + username + "-" + i + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            browser.quit();
        }
        if (userId != null) {
            keycloak.deleteUser(userId);
        }
    }

    @Test
    void theBackOfficeReadsKeycloaksPasswordResetMailAndThePersonFollowsItsLink() throws Exception {
        WebDriver person = open("--window-size=1280,900");
        WebDriverWait personWait = Chromium.patiently(person);
        askForANewPassword(person, personWait);
        List<MimeMessage> mails = MailBox.awaitMailsTo(email, 1, Duration.ofSeconds(60));
        assertThat(mails).as("Keycloak's mail to " + email).hasSize(1);
        String subject = mails.get(0).getSubject();

        WebDriver admin = open("--window-size=1400,900");
        WebDriverWait adminWait = Chromium.patiently(admin);
        Chromium.signIn(admin, adminWait, "admin");
        admin.findElement(By.linkText("Почта (демо)")).click();
        adminWait.until(ExpectedConditions.presenceOfElementLocated(By.id("mails:table")));
        admin.findElement(By.id("mails:address")).sendKeys(email);
        admin.findElement(By.id("mails:search")).click();
        adminWait.until(ExpectedConditions.urlContains("q="));
        WebElement row = adminWait.until(driver -> rowWith(driver, email));
        assertThat(row.getText()).contains(subject).containsPattern("\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}:\\d{2}");
        assertThat(admin.findElements(By.cssSelector("#mails\\:table_data tr"))).as("only this person's mail").hasSize(1);

        row.findElement(By.cssSelector("a.mail-subject")).click();
        adminWait.until(ExpectedConditions.presenceOfElementLocated(By.id("mail-text")));
        assertThat(admin.findElement(By.id("mail-subject")).getText()).isEqualTo(subject);
        assertThat(admin.findElement(By.id("mail-to")).getText()).contains(email);
        assertThat(admin.findElement(By.id("mail-mailbox")).getText()).isEqualTo(email);
        WebElement link = admin.findElement(By.cssSelector("#mail-text a.mail-link[href*='/login-actions/action-token']"));
        assertThat(link.getAttribute("href")).isEqualTo(MailBox.actionLink(mails.get(0)));
        assertThat(link.getText()).isEqualTo(link.getAttribute("href"));
        assertThat(link.getAttribute("target")).isEqualTo("_blank");
        assertThat(link.getAttribute("rel")).contains("noopener");
        assertThat(admin.findElements(By.cssSelector("#mail-text script, #mail-text img, #mail-text iframe"))).isEmpty();
        assertThat(admin.findElements(By.cssSelector(".cabinet-content button, .cabinet-content input[type=submit]")))
                .as("a mail can only be read").isEmpty();

        person.get(link.getAttribute("href"));
        setThePassword(person, personWait);
        assertThat(RunningCardhub.userToken(username, NEW_PASSWORD)).as("the new password signs the person in").isNotBlank();
        assertThat(MailBox.mailsTo(email)).as("the mail is still there, read or not").hasSize(1);
    }

    @Test
    void theMailPageFitsAPhoneAndIsTheBackOfficesOnly() throws Exception {
        WebDriver person = open("--window-size=1280,900");
        askForANewPassword(person, Chromium.patiently(person));
        assertThat(MailBox.awaitMailsTo(email, 1, Duration.ofSeconds(60))).hasSize(1);

        WebDriver phone = open();
        ((ChromeDriver) phone).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 812, "deviceScaleFactor", 2, "mobile", true));
        WebDriverWait wait = Chromium.patiently(phone);
        Chromium.signIn(phone, wait, "admin");
        phone.get(MAIL_PAGE + "?q=" + email);
        WebElement row = wait.until(driver -> rowWith(driver, email));
        assertThat(scrollWidth(phone)).isLessThanOrEqualTo(375);
        row.findElement(By.cssSelector("a.mail-subject")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mail-text")));
        assertThat(scrollWidth(phone)).as("the long link wraps").isLessThanOrEqualTo(375);
        phone.findElement(By.id("back")).click();
        wait.until(driver -> rowWith(driver, email));

        WebDriver fleet = open("--window-size=1280,900");
        WebDriverWait fleetWait = Chromium.patiently(fleet);
        Chromium.signIn(fleet, fleetWait, "fleet");
        assertThat(fleet.findElements(By.linkText("Почта (демо)"))).isEmpty();
        fleet.get(MAIL_PAGE + "?q=" + email);
        fleetWait.until(ExpectedConditions.presenceOfElementLocated(By.id("error-403")));
        assertThat(fleet.getPageSource()).doesNotContain(email);
    }

    private WebDriver open(String... arguments) throws Exception {
        WebDriver browser = Chromium.open(arguments);
        browsers.add(browser);
        return browser;
    }

    /** On Keycloak's own sign-in page: "forgot your password?", then the address; Keycloak sends its mail at once. */
    private void askForANewPassword(WebDriver person, WebDriverWait wait) {
        person.get(APP + "/");
        person.findElement(By.id("signin")).click();
        wait.until(ExpectedConditions.urlContains(REALM + "/protocol/openid-connect/auth"));
        person.findElement(By.cssSelector("a[href*='/login-actions/reset-credentials']")).click();
        wait.until(ExpectedConditions.urlContains("reset-credentials"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys(email, Keys.ENTER);
    }

    /** Keycloak's page behind the mail's link: go on if it asks to, then the new password twice. */
    private static void setThePassword(WebDriver person, WebDriverWait wait) {
        wait.until(driver -> !driver.findElements(By.id("password-new")).isEmpty()
                || !driver.findElements(By.cssSelector("a[href*='/login-actions/action-token']")).isEmpty());
        List<WebElement> proceed = person.findElements(By.cssSelector("a[href*='/login-actions/action-token']"));
        if (person.findElements(By.id("password-new")).isEmpty() && !proceed.isEmpty()) {
            proceed.get(0).click();
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password-new"))).sendKeys(NEW_PASSWORD);
        person.findElement(By.id("password-confirm")).sendKeys(NEW_PASSWORD, Keys.ENTER);
        wait.until(driver -> driver.findElements(By.id("password-new")).isEmpty());
    }

    private static WebElement rowWith(WebDriver browser, String text) {
        return browser.findElements(By.cssSelector("#mails\\:table_data tr")).stream()
                .filter(row -> row.getText().contains(text)).findFirst().orElse(null);
    }

    private static long scrollWidth(WebDriver browser) {
        return (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
    }
}
