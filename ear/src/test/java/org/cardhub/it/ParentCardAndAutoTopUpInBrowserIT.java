package org.cardhub.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.it.RunningCardhub.APP;

/**
 * In a real Chromium, the two things a parent does with a card that terminals and the bank feel at once.
 * <p>
 * parent2 links Кузнецов Дмитрий (school number 10000005, code DEMO-1005), blocks his card as lost on its page — the
 * canteen till CANTEEN-0001 declines it with CARD_BLOCKED — and has it reissued: a new number, both balances on the new
 * card, and the canteen takes the same school number again. A reissue keeps the school number, barcode and activation
 * code, so the next run links him again; parent2 unlinks him at the end, as the demo had him.
 * <p>
 * The demo parent tops up Петрова Мария's general balance by 100 ₽ saving the card, sets the canteen balance to top
 * itself up from that card when it falls below what it holds now, buys a drink for 1 ₽ at the canteen, and finds one
 * automatic charge in the card's payments and the canteen balance at the target; the rule is switched off again.
 */
class ParentCardAndAutoTopUpInBrowserIT {

    private static final String DMITRY = "Кузнецов Дмитрий";
    private static final String DMITRY_NUMBER = "10000005";
    private static final String MARIA = "Петрова Мария";
    private static final String MARIA_NUMBER = "10000002";
    private static final String EMULATOR = "http://127.0.0.1:8091/checkout/";
    private static final String MASKED = "\\d{6}\\*{6}\\d{4}";

    private WebDriver browser;
    private WebDriverWait wait;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aLostCardBlockedOnItsPageIsRefusedByTheCanteenAtOnceAndAReissueGivesTheChildANewCard() throws Exception {
        signIn("parent2");
        linkDmitry();
        try {
            long cardId = cardIdOnTheHomePage(DMITRY, "action-card");
            openCard(cardId);
            if (browser.findElements(By.id("card:block")).isEmpty()) {
                cardId = reissue(); // a run stopped after the block left him blocked: start from a card in use
                openCard(cardId);
            }
            String oldNumber = normalized(browser.findElement(By.cssSelector("#card-title .card-number")).getText());
            String general = text("card-general");
            String canteen = text("card-canteen");
            assertThat(text("card-school-number")).isEqualTo(DMITRY_NUMBER);

            click(By.id("card:block"));
            click(By.id("confirmations:yes"));
            wait.until(driver -> normalized(text("card-status")).contains("Заблокирована (утеряна)"));
            assertThat(text("card:messages")).contains("заблокирована как утерянная");
            JsonObject refused = DemoSchoolTerminals.meal(DMITRY_NUMBER, "Компот", "DRINK", "1.00");
            assertThat(refused.getString("status")).isEqualTo("DECLINED");
            assertThat(refused.getString("code")).isEqualTo("CARD_BLOCKED");

            long newCardId = reissue();
            String newNumber = text("swap-number");
            assertThat(newNumber).matches(MASKED).isNotEqualTo(oldNumber);
            assertThat(text("swap-school-number")).isEqualTo(DMITRY_NUMBER);
            assertThat(text("swap-text")).contains("общий баланс " + general).contains("баланс столовой " + canteen);
            assertThat(text("card-status")).isEqualTo("Заменена");
            assertThat(amount("card-general")).as("nothing left on the old card").isEqualByComparingTo(BigDecimal.ZERO);
            assertThat(amount("card-canteen")).isEqualByComparingTo(BigDecimal.ZERO);

            click(By.id("card:open-new"));
            wait.until(ExpectedConditions.urlContains("card=" + newCardId));
            wait.until(driver -> text("card-title").contains(newNumber));
            assertThat(text("card-status")).isEqualTo("Действует");
            assertThat(text("card-general")).isEqualTo(general);
            assertThat(text("card-canteen")).isEqualTo(canteen);

            JsonObject bought = DemoSchoolTerminals.meal(DMITRY_NUMBER, "Компот", "DRINK", "1.00");
            assertThat(bought.getString("status")).as(bought.toString()).isEqualTo("APPROVED");
            openCard(newCardId);
            assertThat(amount("card-canteen")).isEqualByComparingTo(money(canteen).subtract(BigDecimal.ONE));
        } finally {
            unlinkDmitry();
        }
    }

    @Test
    void theParentSavesABankCardAndSetsAnAutoTopUpThatChargesItOnceWhenTheBalanceFallsBelowTheThreshold() throws Exception {
        signIn("parent");
        long cardId = cardIdOnTheHomePage(MARIA, "action-autotopup");
        browser.get(APP + "/cabinet/parent/autotopup.xhtml?card=" + cardId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("autotopup-intro")));
        int savedBefore = browser.findElements(By.cssSelector("li.saved-card")).size();

        payGeneralSavingTheCard(cardId);
        browser.get(APP + "/cabinet/parent/autotopup.xhtml?card=" + cardId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("autotopup-intro")));
        List<WebElement> saved = browser.findElements(By.cssSelector("li.saved-card .saved-card-title"));
        assertThat(saved).as("the card just paid with is saved").hasSize(savedBefore + 1);
        assertThat(saved.get(0).getText()).contains("4477");

        openCard(cardId);
        BigDecimal canteen = amount("card-canteen");
        BigDecimal target = canteen.add(new BigDecimal("20"));
        browser.get(APP + "/cabinet/parent/autotopup.xhtml?card=" + cardId);
        try {
            type(rule("input[id$=':threshold']"), plain(canteen));
            type(rule("input[id$=':target']"), plain(target));
            chooseTheNewestSavedCard();
            click(rule("button[id$=':save']"));
            wait.until(driver -> text("autotopup:messages").contains("Автопополнение счёта питания включено: ниже "
                    + shown(canteen) + " — до " + shown(target) + "."));
            assertThat(normalized(browser.findElement(rule(".auto-status")).getText())).isEqualTo("Включено");

            JsonObject bought = DemoSchoolTerminals.meal(MARIA_NUMBER, "Компот", "DRINK", "1.00");
            assertThat(bought.getString("status")).as(bought.toString()).isEqualTo("APPROVED");
            assertThat(new BigDecimal(bought.getString("balance"))).as("below the threshold")
                    .isEqualByComparingTo(canteen.subtract(BigDecimal.ONE));

            String charged = "Зачислено 21,00 ₽ на баланс столовой";
            String paid = "Зачислено 100,00 ₽ на общий баланс";
            browser.get(APP + "/cabinet/parent/topup.xhtml?card=" + cardId);
            new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofSeconds(2))
                    .ignoring(StaleElementReferenceException.class).until(driver -> {
                        if (recentPayments().stream().findFirst().filter(charged::equals).isPresent()) {
                            return true;
                        }
                        driver.navigate().refresh(); // the charge runs after the purchase committed, on its own
                        return false;
                    });
            openCard(cardId);
            assertThat(amount("card-canteen")).as("topped up to the target").isEqualByComparingTo(target);
            browser.get(APP + "/cabinet/parent/topup.xhtml?card=" + cardId);
            wait.until(driver -> recentPayments().size() >= 2);
            assertThat(recentPayments().subList(0, 2)).as("one automatic charge after the parent's own top-up")
                    .containsExactly(charged, paid);
        } finally {
            switchTheCanteenRuleOff(cardId);
        }
    }

    private void signIn(String username) throws Exception {
        browser = Chromium.open("--window-size=1280,900");
        wait = Chromium.patiently(browser);
        wait.ignoring(StaleElementReferenceException.class).ignoring(ElementNotInteractableException.class);
        Chromium.signIn(browser, wait, username);
    }

    /** On the linking page with the school's number and code; "linked" or "already linked" both leave him linked. */
    private void linkDmitry() {
        browser.get(APP + "/cabinet/parent/link.xhtml");
        type(By.id("link:number"), DMITRY_NUMBER);
        type(By.id("link:code"), "DEMO-1005");
        click(By.id("link:submit"));
        wait.until(driver -> text("link:messages").contains("привязана к вашему кабинету"));
        wait.until(driver -> text("linked:table").contains(DMITRY));
    }

    private void unlinkDmitry() {
        browser.get(APP + "/cabinet/parent/link.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("linked:table")));
        if (!text("linked:table").contains(DMITRY)) {
            return;
        }
        click(By.xpath("//*[@id='linked:table_data']/tr[contains(., '" + DMITRY + "')]//button[contains(@id, ':unlink')]"));
        click(By.id("linked:confirmYes"));
        wait.until(driver -> text("linked:messages").contains("отвязана"));
        assertThat(text("linked:table")).doesNotContain(DMITRY);
    }

    /** The card id in the link of the child's panel on the main page, e.g. card.xhtml?card=17. */
    private long cardIdOnTheHomePage(String child, String action) {
        browser.get(APP + "/cabinet/parent/index.xhtml");
        String href = wait.until(driver -> driver.findElement(By.xpath("//article[.//*[contains(@class,'child-name') and "
                + "normalize-space()='" + child + "']]//a[contains(@class,'" + action + "')]")).getAttribute("href"));
        return Long.parseLong(href.replaceAll(".*[?&]card=(\\d+).*", "$1"));
    }

    private void openCard(long cardId) {
        browser.get(APP + "/cabinet/parent/card.xhtml?card=" + cardId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("card-status")));
    }

    /** «Перевыпустить», confirmed; the id of the new card the page links to. */
    private long reissue() {
        click(By.id("card:reissue"));
        click(By.id("confirmations:yes"));
        String href = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("card:open-new"))).getAttribute("href");
        return Long.parseLong(href.replaceAll(".*[?&]card=(\\d+).*", "$1"));
    }

    /** 100 ₽ onto Мария's general balance with «Сохранить карту для автопополнения» ticked, paid on the emulator's page. */
    private void payGeneralSavingTheCard(long cardId) {
        browser.get(APP + "/cabinet/parent/topup.xhtml?card=" + cardId);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("topup:pay")));
        assertThat(text("topup:child_label")).isEqualTo(MARIA);
        wait.until(driver -> {
            driver.findElement(By.xpath("//*[@id='topup:purse']//*[normalize-space()='Общий баланс']")).click();
            return driver.findElement(By.xpath("//*[@id='topup:purse']//*[contains(@class,'ui-state-active')]")).getText()
                    .contains("Общий баланс");
        });
        type(By.id("topup:amount"), "100");
        wait.until(driver -> text("quote-total").contains("100,00"));
        wait.until(driver -> {
            if (!driver.findElement(By.id("topup:saveCard_input")).isSelected()) {
                driver.findElement(By.cssSelector("[id='topup:saveCard'] .ui-chkbox-box")).click();
            }
            return driver.findElement(By.id("topup:saveCard_input")).isSelected();
        });
        click(By.id("topup:pay"));

        wait.until(ExpectedConditions.urlContains(EMULATOR));
        browser.findElement(By.id("card-number")).sendKeys("5555 5555 5555 4477");
        browser.findElement(By.id("card-expiry")).sendKeys("12/30");
        browser.findElement(By.id("card-cvc")).sendKeys("123");
        browser.findElement(By.id("pay")).click();
        wait.until(ExpectedConditions.urlContains("/cabinet/parent/topup-return.xhtml?payment="));
        wait.until(driver -> text("outcome").contains("Зачислено 100,00 ₽ на общий баланс"));
    }

    /**
     * The canteen rule's card menu set to the newest saved card (first in the list): earlier runs saved cards of the same
     * title, and a stored rule shows its own, so the choice is made by the option, not by the label.
     */
    private void chooseTheNewestSavedCard() {
        String menu = browser.findElement(rule("div.ui-selectonemenu[id$=':savedCard']")).getAttribute("id");
        String newest = (String) script("return Array.from(document.getElementById(arguments[0]).options)"
                + ".map(o => o.value).find(v => v !== '')", menu + "_input");
        assertThat(newest).as("a saved card to choose").isNotNull();
        int index = ((Number) script("return Array.from(document.getElementById(arguments[0]).options)"
                + ".findIndex(o => o.value === arguments[1])", menu + "_input", newest)).intValue();
        wait.until(driver -> {
            if (newest.equals(script("return document.getElementById(arguments[0]).value", menu + "_input"))) {
                return true;
            }
            if (!driver.findElement(By.id(menu + "_panel")).isDisplayed()) {
                driver.findElement(By.id(menu)).click();
            }
            driver.findElements(By.cssSelector("[id='" + menu + "_items'] li")).get(index).click();
            return false;
        });
    }

    private void switchTheCanteenRuleOff(long cardId) {
        browser.get(APP + "/cabinet/parent/autotopup.xhtml?card=" + cardId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("autotopup-intro")));
        if (browser.findElements(rule("button[id$=':off']")).isEmpty()) {
            return;
        }
        click(rule("button[id$=':off']"));
        wait.until(driver -> text("autotopup:messages").contains("Автопополнение счёта питания выключено"));
    }

    /** The outcomes in «Последние платежи картой», newest first. */
    private List<String> recentPayments() {
        return browser.findElements(By.cssSelector("#recent-payments .recent-outcome")).stream()
                .map(outcome -> normalized(outcome.getText())).toList();
    }

    private static By rule(String css) {
        return By.cssSelector("section.auto-rule-canteen " + css);
    }

    private void click(By target) {
        wait.until(driver -> {
            driver.findElement(target).click();
            return true;
        });
    }

    private void type(By field, String value) {
        wait.until(driver -> {
            driver.findElement(field).sendKeys(Keys.chord(Keys.CONTROL, "a"), value);
            return true;
        });
    }

    private Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(code, arguments);
    }

    private String text(String id) {
        return normalized(browser.findElement(By.id(id)).getText());
    }

    private BigDecimal amount(String id) {
        return money(text(id));
    }

    /** "1 500,00 ₽" as 1500.00. */
    private static BigDecimal money(String shown) {
        return new BigDecimal(shown.replaceAll("[^0-9,]", "").replace(',', '.'));
    }

    /** 812.5 as "812,50", the way a parent types it. */
    private static String plain(BigDecimal amount) {
        return amount.setScale(2).toPlainString().replace('.', ',');
    }

    /** 1020 as "1 020,00 ₽" is shown, without the currency. */
    private static String shown(BigDecimal amount) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator(' ');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.00", symbols).format(amount) + " ₽";
    }

    private static String normalized(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ").strip();
    }
}
