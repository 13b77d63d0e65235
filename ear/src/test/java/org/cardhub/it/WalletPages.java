package org.cardhub.it;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.cardhub.it.RunningCardhub.APP;

/**
 * The wallet holder's cabinet and the back office's identification queue in a real Chromium, driven as people do, for
 * the browser step of {@code core.WalletCabinetInBrowserIT}. Its API has no Selenium type: that mixed Arquillian test
 * is loaded inside Payara too, where there is no Selenium. Text comes back as a person reads it, every kind of space a
 * plain one; codes sent by SMS are read from the demo gateway's log ({@link SmsLog}).
 */
public final class WalletPages implements AutoCloseable {

    /** The demo wallet W-00000001 of the realm user {@code wallet}, and W-00000002 (Мария Кузнецова) to receive. */
    public static final String HOLDER_PHONE = "+79001234567";
    public static final String RECEIVER_PHONE = "+79001234568";
    public static final String WALLET = "/cabinet/wallet/";
    public static final String QUEUE = "/cabinet/backoffice/identifications.xhtml";

    private final WebDriver browser;
    private final WebDriverWait wait;

    private WalletPages(WebDriver browser) {
        this.browser = browser;
        this.wait = (WebDriverWait) Chromium.patiently(browser).ignoring(StaleElementReferenceException.class);
    }

    /** A desktop-sized browser with the demo user signed in on Keycloak's page. */
    public static WalletPages signedIn(String username) throws IOException {
        return signedIn(username, false);
    }

    /** A 375 px wide phone with the demo user signed in. */
    public static WalletPages onAPhone(String username) throws IOException {
        return signedIn(username, true);
    }

    private static WalletPages signedIn(String username, boolean phone) throws IOException {
        WalletPages pages = new WalletPages(phone ? Chromium.open() : Chromium.open("--window-size=1280,900"));
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

    /** A payment agent ({@code agent-demo}) tops a wallet up by its phone through the partner API: the HTTP status. */
    public static int topUpByPhone(String phone, String amount) {
        String agent = RunningCardhub.clientToken("agent-demo", "agent-demo-secret");
        return RunningCardhub.postJson(APP + "/api/v1/top-ups", "{\"account\":\"" + phone + "\",\"amount\":\"" + amount + "\"}",
                agent, "Idempotency-Key", UUID.randomUUID().toString()).statusCode();
    }

    /** Opens a page by its path under the application and waits for the cabinet's title. */
    public void open(String path) {
        browser.get(APP + path);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cabinet-title")));
    }

    public String text(String id) {
        return read(wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id))));
    }

    public boolean shows(String id) {
        return !browser.findElements(By.id(id)).isEmpty();
    }

    public List<String> texts(String cssSelector) {
        return browser.findElements(By.cssSelector(cssSelector)).stream().map(WalletPages::read).toList();
    }

    /** Whether anything of the open page sticks out sideways past the window's width. */
    public boolean fitsTheWidth() {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        long viewport = (Long) script.executeScript("return window.innerWidth");
        return (Long) script.executeScript("return document.documentElement.scrollWidth") <= viewport;
    }

    public long width() {
        return (Long) ((JavascriptExecutor) browser).executeScript("return window.innerWidth");
    }

    /** Fills the transfer form to a wallet by phone and presses «Продолжить»; returns the receiver's name shown. */
    public String startTransferToWallet(String phone, String amount) {
        open(WALLET + "transfer.xhtml");
        type("transfer:reference", phone);
        type("transfer:amount", amount);
        click(By.id("transfer:proceed"));
        return text("receiver-name");
    }

    public boolean asksForCode() {
        return shows("confirm:code");
    }

    /** Types the code on the confirmation and presses «Перевести»; returns the message at the code. */
    public String sendWithCode(String code) {
        type("confirm:code", code);
        click(By.id("confirm:send"));
        // the message's element is there before the answer replaces it: wait for the answer's text
        return wait.until(driver -> {
            try {
                String said = read(driver.findElement(By.id("confirm:code-message")));
                return said.isEmpty() ? null : said;
            } catch (NoSuchElementException | StaleElementReferenceException notYet) {
                return null;
            }
        });
    }

    /** Presses «Перевести» and returns what came of it: sent or declined, in words. */
    public String send() {
        click(By.id("confirm:send"));
        wait.until(driver -> shows("transfer-sent") || shows("transfer-declined"));
        return shows("transfer-sent") ? text("transfer-sent") : text("transfer-declined");
    }

    /**
     * On «На карту»: the amount and the bank card, «Получить код», the code the SMS brought, «Перевести»; returns what
     * came of it in words: paid, on its way, or declined.
     */
    public String withdrawToCard(String amount, String card) {
        open(WALLET + "withdraw.xhtml");
        type("withdraw:amount", amount);
        type("withdraw:card", card);
        SmsLog.Mark mark = SmsLog.mark();
        click(By.id("withdraw:ask-code"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("withdraw:code")));
        type("withdraw:code", SmsLog.nextCode(HOLDER_PHONE, mark));
        click(By.id("withdraw:send"));
        wait.until(driver -> shows("withdrawal-paid") || shows("withdrawal-pending") || shows("withdrawal-declined"));
        return shows("withdrawal-paid") ? text("withdrawal-paid")
                : shows("withdrawal-pending") ? text("withdrawal-pending") : text("withdrawal-declined");
    }

    /** The statement's rows on the wallet's home, newest first. */
    public List<String> operations() {
        open(WALLET + "index.xhtml");
        return texts("[id='statement:operations_data'] > tr");
    }

    /**
     * Presses «Выпустить виртуальную карту», reads the code the SMS brought, types it and confirms; returns the new
     * card's full number as the page shows it once.
     */
    public String makeVirtualCard() {
        open(WALLET + "cards.xhtml");
        SmsLog.Mark mark = SmsLog.mark();
        click(By.id("cards:addVirtual"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("add:code")));
        type("add:code", SmsLog.nextCode(HOLDER_PHONE, mark));
        click(By.id("add:confirm"));
        return text("new-card-number").replace(" ", "");
    }

    /** The status, in words, of the card whose number ends in {@code lastDigits}. */
    public String cardStatus(String lastDigits) {
        return read(card(lastDigits).findElement(By.className("card-status")));
    }

    /** Presses the card's button ({@code block}, {@code unblock}, {@code reissue}), confirms, waits for {@code done}. */
    public String cardAction(String lastDigits, String button, String done) {
        WebElement card = card(lastDigits);
        card.findElement(By.cssSelector("[id$=':" + button + "']")).click();
        click(By.id("confirmations:yes"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cards:messages"), done));
        return text("cards:messages");
    }

    /** Fills the identification form with a passport's data and sends it; returns what the profile then says. */
    public String submitIdentification(String last, String first, String birthDate, String series, String number,
                                       String issuedOn) {
        open(WALLET + "profile.xhtml");
        type("identify:lastName", last);
        type("identify:firstName", first);
        typeDate("identify:birthDate_input", birthDate);
        type("identify:series", series);
        type("identify:number", number);
        typeDate("identify:issuedOn_input", issuedOn);
        click(By.id("identify:submit"));
        WebElement answer = wait.until(driver -> driver.findElements(
                By.cssSelector("#identification-waiting, #identify .ui-message-error, #profile .ui-messages-error")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        return read(answer);
    }

    /** On the back office's queue, approves the request of the wallet {@code contractNumber}; returns the message. */
    public String approveIdentification(String contractNumber) {
        open(QUEUE);
        WebElement row = wait.until(driver -> driver.findElements(By.cssSelector("[id='queue:table_data'] > tr")).stream()
                .filter(r -> read(r).contains(contractNumber)).findFirst().orElse(null));
        row.findElement(By.cssSelector("[id$=':approve']")).click();
        click(By.id("confirmations:yes"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("queue:messages"), contractNumber));
        return text("queue:messages");
    }

    @Override
    public void close() {
        browser.quit();
    }

    private WebElement card(String lastDigits) {
        return wait.until(driver -> driver.findElements(By.cssSelector("#card-list li.wallet-card")).stream()
                .filter(li -> read(li.findElement(By.className("card-pan"))).endsWith(lastDigits)).findFirst().orElse(null));
    }

    private void type(String id, String text) {
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        input.clear();
        input.sendKeys(text);
    }

    /**
     * Types a date into a date picker's input and closes its calendar by clicking the page's heading, again while it
     * shows: a click during the calendar's opening animation is not seen, and while the calendar is open it covers the
     * inputs below and takes their keys. A date the field lost meanwhile (seen once in CI) is typed again.
     */
    private void typeDate(String id, String date) {
        type(id, date);
        By calendar = By.id(id.replace("_input", "_panel"));
        wait.until(driver -> {
            try {
                if (driver.findElements(calendar).stream().anyMatch(WebElement::isDisplayed)) {
                    driver.findElement(By.id("cabinet-title")).click();
                    return false;
                }
                WebElement input = driver.findElement(By.id(id));
                if (date.equals(input.getAttribute("value"))) {
                    return true;
                }
                input.clear();
                input.sendKeys(date);
                return false;
            } catch (StaleElementReferenceException | NoSuchElementException redrawn) {
                return false;
            }
        });
    }

    /** Clicks what may be redrawn, still fading in, or under a dialog's fading mask. */
    private void click(By what) {
        wait.until(driver -> {
            try {
                WebElement element = driver.findElement(what);
                if (!element.isDisplayed() || !element.isEnabled()) {
                    return false;
                }
                element.click();
                return true;
            } catch (StaleElementReferenceException | ElementClickInterceptedException notYet) {
                return false;
            }
        });
    }

    private static String read(WebElement element) {
        return element.getText().replace('\u00a0', ' ').replace('\u202f', ' ').strip();
    }
}
