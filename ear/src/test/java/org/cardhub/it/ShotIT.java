package org.cardhub.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;

/** Not committed: screenshots of pages for a person to look at. */
class ShotIT {
    @Test
    void shoot() throws Exception {
        String user = System.getProperty("shot.user", "admin");
        String tag = System.getProperty("shot.tag", "shot");
        WebDriver browser = Chromium.open("--window-size=1280,900");
        try {
            WebDriverWait wait = Chromium.patiently(browser);
            Chromium.signIn(browser, wait, user);
            int n = 0;
            for (String page : System.getProperty("shot.page").split(",")) {
                n++;
                for (int width : new int[]{1280, 375}) {
                    browser.manage().window().setSize(new Dimension(width, 900));
                    browser.get(RunningCardhub.APP + "/cabinet/" + page);
                    Thread.sleep(2500);
                    long h = (Long) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
                    browser.manage().window().setSize(new Dimension(width, (int) Math.min(h + 100, 2400)));
                    Thread.sleep(500);
                    Files.write(Path.of("/tmp/" + tag + "-" + n + "-" + width + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
                }
            }
        } finally {
            browser.quit();
        }
    }
}
