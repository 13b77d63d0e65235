package org.cardhub.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.it.RunningCardhub.APP;
import static org.cardhub.it.RunningCardhub.REALM;
import static org.cardhub.it.RunningCardhub.clientToken;
import static org.cardhub.it.RunningCardhub.get;
import static org.cardhub.it.RunningCardhub.json;

/**
 * Four eyes with step-up in real Chromiums: the back office ({@code admin}) proposes a correction of 6 000,00 ₽ — above
 * the threshold — to the demo fleet card 7005990000000010 (its pooled contract F-00000001 is credited); the page asks
 * for a one-time code, which the test computes from the demo secret and types into Keycloak's form; the proposal waits,
 * and its proposer has no approve button. A second back-office person ({@code admin2}) signs in in a fresh browser,
 * approves, types their code, and the contract's balance has grown by exactly 6 000,00 ₽, once. Then the same two undo
 * it the other way round (admin2 proposes the debit, admin approves — both still fresh, no code asked), so the demo
 * contract ends as it began.
 */
class CorrectionsFourEyesInBrowserIT {

    private static final String PAGE = "/cabinet/backoffice/corrections.xhtml";
    private static final String CARD = "7005990000000010";
    private static final String CONTRACT = "F-00000001";
    private static final BigDecimal AMOUNT = new BigDecimal("6000.00");

    private final List<WebDriver> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
    }

    @Test
    void aCorrectionAboveTheThresholdIsPostedOnceAfterASecondPersonApprovesWithTheirOneTimeCode() throws Exception {
        String fleetSystem = clientToken("fleet-system", "fleet-system-secret");
        BigDecimal before = balance(fleetSystem);
        String reason = "Проверка четырёх глаз " + UUID.randomUUID();

        WebDriver admin = browser();
        WebDriverWait adminWaits = Chromium.patiently(admin);
        Chromium.signIn(admin, adminWaits, "admin");
        admin.get(APP + PAGE);
        adminWaits.until(ExpectedConditions.presenceOfElementLocated(By.id("corrections-title")));
        admin.findElement(By.id("correct:card")).sendKeys(CARD);
        admin.findElement(By.id("correct:amount")).sendKeys("6000,00");
        admin.findElement(By.id("correct:reason")).sendKeys(reason);
        admin.findElement(By.id("correct:propose")).click();

        adminWaits.until(ExpectedConditions.urlContains(REALM));
        OneTimeCode.enter(admin, adminWaits);
        long proposal = numberIn(messageOf(admin, adminWaits, "ждёт подтверждения"));
        WebElement waiting = rowOf(admin, adminWaits, "lists:pending", proposal);
        assertThat(waiting.getText()).contains(reason).contains("6 000,00");
        assertThat(waiting.findElements(By.cssSelector("[id$=':approve']"))).as("no approving one's own proposal").isEmpty();
        assertThat(waiting.findElements(By.className("own-proposal"))).hasSize(1);
        assertThat(balance(fleetSystem)).isEqualByComparingTo(before);

        WebDriver second = browser();
        WebDriverWait secondWaits = Chromium.patiently(second);
        Chromium.signIn(second, secondWaits, "admin2");
        // the second person's home says a correction waits for them, and leads to it
        assertThat(Long.parseLong(second.findElement(By.id("waiting-corrections")).getText().strip())).isPositive();
        second.findElement(By.xpath("//strong[@id='waiting-corrections']/following-sibling::a")).click();
        secondWaits.until(ExpectedConditions.urlContains(PAGE));
        rowOf(second, secondWaits, "lists:pending", proposal).findElement(By.cssSelector("[id$=':approve']")).click();
        secondWaits.until(ExpectedConditions.urlContains(REALM));
        OneTimeCode.enter(second, secondWaits);
        messageOf(second, secondWaits, "Предложение № " + proposal + " проведено");
        assertThat(rowOf(second, secondWaits, "lists:decided", proposal).getText()).contains("Проведено");
        assertThat(balance(fleetSystem)).isEqualByComparingTo(before.add(AMOUNT));

        second.get(APP + PAGE);
        secondWaits.until(ExpectedConditions.presenceOfElementLocated(By.id("corrections-title")));
        second.findElement(By.id("correct:contract")).sendKeys(CONTRACT);
        second.findElement(By.cssSelector("label[for='correct:direction:1']")).click();
        second.findElement(By.id("correct:amount")).sendKeys("6000,00");
        second.findElement(By.id("correct:reason")).sendKeys("Отмена проверки: " + reason);
        second.findElement(By.id("correct:propose")).click();
        long undo = numberIn(messageOf(second, secondWaits, "ждёт подтверждения"));

        admin.get(APP + PAGE);
        rowOf(admin, adminWaits, "lists:pending", undo).findElement(By.cssSelector("[id$=':approve']")).click();
        messageOf(admin, adminWaits, "Предложение № " + undo + " проведено");
        assertThat(admin.getCurrentUrl()).startsWith(APP);
        assertThat(balance(fleetSystem)).isEqualByComparingTo(before);
    }

    private WebDriver browser() throws Exception {
        WebDriver browser = Chromium.open("--window-size=1280,1000");
        browsers.add(browser);
        return browser;
    }

    /** The contract's own money, as the fleet system reads it through the partner API. */
    private static BigDecimal balance(String token) {
        JsonObject contract = json(get(APP + "/api/v1/contracts/" + CONTRACT, token).body());
        return contract.getJsonArray("balances").getValuesAs(JsonObject.class).stream()
                .filter(balance -> balance.getString("currency").equals("RUB") && balance.getString("purpose").equals("MAIN"))
                .map(balance -> new BigDecimal(balance.getString("balance"))).findFirst().orElseThrow();
    }

    private static String messageOf(WebDriver browser, WebDriverWait wait, String words) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), words));
        return browser.findElement(By.id("messages")).getText();
    }

    private static WebElement rowOf(WebDriver browser, WebDriverWait wait, String tableId, long proposal) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[id='" + tableId + "_data'] > tr.proposal-" + proposal)));
    }

    private static long numberIn(String text) {
        Matcher number = Pattern.compile("№ (\\d+)").matcher(text);
        assertThat(number.find()).as(text).isTrue();
        return Long.parseLong(number.group(1));
    }
}
