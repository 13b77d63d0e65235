package org.cardhub.it;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.it.RunningCardhub.APP;
import static org.cardhub.it.RunningCardhub.REALM;

/**
 * A parent gets their child's card into their own hands without calling anyone, in real Chromiums: they register on
 * Keycloak's page with a phone (a malformed one said at the field), follow the verification mail from the demo mail
 * server, land as an applicant, choose «Я родитель», link Кузнецов Дмитрий with his contract number and activation
 * code (a number of the wrong length said at its field) and are signed in again into the parent's cabinet with him
 * there; Keycloak keeps the phone and the role {@code parent}. They unlink him again, and he is gone from their cabinet.
 * And a number guessed at five times is locked, shown to the back office, and unlocked there with a reason.
 */
class ParentRegistrationInBrowserIT {

    private static final String PASSWORD = "Parent-pass-1";
    private static final String PHONE = "+79161234567";
    private static final String DMITRY = "10000005";
    private static final String OLGA = "10000004";

    private final KeycloakAdmin keycloak = new KeycloakAdmin(REALM.substring(0, REALM.indexOf("/realms/")),
            System.getProperty("cardhub.admin-password"));
    private WebDriver parent;
    private WebDriver staff;
    private String registered;

    @AfterEach
    void closeEverything() {
        for (WebDriver browser : new WebDriver[]{parent, staff}) {
            if (browser != null) {
                browser.quit();
            }
        }
        if (registered != null) {
            keycloak.deleteUser(registered);
        }
    }

    @Test
    void aParentRegistersWithAPhoneLinksTheirChildLandsInTheParentsCabinetAndUnlinksHimAgain() throws Exception {
        String login = "parent-" + UUID.randomUUID().toString().substring(0, 8);
        String email = login + "@cardhub.local";
        parent = Chromium.open("--window-size=1280,900");
        WebDriverWait wait = Chromium.patiently(parent);

        register(wait, login, email);
        registered = keycloak.userNamed(login).getString("id");
        verifyTheAddress(wait, email);
        assertThat(parent.findElement(By.id("cabinet-title")).getText()).isEqualTo("Кабинет заявителя");

        wait.until(ExpectedConditions.elementToBeClickable(By.id("choose-parent"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("link:number")));
        theFormFitsAPhone(wait);
        type("link:number", "1000005");
        type("link:code", "DEMO-1005");
        parent.findElement(By.id("link:submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("link:number-message"), "ровно 8 цифр"));

        type("link:number", DMITRY);
        parent.findElement(By.id("link:submit")).click();
        wait.until(ExpectedConditions.urlContains(APP + "/cabinet/parent/"));
        wait.until(ExpectedConditions.textToBe(By.id("cabinet-title"), "Кабинет родителя"));
        assertThat(parent.findElement(By.id("children")).getText()).contains("Кузнецов Дмитрий").contains("МБОУ «Школа № 7»");

        JsonObject account = keycloak.userNamed(login);
        assertThat(account.getJsonObject("attributes").getJsonArray("phoneNumber").getString(0)).isEqualTo(PHONE);
        assertThat(keycloak.realmRolesOf(registered)).contains("parent");

        unlinkDmitry(wait);
        parent.get(APP + "/cabinet/parent/index.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("children")));
        assertThat(parent.findElement(By.id("children")).getText()).doesNotContain("Кузнецов Дмитрий");
    }

    @Test
    void aNumberGuessedAtFiveTimesIsLockedAndTheBackOfficeLiftsTheLockWithAReason() throws Exception {
        parent = Chromium.open("--window-size=1280,900");
        WebDriverWait wait = Chromium.patiently(parent);
        Chromium.signIn(parent, wait, "parent");
        parent.get(APP + "/cabinet/parent/link.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("link:number")));

        String said = "";
        for (int attempt = 0; attempt < 5 && !said.contains("заблокирована"); attempt++) {
            said = wrongCode(wait, OLGA);
        }
        assertThat(said).contains("Привязка по этому договору заблокирована до").contains("МСК (5 неверных кодов)");
        assertThat(wrongCode(wait, OLGA)).as("locked: no code is checked").startsWith("Привязка по этому договору заблокирована");

        staff = Chromium.open("--window-size=1280,900");
        WebDriverWait office = Chromium.patiently(staff);
        Chromium.signIn(staff, office, "admin");
        staff.get(APP + "/cabinet/backoffice/link-locks.xhtml");
        WebElement row = office.until(driver -> rowOf(driver, "locks:table", OLGA));
        assertThat(row.findElement(By.cssSelector(".lock-pupil")).getText()).isEqualTo("Смирнова О.");
        assertThat(row.findElement(By.cssSelector(".lock-failures")).getText()).isEqualTo("5");
        office.until(driver -> {
            WebElement locked = rowOf(driver, "locks:table", OLGA);
            if (locked == null) {
                return false;
            }
            locked.findElement(By.cssSelector("button[id$=':lift']")).click();
            return true;
        });
        office.until(ExpectedConditions.visibilityOfElementLocated(By.id("lift:reason")))
                .sendKeys("Мать Ольги позвонила в школу, код у неё на руках");
        staff.findElement(By.id("lift:confirm")).click();
        office.until(ExpectedConditions.textToBePresentInElementLocated(By.id("locks:messages"), "снята"));
        office.until(driver -> rowOf(driver, "locks:table", OLGA) == null);

        assertThat(wrongCode(wait, OLGA)).as("the count starts afresh").contains("Осталось попыток: 4");
    }

    /** Keycloak's own registration page: a malformed phone is refused at its field, an international one is kept. */
    private void register(WebDriverWait wait, String login, String email) {
        parent.get(APP + "/");
        parent.findElement(By.id("signin")).click();
        wait.until(ExpectedConditions.urlContains(REALM + "/protocol/openid-connect/auth"));
        parent.findElement(By.cssSelector("a[href*='registration']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("phoneNumber")));
        assertThat(parent.findElement(By.cssSelector("label[for='phoneNumber']")).getText()).as("the realm's own label, in the page's language").matches("Телефон|Phone");
        List<WebElement> username = parent.findElements(By.id("username"));
        if (!username.isEmpty()) {
            username.get(0).sendKeys(login);
        }
        parent.findElement(By.id("email")).sendKeys(email);
        parent.findElement(By.id("firstName")).sendKeys("Елена");
        parent.findElement(By.id("lastName")).sendKeys("Кузнецова");
        parent.findElement(By.id("phoneNumber")).sendKeys("8 916 123-45-67");
        parent.findElement(By.id("password")).sendKeys(PASSWORD);
        parent.findElement(By.id("password-confirm")).sendKeys(PASSWORD, Keys.ENTER);
        wait.until(driver -> driver.findElement(By.tagName("body")).getText().matches("(?s).*(от 8 до 15 цифр|8 to 15 digits).*"));

        parent.findElement(By.id("phoneNumber")).sendKeys(Keys.chord(Keys.CONTROL, "a"), PHONE);
        parent.findElement(By.id("password")).sendKeys(PASSWORD);
        parent.findElement(By.id("password-confirm")).sendKeys(PASSWORD, Keys.ENTER);
        wait.until(driver -> driver.findElements(By.id("password-confirm")).isEmpty());
    }

    /** The link of Keycloak's verification mail, followed in the same browser: it signs the person in. */
    private void verifyTheAddress(WebDriverWait wait, String email) throws Exception {
        List<MimeMessage> mails = MailBox.awaitMailsTo(email, 1, Duration.ofSeconds(60));
        assertThat(mails).as("Keycloak's verification mail to " + email).hasSize(1);
        parent.get(MailBox.actionLink(mails.get(0)));
        List<WebElement> proceed = parent.findElements(By.cssSelector("a[href*='login-actions/action-token']"));
        if (!proceed.isEmpty()) {
            proceed.get(0).click();
        }
        wait.until(driver -> driver.getCurrentUrl().startsWith(APP + "/cabinet") || !driver.getCurrentUrl().contains("action-token"));
        if (parent.findElements(By.id("cabinet-title")).isEmpty()) {
            parent.get(APP + "/cabinet");
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cabinet-title")));
    }

    private void theFormFitsAPhone(WebDriverWait wait) {
        ((ChromeDriver) parent).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 812, "deviceScaleFactor", 2, "mobile", true));
        parent.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("link:number")));
        assertThat((Long) ((JavascriptExecutor) parent).executeScript("return document.documentElement.scrollWidth"))
                .as("no sideways scrolling at 375 px").isLessThanOrEqualTo(375L);
        WebElement submit = parent.findElement(By.id("link:submit"));
        assertThat(submit.getRect().getX() + submit.getRect().getWidth()).isLessThanOrEqualTo(375);
        ((ChromeDriver) parent).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        parent.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("link:number")));
    }

    /** «Отвязать» in Дмитрий's row of the linking page, confirmed; the table is empty after. */
    private void unlinkDmitry(WebDriverWait wait) {
        parent.get(APP + "/cabinet/parent/link.xhtml");
        wait.until(driver -> {
            WebElement row = rowOf(driver, "linked:table", "Кузнецов Дмитрий");
            if (row == null) {
                return false;
            }
            row.findElement(By.cssSelector("button[id$=':unlink']")).click();
            return true;
        });
        wait.until(ExpectedConditions.elementToBeClickable(By.id("linked:confirmYes"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("linked:messages"), "отвязана"));
        assertThat(parent.findElement(By.id("linked:table")).getText()).contains("Пока ни одного ребёнка");
    }

    /** Types the number with a code the school never gave; what the page says above the form. */
    private String wrongCode(WebDriverWait wait, String number) {
        type("link:number", number);
        type("link:code", "WRONG-" + UUID.randomUUID().toString().substring(0, 4).toUpperCase());
        String before = parent.findElement(By.id("link:messages")).getText();
        parent.findElement(By.id("link:submit")).click();
        wait.ignoring(StaleElementReferenceException.class).until(driver -> {
            String now = driver.findElement(By.id("link:messages")).getText();
            return !now.isBlank() && !now.equals(before) ? now : null;
        });
        return parent.findElement(By.id("link:messages")).getText();
    }

    private void type(String id, String value) {
        parent.findElement(By.id(id)).sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
    }

    private static WebElement rowOf(WebDriver browser, String tableId, String text) {
        return browser.findElements(By.cssSelector("[id='" + tableId + "_data'] > tr")).stream()
                .filter(row -> row.getText().contains(text)).findFirst().orElse(null);
    }
}
