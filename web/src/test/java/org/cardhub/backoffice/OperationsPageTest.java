package org.cardhub.backoffice;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.cardhub.operations.entity.LedgerCheckRun;
import org.cardhub.operations.entity.LedgerFindings;
import org.cardhub.operations.entity.LedgerProblem;
import org.cardhub.operations.entity.LedgerStatus;
import org.cardhub.operations.entity.Latency;
import org.cardhub.operations.entity.MinuteFigures;
import org.cardhub.operations.entity.OperationsPicture;
import org.cardhub.operations.entity.TrafficReadings;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operations page's charts from its minutes and runs, and the ledger's problems in the reader's words: every kind
 * has its text in Russian and English, and the charts carry the minutes in Moscow time with one value per minute.
 */
class OperationsPageTest {

    private static ResourceBundle bundle(String language) throws IOException {
        try (InputStream in = OperationsPageTest.class.getResourceAsStream("/org/cardhub/cabinet/messages_" + language + ".properties")) {
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    @Test
    void everyKindOfProblemReadsInBothLanguages() throws IOException {
        LedgerProblem balance = new LedgerProblem(LedgerProblem.Kind.BALANCE, 12345, "RUB", 750_01, 750_00);
        for (LedgerProblem.Kind kind : LedgerProblem.Kind.values()) {
            for (String language : List.of("ru", "en")) {
                assertThat(bundle(language).containsKey("ops.problem." + kind)).as(language + " " + kind).isTrue();
            }
        }
        assertThat(OperationsView.describe(balance, bundle("ru"), Locale.forLanguageTag("ru")))
                .isEqualTo("Счёт 12345 (RUB): остаток в счёте 750.01, по проводкам 750.00");
        for (String key : bundle("ru").keySet()) {
            if (key.startsWith("ops.")) {
                assertThat(bundle("en").containsKey(key)).as(key).isTrue();
            }
        }
    }

    @Test
    void theChartsHaveOneValuePerMinuteLabelledInMoscowTime() throws IOException {
        Instant minute = Instant.parse("2030-03-02T10:15:00Z");
        MinuteFigures figures = new MinuteFigures(minute, new TrafficReadings(5, 1, 2, 7, 1, 0, 0), new Latency(1_500, 9_000, 20_000),
                0, 3, 0);
        LedgerCheckRun run = new LedgerCheckRun("server@host", minute, minute, new LedgerFindings(10, 4, 0, List.of()));
        ResourceBundle text = bundle("ru");

        OperationsCharts charts = new OperationsCharts(new OperationsPicture(List.of(figures), List.of(run), LedgerStatus.UNKNOWN),
                Locale.forLanguageTag("ru"), text::getString);

        JsonObject terminal = Json.createReader(new StringReader(charts.terminal())).readObject();
        assertThat(terminal.getJsonObject("data").getJsonArray("labels").getString(0)).isEqualTo("02.03 13:15");
        assertThat(terminal.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getJsonArray("data").getJsonNumber(0)
                .longValue()).isEqualTo(5);
        JsonObject latency = Json.createReader(new StringReader(charts.latency())).readObject();
        assertThat(latency.getJsonObject("data").getJsonArray("datasets").getJsonObject(1).getJsonArray("data").getJsonNumber(0)
                .doubleValue()).isEqualTo(9.0);
        assertThat(charts.ledger()).contains("\"type\":\"bar\"");
    }
}
