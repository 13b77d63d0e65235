package org.cardhub.it;

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
 * The company's administrator manages its users in a real Chromium: {@code fleet} invites a new fleet manager for the
 * group «Сервис» who may only block cards; Keycloak's own mail (read from the demo mail server the launcher runs) brings
 * the link where the manager sets a password; signed in, the manager sees only the group's cards 0036 and 0044, may
 * block them and has no control to change limits (that the boundary refuses such a change is proved cell by cell in
 * {@code CorporateAccessMatrixIT}); removed by the administrator, the manager's next sign-in shows nothing of the company.
 */
class CorporateUsersIT {

    private static final String PASSWORD = "Manager-pass-1";

    private WebDriver administrator;
    private WebDriver manager;

    @AfterEach
    void closeEverything() {
        for (WebDriver browser : new WebDriver[] {administrator, manager}) {
            if (browser != null) {
                browser.quit();
            }
        }
    }

    @Test
    void anInvitedManagerOfTheServiceGroupSetsAPasswordSeesOnlyItsCardsCannotChangeLimitsAndAfterRemovalSeesNothing() throws Exception {
        String email = "new-manager-" + UUID.randomUUID().toString().substring(0, 8) + "@cardhub.local";
        administrator = Chromium.open("--window-size=1280,900");
        WebDriverWait adminWait = patiently(administrator);
        Chromium.signIn(administrator, adminWait, "fleet");
        administrator.findElement(By.linkText("Пользователи")).click();
        adminWait.until(ExpectedConditions.presenceOfElementLocated(By.id("users:table")));
        try {
            invite(adminWait, email);

            adminWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("users:messages"), "Приглашение отправлено"));
            WebElement row = adminWait.until(driver -> rowOf(driver, email));
            assertThat(row.getText()).contains("Группы: Сервис").contains("Блокирует и перевыпускает карты")
                    .doesNotContain("Меняет лимиты");

            List<MimeMessage> mails = MailBox.awaitMailsTo(email, 1, Duration.ofSeconds(60));
            assertThat(mails).as("Keycloak's mail to " + email).hasSize(1);
            manager = Chromium.open("--window-size=1280,900");
            WebDriverWait managerWait = patiently(manager);
            setThePassword(managerWait, MailBox.actionLink(mails.get(0)));
            signIn(manager, managerWait, email);

            managerWait.until(ExpectedConditions.presenceOfElementLocated(By.id("cabinet-title")));
            assertThat(manager.findElements(By.linkText("Пользователи"))).as("only administrators manage users").isEmpty();
            manager.findElement(By.linkText("Карты")).click();
            managerWait.until(ExpectedConditions.presenceOfElementLocated(By.id("cards:table")));
            managerWait.until(driver -> cardNumbers(driver).size() == 2);
            assertThat(cardNumbers(manager)).allSatisfy(number -> assertThat(number).matches(".*(0036|0044)"))
                    .anySatisfy(number -> assertThat(number).endsWith("0036"))
                    .anySatisfy(number -> assertThat(number).endsWith("0044"));

            manager.findElements(By.cssSelector("#cards\\:table_data a.card-number")).stream()
                    .filter(link -> link.getText().endsWith("0044")).findFirst().orElseThrow().click();
            managerWait.until(ExpectedConditions.presenceOfElementLocated(By.id("card-title")));
            assertThat(manager.findElements(By.id("card:block"))).as("may block the group's cards").isNotEmpty();
            assertThat(manager.findElements(By.cssSelector("#card-limits button, #card-limits .ui-button, #card-limits input")))
                    .as("no control to change a limit").isEmpty();
            assertThat(manager.findElements(By.xpath("//button[contains(., 'лимит') or contains(., 'Лимит')]"))).isEmpty();

            removeFromTheCompany(adminWait, email);
            adminWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("users:messages"), "удалён"));
            assertThat(rowOf(administrator, email)).isNull();

            // the removal ends the manager's Keycloak sessions, and Keycloak's back-channel logout the cabinet's at once
            manager.get(APP + "/cabinet/corporate/cards.xhtml");
            managerWait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
            signIn(manager, managerWait, email);
            String page = manager.findElement(By.tagName("body")).getText();
            assertThat(page).doesNotContain("F-00000001").doesNotContain("0036").doesNotContain("0044")
                    .doesNotContain("Северный транспорт");
            manager.get(APP + "/cabinet/corporate/cards.xhtml");
            assertThat(manager.findElement(By.tagName("body")).getText()).doesNotContain("0036").doesNotContain("0044")
                    .doesNotContain("F-00000001");
        } finally {
            leaveTheDemoCompanyAsItWas(adminWait, email);
        }
    }

    @Test
    void theUsersPageAndTheInvitationFitAPhoneScreen() throws Exception {
        administrator = Chromium.open();
        ((ChromeDriver) administrator).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 812, "deviceScaleFactor", 2, "mobile", true));
        WebDriverWait wait = patiently(administrator);
        Chromium.signIn(administrator, wait, "fleet");
        administrator.get(APP + "/cabinet/corporate/users.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("users:table")));

        assertThat(administrator.findElement(By.id("users:table")).getText()).contains("fleet@cardhub.local")
                .contains("Все карты").contains("Управляет пользователями").contains("fleet2@cardhub.local").contains("Группы: Сервис");
        assertThat(scrollWidth()).isLessThanOrEqualTo(375);
        administrator.findElement(By.id("users:invite")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("invite:email")));
        assertThat(scrollWidth()).isLessThanOrEqualTo(375);
        WebElement send = administrator.findElement(By.id("invite:send"));
        assertThat(send.getRect().getX() + send.getRect().getWidth()).as("the send button on screen").isLessThanOrEqualTo(375);

        administrator.findElement(By.id("invite:email")).sendKeys("not an address", Keys.TAB);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("invite:email-message"), "Введите адрес электронной почты"));
    }

    private void invite(WebDriverWait wait, String email) {
        administrator.findElement(By.id("users:invite")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("invite:email"))).sendKeys(email);
        administrator.findElement(By.id("invite:lastName")).sendKeys("Новикова");
        administrator.findElement(By.id("invite:firstName")).sendKeys("Мария");
        clickLabel(wait, "invite:scope", "Только карты выбранных групп");
        wait.until(driver -> driver.findElement(By.id("invite:groups")).findElements(By.cssSelector(".ui-state-disabled")).isEmpty());
        clickLabel(wait, "invite:groups", "Сервис");
        clickLabel(wait, "invite:rights", "Блокирует и перевыпускает карты");
        administrator.findElement(By.id("invite:send")).click();
    }

    /** After a failure half-way the invited manager may still be a user of the demo company: removed, if the page lets us. */
    private void leaveTheDemoCompanyAsItWas(WebDriverWait wait, String email) {
        try {
            administrator.get(APP + "/cabinet/corporate/users.xhtml");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("users:table")));
            if (rowOf(administrator, email) != null) {
                removeFromTheCompany(wait, email);
            }
        } catch (RuntimeException e) {
            // the test has failed already; its own failure says more than this one
        }
    }

    private void removeFromTheCompany(WebDriverWait wait, String email) {
        WebElement row = wait.until(driver -> rowOf(driver, email));
        row.findElement(By.cssSelector("button[id$=':remove']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("remove-who"), email));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("remove:confirm"))).click();
        wait.until(driver -> rowOf(driver, email) == null);
    }

    /** Keycloak's page behind the mail's link: go on to the actions, set a password (the address counts as confirmed). */
    private void setThePassword(WebDriverWait wait, String link) {
        manager.get(link);
        List<WebElement> proceed = manager.findElements(By.cssSelector("a[href*='login-actions/action-token']"));
        if (!proceed.isEmpty()) {
            proceed.get(0).click();
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("password-new"))).sendKeys(PASSWORD);
        manager.findElement(By.id("password-confirm")).sendKeys(PASSWORD, Keys.ENTER);
        wait.until(driver -> driver.findElements(By.id("password-new")).isEmpty());
    }

    /** Signs in with the new account's address and password, or passes through when Keycloak still has its session. */
    private static void signIn(WebDriver browser, WebDriverWait wait, String email) {
        browser.get(APP + "/");
        browser.findElement(By.id("signin")).click();
        wait.until(driver -> driver.getCurrentUrl().startsWith(APP + "/cabinet")
                || !driver.findElements(By.id("kc-login")).isEmpty());
        if (browser.getCurrentUrl().startsWith(REALM)) {
            browser.findElement(By.id("username")).sendKeys(email);
            browser.findElement(By.id("password")).sendKeys(PASSWORD);
            browser.findElement(By.id("kc-login")).click();
            wait.until(driver -> driver.getCurrentUrl().startsWith(APP + "/"));
        }
        wait.until(driver -> !driver.findElements(By.id("cabinet-title")).isEmpty()
                || !driver.findElements(By.id("error-403")).isEmpty());
    }

    private static void clickLabel(WebDriverWait wait, String choiceId, String text) {
        wait.until(driver -> driver.findElement(By.id(choiceId)).findElements(By.tagName("label")).stream()
                .filter(label -> label.getText().strip().equals(text)).findFirst().orElse(null)).click();
    }

    private static WebElement rowOf(WebDriver browser, String email) {
        return browser.findElements(By.cssSelector("#users\\:table_data > tr")).stream()
                .filter(row -> row.getText().contains(email)).findFirst().orElse(null);
    }

    private static List<String> cardNumbers(WebDriver browser) {
        return browser.findElements(By.cssSelector("#cards\\:table_data a.card-number")).stream().map(WebElement::getText).toList();
    }

    private long scrollWidth() {
        return (Long) ((JavascriptExecutor) administrator).executeScript("return document.documentElement.scrollWidth");
    }

    private static WebDriverWait patiently(WebDriver browser) {
        return (WebDriverWait) Chromium.patiently(browser).ignoring(StaleElementReferenceException.class);
    }
}
