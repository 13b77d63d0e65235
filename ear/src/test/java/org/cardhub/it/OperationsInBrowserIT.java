package org.cardhub.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.it.RunningCardhub.APP;
import static org.cardhub.it.RunningCardhub.BASE;
import static org.cardhub.it.RunningCardhub.clientToken;
import static org.cardhub.it.RunningCardhub.get;

/**
 * Operations as a scraper and the back office see them: after a terminal message and a partner request, Payara's
 * {@code /metrics} answers Prometheus text with the application's counters, reply timer and gauges; and the back
 * office's operations page shows the ledger check's word (the charts or, before the first minute's sample, the empty
 * state) and runs the check on demand, listing the run.
 */
class OperationsInBrowserIT {

    /** No card of the demo has this number: the message is declined and moves no money. */
    private static final String UNKNOWN_CARD = "7005990000009998";

    private WebDriver browser;

    @AfterEach
    void screenshot() throws Exception {
        if (browser != null) {
            Path folder = Files.createDirectories(Path.of("target", "browser"));
            Files.write(folder.resolve("OperationsInBrowserIT.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            browser.quit();
        }
    }

    @Test
    void metricsCountTheTerminalsAndPartnersAndTheOperationsPageChecksTheLedgerOnDemand() throws Exception {
        JsonObject declined = DemoFuelTerminal.purchase(UNKNOWN_CARD, "CAR_WASH", "10.00");
        assertThat(declined.getString("status")).isEqualTo("DECLINED");
        assertThat(get(APP + "/api/v1/caller", clientToken("agent-demo", "agent-demo-secret")).statusCode()).isEqualTo(200);

        var metrics = get(BASE + "/metrics", null);

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("# TYPE").contains("cardhub_terminal_messages").contains("cardhub_terminal_reply")
                .contains("cardhub_partner_requests").contains("cardhub_dead_letters").contains("cardhub_outbox_lag_seconds")
                .contains("cardhub_ledger_check_ok").contains("cardhub_ledger_check_problems")
                .containsPattern("cardhub_terminal_messages[^\\n]*type=\"PURCHASE\"")
                .doesNotContain(UNKNOWN_CARD).doesNotContain("FUEL-0001").doesNotContain("agent-demo");

        browser = Chromium.open("--window-size=1280,900");
        WebDriverWait wait = Chromium.patiently(browser);
        Chromium.signIn(browser, wait, "admin");
        browser.get(APP + "/cabinet/backoffice/operations.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("operations-title")));
        assertThat(browser.findElements(By.id("operations:charts")).size() + browser.findElements(By.id("operations:no-samples")).size())
                .as("the charts, or the empty state before the first sample").isEqualTo(1);
        assertThat(browser.findElements(By.id("operations:ledger-sound"))).as("the books balance").hasSize(1);

        browser.findElement(By.id("operations:check-now")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("operations:messages"), "книги сходятся"));
        assertThat(browser.findElement(By.id("operations:runs")).getText()).doesNotContain("Проверок за этот период не было");
        assertThat(browser.findElement(By.id("operations:ledger-sound")).getText()).contains("Книги сходятся");
    }
}
