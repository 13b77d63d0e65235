package org.cardhub.it;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/**
 * The canteen supplier's cabinet in a real Chromium, driven as a person does: the school chosen on the home page, the
 * week found by its arrows, a day's tab, a dish's price typed and saved, the menu published, another week copied onto the
 * one shown. Its API has no Selenium type: the mixed Arquillian test ({@code meals.CanteenMenuInBrowserIT}) is loaded
 * inside Payara too, where there is no Selenium. Text comes back as a person reads it, every kind of space a plain one.
 */
public final class CanteenMenuPages implements AutoCloseable {

    private final WebDriver browser;
    private final WebDriverWait wait;

    private CanteenMenuPages(WebDriver browser) {
        this.browser = browser;
        this.wait = (WebDriverWait) Chromium.patiently(browser).ignoring(StaleElementReferenceException.class);
    }

    /** A desktop-sized browser with the user signed in on Keycloak's page, on their cabinet's home. */
    public static CanteenMenuPages signedIn(String username) throws IOException {
        CanteenMenuPages pages = new CanteenMenuPages(Chromium.open("--window-size=1400,1000"));
        try {
            Chromium.signIn(pages.browser, pages.wait, username);
        } catch (RuntimeException e) {
            pages.close();
            throw e;
        }
        return pages;
    }

    /** The home's card of the school: its text (name, today's menu), as the supplier reads it. */
    public String schoolOnHome(String school) {
        browser.get(RunningCardhub.APP + "/cabinet/canteen/index.xhtml");
        return text(card(school));
    }

    /** Follows the school's link on the home to its week of menus; returns the school the page names. */
    public String openSchool(String school) {
        schoolOnHome(school);
        card(school).findElement(By.className("canteen-week-link")).click();
        return text(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("menu-school"))));
    }

    /** Goes week by week with the arrows until the title shows {@code range} (like 30.11–04.12.2026). */
    public void findWeek(String range, boolean forward) {
        for (int step = 0; step < 4 && !weekTitle().contains(range); step++) {
            String before = weekTitle();
            browser.findElement(By.id(forward ? "next-week" : "prev-week")).click();
            wait.until(driver -> !weekTitle().equals(before));
        }
        if (!weekTitle().contains(range)) {
            throw new AssertionError("week " + range + " not reached: " + weekTitle());
        }
    }

    public String weekTitle() {
        return text(browser.findElement(By.id("week-title")));
    }

    /** Opens the tab of day {@code index} (0 Monday); returns its heading. */
    public String chooseDay(int index) {
        By tab = By.id("week:days:" + index + ":day");
        if (!browser.findElement(tab).getAttribute("class").contains("chosen")) {
            wait.until(driver -> clicked(tab));
        }
        return wait.until(driver -> driver.findElement(tab).getAttribute("class").contains("chosen")
                ? text(driver.findElement(By.id("day-title"))) : null);
    }

    /** The statuses the day tabs show, Monday to Friday. */
    public List<String> dayStatuses() {
        return browser.findElements(By.cssSelector(".cmenu-day-status")).stream().map(CanteenMenuPages::text).toList();
    }

    public String dishName(int row) {
        return browser.findElement(By.id("week:dishes:" + row + ":name")).getAttribute("value");
    }

    public String price(int row) {
        return browser.findElement(By.id("week:dishes:" + row + ":price")).getAttribute("value");
    }

    public void typePrice(int row, String price) {
        WebElement field = browser.findElement(By.id("week:dishes:" + row + ":price"));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), price);
    }

    /** Saves the day and returns the message at the price of row {@code row}, which the save must put there. */
    public String saveRefusedAtPrice(int row) {
        By message = By.cssSelector("[id='week:dishes:" + row + ":priceMessage']");
        List<WebElement> old = browser.findElements(message);
        String before = old.isEmpty() ? "" : text(old.get(0));
        browser.findElement(By.id("week:save")).click();
        return wait.until(driver -> {
            String shown = text(driver.findElement(message));
            return shown.isBlank() || shown.equals(before) ? null : shown;
        });
    }

    /** Saves the day; returns the page's message once it has {@code done}. */
    public String save(String done) {
        return act("week:save", done);
    }

    public String publish(String done) {
        return act("week:publish", done);
    }

    /** Copies the week labelled {@code sourceRange} onto the week shown; returns the page's message once it has {@code done}. */
    public String copyFrom(String sourceRange, String done) {
        browser.findElement(By.id("week:copy")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("copy:confirm")));
        Chromium.choose(browser, wait, "copy:source", sourceRange);
        browser.findElement(By.id("copy:confirm")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("week:messages"), done));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("copy:confirm")));
        return text(browser.findElement(By.id("week:messages")));
    }

    /** The page at a phone's width: whether nothing sticks out sideways. */
    public boolean fitsAPhone() {
        browser.manage().window().setSize(new Dimension(375, 812));
        wait.until(driver -> ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth")).intValue() <= 400);
        // the page lays itself out again after the resize (charts redraw at their new width): a moment to settle
        try {
            new WebDriverWait(browser, Duration.ofSeconds(5)).until(driver -> ((Number) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).intValue() <= 0);
            return true;
        } catch (org.openqa.selenium.TimeoutException sticksOut) {
            return false;
        }
    }

    @Override
    public void close() {
        browser.quit();
    }

    private String act(String button, String done) {
        List<WebElement> before = browser.findElements(By.cssSelector("[id='week:messages'] .ui-messages-info"));
        browser.findElement(By.id(button)).click();
        before.forEach(old -> wait.until(ExpectedConditions.stalenessOf(old)));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("week:messages"), done));
        return text(browser.findElement(By.id("week:messages")));
    }

    private WebElement card(String school) {
        return wait.until(driver -> driver.findElements(By.cssSelector(".canteen-school")).stream()
                .filter(card -> text(card.findElement(By.className("canteen-school-name"))).equals(school)).findFirst().orElse(null));
    }

    private boolean clicked(By what) {
        try {
            browser.findElement(what).click();
            return true;
        } catch (StaleElementReferenceException | ElementClickInterceptedException | org.openqa.selenium.NoSuchElementException notYet) {
            return false;
        }
    }

    private static String text(WebElement element) {
        return element.getText().replaceAll("[\u00a0\u202f]", " ").strip();
    }
}
