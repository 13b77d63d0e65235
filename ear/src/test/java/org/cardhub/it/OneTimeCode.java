package org.cardhub.it;

import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;

import static org.cardhub.it.RunningCardhub.APP;

/**
 * The demo authenticator app of the back office (the realm file gives admin and admin2 its secret): RFC 6238 time-based
 * codes, HMAC-SHA1, 6 digits, 30 s, and typing one into Keycloak's one-time-code form as a person does.
 */
final class OneTimeCode {

    /** The demo secret, base32 as an authenticator app takes it (README: step-up). */
    static final String DEMO_SECRET = "CARDHUBDEMOSTEPUPSECRETKEY234567";
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final long PERIOD = 30;
    /** What Keycloak's one-time-code form shows under the field when it refuses a code (its v2 theme, its base theme). */
    private static final By REFUSED = By.cssSelector("#input-error-otp, #input-error-otp-code");

    private OneTimeCode() {
    }

    /** The code an authenticator app shows at {@code at}. */
    static String at(Instant at) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(base32(DEMO_SECRET), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(at.getEpochSecond() / PERIOD).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff;
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * On Keycloak's one-time-code form: types the current code and waits to be back in the application. Keycloak takes
     * a code once per person; if this one was used a moment ago (another test of the same person), the next period's
     * code is typed at once (the realm's look-ahead window takes it), and only if that was used too, the one after it
     * once its period has come.
     */
    static void enter(WebDriver browser, WebDriverWait wait) {
        for (int attempt = 1; ; attempt++) {
            if (attempt == 3) {
                sleepUntilNextPeriod();
            }
            Instant at = attempt == 1 ? Instant.now() : Instant.now().plusSeconds(PERIOD);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("otp")));
            browser.findElement(By.id("otp")).clear();
            browser.findElement(By.id("otp")).sendKeys(at(at));
            browser.findElement(By.id("kc-login")).click();
            wait.until(ExpectedConditions.or(ExpectedConditions.urlContains(APP),
                    ExpectedConditions.presenceOfElementLocated(REFUSED)));
            if (browser.getCurrentUrl().contains(APP)) {
                return;
            }
            if (attempt == 3) {
                throw new TimeoutException("Keycloak refused three one-time codes in a row");
            }
        }
    }

    private static void sleepUntilNextPeriod() {
        long now = Instant.now().getEpochSecond();
        try {
            Thread.sleep(((now / PERIOD + 1) * PERIOD - now) * 1000 + 500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] base32(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : text.toCharArray()) {
            buffer = (buffer << 5) | BASE32.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                bytes.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return bytes.toByteArray();
    }
}
