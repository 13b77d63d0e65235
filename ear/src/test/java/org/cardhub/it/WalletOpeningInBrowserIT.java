package org.cardhub.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cardhub.it.RunningCardhub.APP;
import static org.cardhub.it.RunningCardhub.REALM;

/**
 * Issue 25's public wallet pages in real Chromiums. Someone opens a wallet from the landing page with a phone written
 * the Russian way (8 9XX …): the code comes by SMS (the demo gateway writes it to Payara's log), a wrong code first says
 * how many attempts are left, the right one opens the wallet, and the page shows the contract, the login (the phone's
 * digits) and the virtual card's full number; they sign in with it at Keycloak and land in the wallet's cabinet. On a
 * phone they then set a new password by another code — a weak one refused at its field first — which ends their other
 * session, and sign in with the new one; the old one no longer works. The demo wallet's phone is told at the code step
 * that a wallet is open on it already. Every step fits a 375 px screen.
 * <p>
 * Each run opens a wallet on a fresh random phone, so reruns do not clash; the wallet opened again on it after the
 * closure stays in the demo system with its contract, card and Keycloak account.
 */
class WalletOpeningInBrowserIT {

    private static final String DEMO_WALLET_PHONE = "+79001234567";
    private static final String PASSWORD = "Wallet-pass-1";
    private static final String NEW_PASSWORD = "Wallet-pass-2";

    private final List<WebDriver> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(WebDriver::quit);
    }

    @Test
    void aWalletIsOpenedByPhoneSignedInToItsPasswordSetAgainByCodeClosedWithItsRestPaidOutAndItsPhoneOpensANewOne() throws Exception {
        String phone = freshPhone();
        String login = phone.substring(1);
        WebDriver desktop = browser("--window-size=1280,900");
        WebDriverWait wait = Chromium.patiently(desktop);

        desktop.get(APP + "/");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("open-wallet"))).click();
        wait.until(ExpectedConditions.urlContains("/wallet/open.xhtml"));
        String code = askCode(desktop, wait, russianWay(phone));
        assertThat(text(desktop, "wallet:messages")).contains("Код отправлен на " + shown(phone)).contains("действует до");

        type(desktop, "wallet:firstName", "Анна");
        type(desktop, "wallet:lastName", "Тестова");
        typePasswords(desktop, PASSWORD);
        type(desktop, "wallet:code", wrong(code));
        desktop.findElement(By.id("wallet:open")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("wallet:code-message"), "Осталось попыток: 4"));
        assertThat(desktop.findElements(By.id("opened"))).as("nothing opened on a wrong code").isEmpty();

        type(desktop, "wallet:code", code);
        typePasswords(desktop, PASSWORD);
        desktop.findElement(By.id("wallet:open")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("opened")));
        assertThat(text(desktop, "opened-login")).contains("Логин — " + login);
        assertThat(text(desktop, "opened-card")).as("the card's number in groups of four").matches("\\d{4}( \\d{4}){3,4}( \\d{1,3})?");
        assertThat(text(desktop, "opened-contract")).isNotBlank();
        assertThat(text(desktop, "opened")).contains("Сохраните номер карты");
        fitsAPhone(desktop, "the wallet just opened");

        desktop.findElement(By.id("wallet:opened-signin")).click();
        signIn(desktop, wait, login, PASSWORD);
        inTheWalletsCabinet(desktop, wait);

        WebDriver phoneBrowser = browser();
        onAPhone(phoneBrowser);
        WebDriverWait onPhone = Chromium.patiently(phoneBrowser);
        phoneBrowser.get(APP + "/wallet/reset.xhtml");
        wait(onPhone, "wallet:phone");
        fitsAPhone(phoneBrowser, "the reset's first step");
        String resetCode = askCode(phoneBrowser, onPhone, "+7 (" + phone.substring(2, 5) + ") " + phone.substring(5, 8) + " "
                + phone.substring(8, 10) + " " + phone.substring(10));
        fitsAPhone(phoneBrowser, "the reset's second step");
        assertThat(phoneBrowser.findElement(By.id("wallet:endOthers_input")).isSelected())
                .as("other sessions end unless unchecked").isTrue();

        type(phoneBrowser, "wallet:code", resetCode);
        typePasswords(phoneBrowser, "weak");
        phoneBrowser.findElement(By.id("wallet:reset")).click();
        onPhone.until(ExpectedConditions.textToBePresentInElementLocated(By.id("wallet:password-message"), "Пароль слишком простой"));

        typePasswords(phoneBrowser, NEW_PASSWORD);
        phoneBrowser.findElement(By.id("wallet:reset")).click();
        onPhone.until(ExpectedConditions.visibilityOfElementLocated(By.id("reset-done")));
        assertThat(text(phoneBrowser, "reset-done")).contains("Пароль изменён").contains("остальные сеансы завершены");
        fitsAPhone(phoneBrowser, "the password set");

        for (int attempt = 0; attempt < 10 && !desktop.getCurrentUrl().startsWith(REALM); attempt++) {
            Thread.sleep(attempt == 0 ? 0 : 500); // Keycloak tells the cabinet as it ends the sessions; a moment at most
            desktop.get(APP + "/cabinet/wallet/");
        }
        assertThat(desktop.getCurrentUrl()).as("the other session ended: sign in again").contains(REALM + "/protocol/openid-connect/auth");

        phoneBrowser.findElement(By.id("wallet:reset-signin")).click();
        signIn(phoneBrowser, onPhone, login, NEW_PASSWORD);
        inTheWalletsCabinet(phoneBrowser, onPhone);
        assertThatThrownBy(() -> RunningCardhub.userToken(login, PASSWORD)).as("the old password no longer signs in")
                .isInstanceOf(IllegalStateException.class);

        closeWithTheRestPaidOut(phoneBrowser, onPhone, phone);
        assertThatThrownBy(() -> RunningCardhub.userToken(login, NEW_PASSWORD)).as("the closed wallet's account is gone")
                .isInstanceOf(IllegalStateException.class);

        // the phone and its login are free again: a new wallet opens on them
        phoneBrowser.get(APP + "/wallet/open.xhtml");
        String again = askCode(phoneBrowser, onPhone, phone);
        type(phoneBrowser, "wallet:firstName", "Анна");
        type(phoneBrowser, "wallet:lastName", "Тестова");
        typePasswords(phoneBrowser, PASSWORD);
        type(phoneBrowser, "wallet:code", again);
        phoneBrowser.findElement(By.id("wallet:open")).click();
        onPhone.until(ExpectedConditions.visibilityOfElementLocated(By.id("opened")));
        assertThat(text(phoneBrowser, "opened-login")).contains("Логин — " + login);
    }

    /** On the profile, at 375 px: the rest paid out to a bank card the acquirer's emulator pays, confirmed by a code. */
    private static void closeWithTheRestPaidOut(WebDriver browser, WebDriverWait wait, String phone) {
        assertThat(WalletPages.topUpByPhone(phone, "150.00")).isEqualTo(201);
        browser.get(APP + "/cabinet/wallet/profile.xhtml");
        wait(wait, "closure-form:payout-card");
        assertThat(text(browser, "closure-intro")).contains("150,00 ₽");
        fitsAPhone(browser, "the closure's form");
        type(browser, "closure-form:payout-card", "4111 1111 1111 1111");
        SmsLog.Mark mark = SmsLog.mark();
        browser.findElement(By.id("closure-form:closure-send")).click();
        String code = SmsLog.nextCode(phone, mark);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("closure-form:closure-code")));
        type(browser, "closure-form:closure-code", code);
        SmsLog.Mark beforeClosing = SmsLog.mark();
        browser.findElement(By.id("closure-form:close-wallet")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        wait(wait, "closed");
        assertThat(text(browser, "closed")).contains("закрыт").contains("150,00 ₽").contains("411111******1111");
        assertThat(SmsLog.next(phone, beforeClosing)).as("the SMS that confirms it").contains("закрыт");
        fitsAPhone(browser, "the wallet closed");
    }

    @Test
    void aPhoneWithAWalletIsToldSoWhenAskingTheCodeAndAMalformedOneIsRefused() throws Exception {
        WebDriver phone = browser();
        onAPhone(phone);
        WebDriverWait wait = Chromium.patiently(phone);
        phone.get(APP + "/wallet/open.xhtml");
        wait(wait, "wallet:phone");
        fitsAPhone(phone, "the opening's first step");

        type(phone, "wallet:phone", "12345");
        phone.findElement(By.id("wallet:send")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("wallet:phone-message"), "Нужен российский мобильный номер"));

        type(phone, "wallet:phone", DEMO_WALLET_PHONE);
        phone.findElement(By.id("wallet:send")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("wallet:phone-message"), "уже открыт кошелёк"));
        assertThat(phone.findElements(By.id("wallet:code"))).as("no code step for a phone with a wallet").isEmpty();
        fitsAPhone(phone, "the refusal");
    }

    /** Asks the code for the phone as typed; waits for the code step and reads the code from the demo SMS gateway. */
    private static String askCode(WebDriver browser, WebDriverWait wait, String typed) {
        type(browser, "wallet:phone", typed);
        SmsLog.Mark mark = SmsLog.mark();
        browser.findElement(By.id("wallet:send")).click();
        wait(wait, "wallet:code");
        assertThat(text(browser, "code-phone")).isEqualTo(shown(normal(typed)));
        return SmsLog.nextCode(normal(typed), mark);
    }

    /** Keycloak's own sign-in page, after the page's sign-in button. */
    private static void signIn(WebDriver browser, WebDriverWait wait, String login, String password) {
        wait.until(ExpectedConditions.urlContains(REALM + "/protocol/openid-connect/auth"));
        wait(wait, "username").sendKeys(login);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("kc-login")).click();
    }

    /** The lead's wallet cabinet: only where it is and that it is no error page. */
    private static void inTheWalletsCabinet(WebDriver browser, WebDriverWait wait) {
        wait.until(ExpectedConditions.urlContains(APP + "/cabinet/wallet"));
        assertThat(browser.findElements(By.cssSelector(".error-page"))).as("no error page").isEmpty();
        assertThat(browser.getPageSource()).doesNotContain("Exception");
    }

    private static void fitsAPhone(WebDriver browser, String what) {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        long viewport = (Long) script.executeScript("return window.innerWidth");
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 812, "deviceScaleFactor", 2, "mobile", true));
        try {
            assertThat((Long) script.executeScript("return document.documentElement.scrollWidth"))
                    .as("nothing sticks out sideways at 375 px: %s", what).isLessThanOrEqualTo(375L);
        } finally {
            if (viewport != 375) {
                ((ChromeDriver) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            }
        }
    }

    private static void onAPhone(WebDriver browser) {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 812, "deviceScaleFactor", 2, "mobile", true));
    }

    private WebDriver browser(String... arguments) throws Exception {
        WebDriver browser = Chromium.open(arguments);
        browsers.add(browser);
        return browser;
    }

    private static void typePasswords(WebDriver browser, String password) {
        type(browser, "wallet:password", password);
        type(browser, "wallet:repeat", password);
    }

    private static void type(WebDriver browser, String id, String value) {
        browser.findElement(By.id(id)).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, value);
    }

    private static WebElement wait(WebDriverWait wait, String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    private static String text(WebDriver browser, String id) {
        return browser.findElement(By.id(id)).getText().replace('\u00a0', ' ');
    }

    /** A mobile number nobody has yet: +79 and nine random digits, never the demo wallet's. */
    private static String freshPhone() {
        String phone;
        do {
            phone = "+79" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
        } while (phone.equals(DEMO_WALLET_PHONE));
        return phone;
    }

    /** 8 9XX XXX-XX-XX. */
    private static String russianWay(String phone) {
        return "8 " + phone.substring(2, 5) + " " + phone.substring(5, 8) + "-" + phone.substring(8, 10) + "-" + phone.substring(10);
    }

    /** +7 9XX XXX-XX-XX, as the pages show a phone. */
    private static String shown(String phone) {
        return "+7 " + phone.substring(2, 5) + " " + phone.substring(5, 8) + "-" + phone.substring(8, 10) + "-" + phone.substring(10);
    }

    /** The one normal form of a typed Russian mobile number: +79XXXXXXXXX. */
    private static String normal(String typed) {
        String digits = typed.replaceAll("\\D", "");
        return "+7" + digits.substring(digits.length() - 10);
    }

    private static String wrong(String code) {
        return String.format("%04d", (Integer.parseInt(code) + 1) % 10_000);
    }
}
