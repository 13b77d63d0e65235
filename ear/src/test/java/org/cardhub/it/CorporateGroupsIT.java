package org.cardhub.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.it.RunningCardhub.APP;
import static org.cardhub.it.RunningCardhub.clientToken;

/**
 * A fleet manager arranges the demo fleet in card groups and says what a card is for, in a real Chromium; {@code fleet2},
 * given the group «Сервис» only, sees nothing else. Every change to the demo is undone in {@code finally}.
 */
class CorporateGroupsIT {

    private static final String SERVICE = "Сервис";
    private static final String CARDS = APP + "/cabinet/corporate/cards.xhtml";
    private static final String GROUPS = APP + "/cabinet/corporate/groups.xhtml";

    private WebDriver browser;
    private WebDriverWait wait;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theGroupServiceShowsExactlyTheFordAndTheLada() throws Exception {
        open("--window-size=1280,900");
        signIn("fleet");
        browser.findElement(By.linkText("Карты")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cards:table")));
        assertThat(rows()).hasSizeGreaterThanOrEqualTo(5);

        Chromium.choose(browser, wait, "cards:groupFilter", SERVICE);

        wait.until(driver -> lastDigitsShown().equals(List.of("0036", "0044")));
        assertThat(rows()).allSatisfy(row -> assertThat(row.findElement(By.className("card-group")).getText())
                .isEqualTo(SERVICE));
        assertThat(text("cards:table")).contains("Ford Transit").contains("Е789КХ77").contains("Лебедев Артём Олегович");
    }

    @Test
    void theManagerCreatesAGroupMovesTheDriversCardIntoItAndOutAgainAndDeletesIt() throws Exception {
        String name = "Проверка " + ThreadLocalRandom.current().nextInt(10_000, 100_000);
        open("--window-size=1280,900");
        signIn("fleet");
        try {
            browser.findElement(By.linkText("Группы карт")).click();
            click("groups:create");
            type("group:name", name);
            click("group:save");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("groups:messages"), "«" + name + "» создана"));
            wait.until(driver -> groupRow(name).map(row -> row.findElement(By.className("group-cards")).getText())
                    .orElse("").equals("0"));

            browser.get(CARDS);
            moveCard("0051", name);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cards:messages"),
                    "перенесено в группу «" + name + "»: 1"));
            wait.until(driver -> rows().get(0).findElement(By.className("card-group")).getText().equals(name));

            browser.get(GROUPS);
            wait.until(driver -> groupRow(name).isPresent());
            groupRow(name).orElseThrow().findElement(By.className("group-cards")).click();
            wait.until(driver -> lastDigitsShown().equals(List.of("0051")));
            assertThat(text("cards:groupFilter_label")).isEqualTo(name);

            moveCard("0051", "Без группы");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cards:messages"), "убрано из групп: 1"));

            browser.get(GROUPS);
            deleteGroup(name);
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("groups:messages"), "«" + name + "» удалена"));
            wait.until(driver -> groupRow(name).isEmpty());
        } finally {
            restore(name);
        }
    }

    @Test
    void aPlateOfOtherCharactersIsRefusedAtItsFieldAndNothingIsSaved() throws Exception {
        long lada = PartnerRestIT.cardId(clientToken("fleet-system", "fleet-system-secret"), "F-00000001", "0044");
        open("--window-size=1280,900");
        signIn("fleet");
        browser.get(APP + "/cabinet/corporate/card.xhtml?card=" + lada);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("card-vehicle-plate")));
        String plate = text("card-vehicle-plate");
        assertThat(plate).isEqualTo("К321МН77");
        assertThat(text("card-group")).isEqualTo(SERVICE);
        try {
            click("card:editVehicle");
            type("card:vehiclePlate", "К321МН77!!");
            click("card:saveVehicle");

            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("card:vehiclePlateMessage"),
                    "Госномер — до 20 букв, цифр, пробелов и дефисов"));
            assertThat(browser.findElement(By.id("card:vehiclePlate")).getAttribute("class")).contains("ui-state-error");
            assertThat(browser.findElement(By.id("card:vehicleDialog")).isDisplayed()).as("the dialog stays open").isTrue();

            browser.navigate().refresh();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("card-vehicle-plate")));
            assertThat(text("card-vehicle-plate")).isEqualTo(plate);
            assertThat(text("card-vehicle-model")).isEqualTo("Lada Largus");
        } finally {
            browser.get(APP + "/cabinet/corporate/card.xhtml?card=" + lada);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("card-vehicle-plate")));
            if (!text("card-vehicle-plate").equals(plate)) {
                click("card:editVehicle");
                type("card:vehiclePlate", plate);
                click("card:saveVehicle");
                wait.until(ExpectedConditions.textToBe(By.id("card-vehicle-plate"), plate));
            }
        }
    }

    @Test
    void theCardsAndGroupsPagesFitAPhoneScreen() throws Exception {
        open();
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 812, "deviceScaleFactor", 2, "mobile", true));
        signIn("fleet");

        browser.get(CARDS);
        wait.until(driver -> rows().size() >= 5);
        assertThat(pageWidth()).isLessThanOrEqualTo(375);
        browser.get(GROUPS);
        wait.until(driver -> groupRow(SERVICE).isPresent());
        assertThat(pageWidth()).isLessThanOrEqualTo(375);
    }

    @Test
    void fleet2GivenTheGroupServiceOnlySeesItsTwoCardsAndNoOtherGroup() throws Exception {
        open("--window-size=1280,900");
        signIn("fleet2");
        browser.findElement(By.linkText("Карты")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cards:table")));

        wait.until(driver -> lastDigitsShown().equals(List.of("0036", "0044")));
        browser.findElement(By.id("cards:groupFilter")).click();
        wait.until(driver -> !driver.findElements(By.cssSelector("[id='cards:groupFilter_items'] li")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("[id='cards:groupFilter_items'] li")))
                .extracting(item -> item.getDomAttribute("data-label")).containsExactly("Все группы", SERVICE);
        assertThat(browser.findElements(By.id("cards:moveCards"))).as("no right over all the cards").isEmpty();

        browser.findElement(By.linkText("Группы карт")).click();
        wait.until(driver -> groupRow(SERVICE).isPresent());
        assertThat(browser.findElements(By.className("group-name"))).extracting(WebElement::getText)
                .containsExactly(SERVICE);
        assertThat(groupRow(SERVICE).orElseThrow().findElement(By.className("group-cards")).getText()).isEqualTo("2");
        assertThat(browser.findElements(By.id("groups:create"))).isEmpty();
    }

    /** Finds the card by its last digits on the cards page, ticks it and moves it to the group (or "Без группы"). */
    private void moveCard(String lastDigits, String group) {
        WebElement filter = wait.until(ExpectedConditions.elementToBeClickable(By.id("cards:table:numberFilter")));
        filter.clear();
        filter.sendKeys(lastDigits);
        wait.until(driver -> lastDigitsShown().equals(List.of(lastDigits)));
        wait.until(driver -> {
            browser.findElement(By.cssSelector("[id='cards:table_data'] > tr[data-ri='0'] .ui-chkbox-box")).click();
            return true;
        });
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("[id='cards:table_data'] > tr[data-ri='0']"),
                "aria-selected", "true"));
        click("cards:moveCards");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("move:target")));
        assertThat(text("move-count")).endsWith("1");
        Chromium.choose(browser, wait, "move:target", group);
        click("move:confirm");
    }

    private void deleteGroup(String name) {
        wait.until(driver -> groupRow(name).isPresent());
        groupRow(name).orElseThrow().findElement(By.cssSelector("[id$=':delete']")).click();
        click("groups:yes");
    }

    /** Puts the demo back as it was: the driver's card in no group, the test's group gone. */
    private void restore(String name) {
        browser.get(GROUPS);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("groups:table")));
        Optional<WebElement> left = groupRow(name);
        if (left.isEmpty()) {
            return;
        }
        if (!left.get().findElement(By.className("group-cards")).getText().equals("0")) {
            browser.get(CARDS);
            moveCard("0051", "Без группы");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cards:messages"), "убрано из групп"));
            browser.get(GROUPS);
        }
        deleteGroup(name);
        wait.until(driver -> groupRow(name).isEmpty());
    }

    private Optional<WebElement> groupRow(String name) {
        return browser.findElements(By.cssSelector("[id='groups:table_data'] > tr")).stream()
                .filter(row -> !row.findElements(By.className("group-name")).isEmpty()
                        && row.findElement(By.className("group-name")).getText().equals(name))
                .findFirst();
    }

    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("[id='cards:table_data'] > tr[data-ri]"));
    }

    /** The last four digits of the cards the table shows, sorted. */
    private List<String> lastDigitsShown() {
        return rows().stream().map(row -> row.findElement(By.className("card-number")).getText())
                .map(number -> number.substring(number.length() - 4)).sorted().toList();
    }

    private long pageWidth() {
        return (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
    }

    private void open(String... arguments) throws IOException {
        browser = Chromium.open(arguments);
        // ajax updates replace the elements being watched
        wait = (WebDriverWait) Chromium.patiently(browser).ignoring(StaleElementReferenceException.class);
    }

    private void signIn(String username) {
        Chromium.signIn(browser, wait, username);
        assertThat(browser.getCurrentUrl()).contains("/cabinet/corporate/");
    }

    private void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    private void type(String id, String value) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        field.clear();
        field.sendKeys(value);
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }
}
