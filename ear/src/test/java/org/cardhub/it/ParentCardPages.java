package org.cardhub.it;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;

import static org.cardhub.it.RunningCardhub.APP;

/** A parent's card page in Chromium, as a parent uses it: from the child's panel on the home page to its actions. */
public final class ParentCardPages implements AutoCloseable {

    private final WebDriver browser;
    private final WebDriverWait wait;

    private ParentCardPages(WebDriver browser) {
        this.browser = browser;
        this.wait = (WebDriverWait) Chromium.patiently(browser).ignoring(StaleElementReferenceException.class);
    }

    /** A phone-sized browser (most parents use phones) with the demo user signed in on Keycloak's page. */
    public static ParentCardPages signedIn(String username) throws IOException {
        ParentCardPages pages = new ParentCardPages(Chromium.open("--window-size=390,1000"));
        try {
            Chromium.signIn(pages.browser, pages.wait, username);
        } catch (RuntimeException e) {
            pages.close();
            throw e;
        }
        return pages;
    }

    /** Opens the card page of the child named {@code holder} from their panel on the home page. */
    public void openCardOf(String holder) {
        browser.get(APP + "/cabinet/parent/index.xhtml");
        String cardId = wait.until(driver -> driver.findElements(By.cssSelector("article.pupil-card")).stream()
                .filter(panel -> panel.findElement(By.cssSelector(".child-name")).getText().equals(holder))
                .map(panel -> panel.getAttribute("data-card")).findFirst().orElse(null));
        browser.get(APP + "/cabinet/parent/card.xhtml?card=" + cardId);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("card-school-number")));
    }

    /** «Сменить школу»: chooses the school in the dialog, confirms, and answers the new school number the page shows. */
    public String changeSchoolTo(String schoolName) {
        click(By.id("card:changeSchool"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("school:choice")));
        Chromium.choose(browser, wait, "school:choice", schoolName);
        click(By.id("school:confirm"));
        wait.until(driver -> text("swap-school").contains(schoolName));
        return text("swap-school-number");
    }

    public String text(String id) {
        return browser.findElement(By.id(id)).getText().replace('\u00a0', ' ').replace('\u202f', ' ').replaceAll("\\s+", " ").strip();
    }

    /** Finds and clicks in one go: an ajax update may replace the element between the two. */
    private void click(By target) {
        wait.until(driver -> {
            try {
                WebElement element = driver.findElement(target);
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
                element.click();
                return true;
            } catch (WebDriverException notYet) {
                return false;
            }
        });
    }

    @Override
    public void close() {
        browser.quit();
    }
}
