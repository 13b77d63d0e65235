package org.cardhub.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.it.RunningCardhub.APP;
import static org.cardhub.it.RunningCardhub.REALM;

/** A person signs in through the real Keycloak login page in a real (headless) Chromium, and out again. */
class BrowserSignInIT {

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Chromium.open();
        wait = Chromium.patiently(browser);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void parentSignsInLandsOnTheParentCabinetAndSignsOut() {
        signIn("parent");

        assertThat(browser.getCurrentUrl()).startsWith(APP + "/cabinet/parent/");
        assertThat(text("cabinet-title")).isEqualTo("Кабинет родителя");
        assertThat(text("signed-in-username")).isEqualTo("parent");
        assertThat(browser.findElement(By.id("menu")).getText()).contains("Главная");

        signOutAndProveTheKeycloakSessionEnded("/cabinet/parent/index.xhtml");
    }

    @Test
    void aParentSeesTheirOwnChildrenWithBalancesAndNobodyElses() {
        signIn("parent");

        String page = browser.findElement(By.id("children")).getText();

        assertThat(page).contains("Петров Иван").contains("Петрова Мария").doesNotContain("Смирнов Алексей");
        assertThat(page).contains("Общий баланс").contains("Баланс столовой").contains("Школьный день");
        signOutAndProveTheKeycloakSessionEnded("/cabinet/parent/index.xhtml");

        signIn("parent2");
        assertThat(browser.findElement(By.id("children")).getText()).contains("Смирнов Алексей").doesNotContain("Петров Иван");
    }

    @Test
    void aParentChoosesHowToBeNotifiedAndABadAddressIsExplained() {
        signIn("parent2");
        browser.findElement(By.linkText("Уведомления")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notifications-title")));

        WebElement email = browser.findElement(By.id("notifications:email"));
        email.clear();
        email.sendKeys("not-an-address");
        browser.findElement(By.id("notifications:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notifications:messages"), "Укажите адрес почты"));

        browser.findElement(By.id("notifications:email")).clear();
        browser.findElement(By.id("notifications:email")).sendKeys("parent2@cardhub.local");
        browser.findElement(By.id("notifications:save")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notifications:messages"), "Настройки сохранены"));

        browser.navigate().refresh();
        assertThat(browser.findElement(By.id("notifications:email")).getAttribute("value")).isEqualTo("parent2@cardhub.local");
    }

    @Test
    void aPostbackByGetIsRefusedAndChangesNoSettings() {
        signIn("parent2");
        browser.findElement(By.linkText("Уведомления")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notifications-title")));
        String emailBefore = browser.findElement(By.id("notifications:email")).getAttribute("value");
        String viewState = browser.findElement(By.name("jakarta.faces.ViewState")).getAttribute("value");

        browser.get(APP + "/cabinet/parent/notifications.xhtml?notifications=notifications"
                + "&notifications%3Aemail=someone-else%40example.com&notifications%3Asave=notifications%3Asave"
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(viewState, StandardCharsets.UTF_8));

        assertThat(text("post-only")).contains("Неверный запрос").contains("Bad request");
        browser.get(APP + "/cabinet/parent/notifications.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("notifications-title")));
        assertThat(browser.findElement(By.id("notifications:email")).getAttribute("value"))
                .isEqualTo(emailBefore).isNotEqualTo("someone-else@example.com");
    }

    @Test
    void fleetManagerSignsInLandsOnTheCorporateCabinetAndSignsOut() {
        signIn("fleet");

        assertThat(browser.getCurrentUrl()).startsWith(APP + "/cabinet/corporate/");
        assertThat(text("cabinet-title")).isEqualTo("Кабинет корпоративного клиента");
        assertThat(text("signed-in-username")).isEqualTo("fleet");

        signOutAndProveTheKeycloakSessionEnded("/cabinet/corporate/index.xhtml");
    }

    @ParameterizedTest(name = "{0} lands on {1}")
    @CsvSource({
            "admin, backoffice, Кабинет администратора",
            "pupil, pupil, Кабинет ученика",
            "teacher, teacher, Кабинет учителя",
            "canteen, canteen, Кабинет поставщика питания",
            "director, director, Кабинет директора",
            "parent2, parent, Кабинет родителя"})
    void everyPersonLandsOnTheirOwnCabinet(String username, String cabinet, String title) {
        signIn(username);

        assertThat(browser.getCurrentUrl()).isEqualTo(APP + "/cabinet/" + cabinet + "/index.xhtml");
        assertThat(text("cabinet-title")).isEqualTo(title);
        assertThat(text("signed-in-username")).isEqualTo(username);
    }

    @Test
    void theBackOfficeSeesTheDeadLetterQueue() {
        signIn("admin");

        browser.findElement(By.linkText("Недоставленные сообщения")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("dead-letters-title")));
        assertThat(text("dead-letters-title")).isEqualTo("Недоставленные сообщения терминалов");
        assertThat(browser.findElement(By.id("deadLetters:table")).getText())
                .containsAnyOf("Очередь пуста — все сообщения терминалов обработаны.", "Отправить повторно");
    }

    @Test
    void aParentOpeningTheCorporateCabinetIsRefusedWith403() {
        signIn("parent");

        browser.get(APP + "/cabinet/corporate/index.xhtml");

        assertThat(browser.findElement(By.id("error-403")).getText()).contains("Доступ запрещён");
    }

    @Test
    void theCabinetSwitchesToEnglish() {
        signIn("parent");

        browser.findElement(By.id("language:en")).click();

        wait.until(ExpectedConditions.textToBe(By.id("cabinet-title"), "Parent cabinet"));
        assertThat(browser.findElement(By.id("signout")).getText()).isEqualTo("Sign out");
    }

    private void signIn(String username) {
        Chromium.signIn(browser, wait, username);
    }

    private void signOutAndProveTheKeycloakSessionEnded(String cabinetPage) {
        browser.findElement(By.id("signout")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signin")));
        assertThat(browser.getCurrentUrl()).startsWith(APP + "/");

        browser.get(APP + cabinetPage);

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
        assertThat(browser.getCurrentUrl()).startsWith(REALM + "/protocol/openid-connect/auth");
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }
}
