package org.cardhub.corporate;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.cardhub.fleet.entity.MonthlySpending;
import org.cardhub.fleet.entity.MonthlySpending.ProductSpent;
import org.cardhub.fleet.entity.MonthlySpending.Spent;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SpendingChartTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru-RU");

    /** 6 March 2026: this month so far has 6 days, February 2026 had 28, so the chart runs over March's 31. */
    private static final MonthlySpending SPENDING = new MonthlySpending(LocalDate.of(2026, 3, 6), Map.of(
            LocalDate.of(2026, 2, 28), spent(935_200, 140_000),
            LocalDate.of(2026, 3, 2), spent(297_550, 55_000),
            LocalDate.of(2026, 3, 5), spent(50_000, 0)),
            List.of(new ProductSpent("DT", Spent.NOTHING, spent(935_200, 140_000)),
                    new ProductSpent("AI-92", spent(297_550, 55_000), Spent.NOTHING),
                    new ProductSpent("CAR_WASH", spent(50_000, 0), Spent.NOTHING)));

    @Test
    void byDayThisMonthStopsAtTodayAndLastMonthAtItsLastDay() {
        JsonObject config = parse(chart(false).byDay());

        assertThat(config.getString("type")).isEqualTo("line");
        JsonArray days = config.getJsonObject("data").getJsonArray("labels");
        assertThat(days).hasSize(31);
        JsonArray thisMonth = dataset(config, 0).getJsonArray("data");
        JsonArray lastMonth = dataset(config, 1).getJsonArray("data");
        assertThat(dataset(config, 0).getString("label")).isEqualTo("Март 2026");
        assertThat(dataset(config, 1).getString("label")).isEqualTo("Февраль 2026");
        assertThat(thisMonth.getJsonNumber(1).bigDecimalValue()).isEqualByComparingTo("2975.50");
        assertThat(thisMonth.getJsonNumber(0).bigDecimalValue()).as("a day without purchases is zero").isZero();
        assertThat(thisMonth.isNull(6)).as("the 7th is still to come").isTrue();
        assertThat(lastMonth.getJsonNumber(27).bigDecimalValue()).isEqualByComparingTo("9352.00");
        assertThat(lastMonth.isNull(28)).as("February has no 29th").isTrue();
        assertThat(config.getJsonObject("options").getString("locale")).isEqualTo("ru-RU");
    }

    @Test
    void byProductInLitresShowsWhatWasBoughtByTheLitreAndTheUnitOnTheAxis() {
        JsonObject config = parse(chart(true).byProduct());

        assertThat(config.getString("type")).isEqualTo("bar");
        assertThat(config.getJsonObject("data").getJsonArray("labels").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly("Дизель", "АИ-92", "Мойка");
        JsonArray thisMonth = dataset(config, 0).getJsonArray("data");
        assertThat(thisMonth.getJsonNumber(1).bigDecimalValue()).isEqualByComparingTo(new BigDecimal("55.000"));
        assertThat(thisMonth.getJsonNumber(2).bigDecimalValue()).as("a wash has no litres").isZero();
        assertThat(config.getJsonObject("options").getJsonObject("scales").getJsonObject("y").getJsonObject("title")
                .getString("text")).isEqualTo("л");
    }

    @Test
    void theMonthsAreNamedInThePagesLanguage() {
        assertThat(chart(false).monthName(YearMonth.of(2026, 12))).isEqualTo("Декабрь 2026");
        assertThat(new SpendingChart(SPENDING, false, Locale.ENGLISH, code -> code, "₽").monthName(YearMonth.of(2026, 12)))
                .isEqualTo("December 2026");
        assertThat(chart(false).today()).isEqualTo("06.03.2026");
    }

    private static SpendingChart chart(boolean litres) {
        Map<String, String> names = Map.of("DT", "Дизель", "AI-92", "АИ-92", "CAR_WASH", "Мойка");
        return new SpendingChart(SPENDING, litres, RUSSIAN, names::get, litres ? "л" : "₽");
    }

    private static JsonObject dataset(JsonObject config, int index) {
        return config.getJsonObject("data").getJsonArray("datasets").getJsonObject(index);
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    private static Spent spent(long kopecks, long millilitres) {
        return new Spent(Amount.ofMinorUnits(kopecks, Currency.RUB), Amount.ofMinorUnits(millilitres, Currency.LITRE));
    }
}
