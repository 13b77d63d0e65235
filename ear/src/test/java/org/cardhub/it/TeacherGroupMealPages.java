package org.cardhub.it;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.cardhub.it.RunningCardhub.APP;

/**
 * The teacher's group meal page (and the canteen's list) in Chromium, as a teacher uses it: the class found by its
 * school's name, the day chosen, portions typed, the order placed and cancelled through the confirm dialog.
 */
public final class TeacherGroupMealPages implements AutoCloseable {

    public static final String PAGE = "/cabinet/teacher/group-meals.xhtml";

    private final WebDriver browser;
    private final WebDriverWait wait;

    private TeacherGroupMealPages(WebDriver browser) {
        this.browser = browser;
        this.wait = (WebDriverWait) Chromium.patiently(browser).ignoring(StaleElementReferenceException.class);
    }

    /** A desktop-sized browser with the demo user signed in on Keycloak's page. */
    public static TeacherGroupMealPages signedIn(String username) throws IOException {
        return signedIn(username, Chromium.open("--window-size=1400,1000"));
    }

    /** A phone (375 px wide) with the demo user signed in. */
    public static TeacherGroupMealPages signedInOnAPhone(String username) throws IOException {
        WebDriver phone = Chromium.open();
        ((ChromeDriver) phone).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 812, "deviceScaleFactor", 2, "mobile", true));
        return signedIn(username, phone);
    }

    private static TeacherGroupMealPages signedIn(String username, WebDriver browser) {
        TeacherGroupMealPages pages = new TeacherGroupMealPages(browser);
        try {
            Chromium.signIn(pages.browser, pages.wait, username);
        } catch (RuntimeException e) {
            pages.close();
            throw e;
        }
        return pages;
    }

    /** Opens the class of the school whose name holds {@code schoolMark} (its chip's title), on {@code day}. */
    public void openClass(String schoolMark, LocalDate day) {
        browser.get(APP + PAGE);
        String href = wait.until(driver -> driver.findElements(By.cssSelector("a.group-chip[title]")).stream()
                .filter(chip -> chip.getAttribute("title").contains(schoolMark)).map(chip -> chip.getAttribute("href"))
                .findFirst().orElse(null));
        browser.get(href + "&date=" + day);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("group-class-name")));
    }

    public void open(String path) {
        browser.get(APP + path);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cabinet-title")));
    }

    /** Types the portions of a dish a pupil gets and waits for the price per pupil to follow. */
    public void portions(String dish, int quantity) {
        List<WebElement> rows = browser.findElements(By.cssSelector("[id='group:dishes_data'] > tr"));
        for (int index = 0; index < rows.size(); index++) {
            if (rows.get(index).findElement(By.className("group-dish-name")).getText().equals(dish)) {
                String before = text("group:per-pupil");
                browser.findElement(By.id("group:dishes:" + index + ":quantity_input"))
                        .sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(quantity), Keys.TAB);
                wait.until(driver -> !text("group:per-pupil").equals(before));
                return;
            }
        }
        throw new AssertionError("No dish " + dish + " on the page");
    }

    /** Places the order and answers the page's message about it. */
    public String order() {
        browser.findElement(By.id("group:order")).click();
        return message("принят");
    }

    /** Cancels the class's latest order through the confirm dialog and answers the page's message. */
    public String cancelLatest() {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id='group:orders_data'] button[id$=':cancel']"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm:yes"))).click();
        return message("отменён");
    }

    /** The pupil's row of the pupils' table, its spaces plain. */
    public String pupilRow(String name) {
        return wait.until(driver -> driver.findElements(By.cssSelector("[id='group:pupils_data'] > tr")).stream()
                .map(row -> plain(row.getText())).filter(row -> row.contains(name)).findFirst().orElse(null));
    }

    public String text(String id) {
        return plain(browser.findElement(By.id(id)).getText());
    }

    public boolean displayed(String id) {
        return !browser.findElements(By.id(id)).isEmpty() && browser.findElement(By.id(id)).isDisplayed();
    }

    /** Whether the page is no wider than the screen. */
    public boolean fitsTheScreen() {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        long viewport = (Long) script.executeScript("return window.innerWidth");
        return (Long) script.executeScript("return document.documentElement.scrollWidth") <= viewport;
    }

    private String message(String words) {
        wait.until(driver -> text("group:messages").contains(words));
        return text("group:messages");
    }

    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ").strip();
    }

    @Override
    public void close() {
        browser.quit();
    }
}
