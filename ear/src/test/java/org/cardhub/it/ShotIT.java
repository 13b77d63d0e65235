package org.cardhub.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.JavascriptExecutor;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.cardhub.it.RunningCardhub.APP;

/** Not committed: screenshots of pages for the lead to look at. */
class ShotIT {
    @Test
    void shoot() throws Exception {
        String user = System.getProperty("shot.user", "parent");
        String tag = System.getProperty("shot.tag", "shot");
        String[] pages = System.getProperty("shot.page", "parent/index.xhtml").split(",");
        WebDriver browser = Chromium.open("--window-size=1280,1000");
        try {
            Chromium.signIn(browser, Chromium.patiently(browser), user);
            int n = 0;
            for (String page : pages) {
                n++;
                for (int width : new int[]{1280, 375}) {
                    browser.manage().window().setSize(new Dimension(width, 1000));
                    browser.get(APP + "/cabinet/" + page);
                    Thread.sleep(1500);
                    Object sw = ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
                    Object h = ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
                    browser.manage().window().setSize(new Dimension(width, Math.min(4000, ((Number) h).intValue() + 150)));
                    Thread.sleep(500);
                    System.out.println("SHOT " + page + " @" + width + " scrollWidth=" + sw);
                    byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
                    Files.write(Path.of("/tmp/" + tag + "-" + n + "-" + width + ".png"), png);
                }
            }
        } finally {
            browser.quit();
        }
    }
}
