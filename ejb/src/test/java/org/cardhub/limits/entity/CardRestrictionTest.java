package org.cardhub.limits.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CardRestrictionTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final ZoneId VLADIVOSTOK = ZoneId.of("Asia/Vladivostok");
    private static final Instant NOON_IN_MOSCOW = Instant.parse("2025-03-05T09:00:00Z");

    private final CardRestriction restriction = new CardRestriction(501);

    private static Attempt buy(String productCode, String category) {
        return new Attempt(10_000, 0, productCode, category, "AZS-7", "RU-77", NOON_IN_MOSCOW);
    }

    private static Attempt at(Instant instant) {
        return new Attempt(10_000, 0, "LUNCH", "CANTEEN", "AZS-7", "RU-77", instant);
    }

    private static Attempt atMoscowTime(String localTime) {
        return at(LocalDateTime.parse("2025-03-05T" + localTime).atZone(MOSCOW).toInstant());
    }

    private static Attempt where(String station, String region) {
        return new Attempt(10_000, 0, "DT", "FUEL", station, region, NOON_IN_MOSCOW);
    }

    private static DeclineReason reason(Optional<Decline> decline) {
        return decline.orElseThrow().reason();
    }

    @Test
    void anEmptyRestrictionAllowsEverything() {
        assertThat(restriction.check(buy("ANYTHING", "ANY"), MOSCOW)).isEmpty();
        assertThat(restriction.check(new Attempt(1, 0, null, null, null, null, NOON_IN_MOSCOW), MOSCOW)).isEmpty();
    }

    @Test
    void allowedCategoriesLetOnlyThoseThrough() {
        restriction.allowCategories(List.of("FUEL"));

        assertThat(restriction.check(buy("DT", "FUEL"), MOSCOW)).isEmpty();
        assertThat(reason(restriction.check(buy("COFFEE", "SHOP"), MOSCOW))).isEqualTo(DeclineReason.PRODUCT_NOT_ALLOWED);
    }

    @Test
    void allowedProductCodesAlsoLetThrough() {
        restriction.allowCategories(List.of("dt"));

        assertThat(restriction.check(buy("DT", "FUEL"), MOSCOW)).isEmpty();
        assertThat(reason(restriction.check(buy("AI95", "FUEL"), MOSCOW))).isEqualTo(DeclineReason.PRODUCT_NOT_ALLOWED);
    }

    @Test
    void anAttemptWithoutCategoryIsRefusedWhenOnlySomeAreAllowed() {
        restriction.allowCategories(List.of("FUEL"));

        assertThat(reason(restriction.check(buy(null, null), MOSCOW))).isEqualTo(DeclineReason.PRODUCT_NOT_ALLOWED);
    }

    @Test
    void aPupilsForbiddenBuffetIsRefusedWhileTheCanteenIsNot() {
        restriction.forbidCategories(List.of("buffet"));

        Optional<Decline> buffet = restriction.check(buy("BUN", "BUFFET"), MOSCOW);
        assertThat(reason(buffet)).isEqualTo(DeclineReason.PRODUCT_NOT_ALLOWED);
        assertThat(buffet.orElseThrow().explanation()).contains("BUFFET");
        assertThat(restriction.check(buy("LUNCH", "CANTEEN"), MOSCOW)).isEmpty();
    }

    @Test
    void aForbiddenFuelGradeIsRefusedByItsProductCode() {
        restriction.forbidCategories(List.of("ai-98"));

        assertThat(reason(restriction.check(buy("AI-98", "FUEL"), MOSCOW))).isEqualTo(DeclineReason.PRODUCT_NOT_ALLOWED);
        assertThat(restriction.check(buy("AI-95", "FUEL"), MOSCOW)).isEmpty();
    }

    @Test
    void forbiddenWinsOverAllowed() {
        restriction.allowCategories(List.of("FUEL", "CAR_WASH"));
        restriction.forbidCategories(List.of("AI-98"));

        assertThat(reason(restriction.check(buy("AI-98", "FUEL"), MOSCOW))).isEqualTo(DeclineReason.PRODUCT_NOT_ALLOWED);
        assertThat(restriction.check(buy("DT", "FUEL"), MOSCOW)).isEmpty();
    }

    @Test
    void aCategoryTheCatalogDoesNotKnowIsRefusedAndChangesNothing() {
        restriction.allowCategories(List.of("FUEL"));

        assertThatThrownBy(() -> restriction.allowCategories(List.of("FUEL", "COLA")))
                .isInstanceOfSatisfying(InvalidLimitException.class, refused -> {
                    assertThat(refused.code()).isEqualTo(InvalidLimitException.Code.CATEGORY_UNKNOWN);
                    assertThat(refused.subject()).isEqualTo("COLA");
                });
        assertThat(restriction.allowedCategories()).containsExactly("FUEL");
    }

    @Test
    void aDaytimeWindowIncludesItsStartAndExcludesItsEnd() {
        restriction.limitHours(LocalTime.of(8, 0), LocalTime.of(20, 0));

        assertThat(restriction.check(atMoscowTime("08:00"), MOSCOW)).isEmpty();
        assertThat(restriction.check(atMoscowTime("19:59:59"), MOSCOW)).isEmpty();
        assertThat(reason(restriction.check(atMoscowTime("07:59:59"), MOSCOW))).isEqualTo(DeclineReason.OUTSIDE_TIME_WINDOW);
        assertThat(reason(restriction.check(atMoscowTime("20:00"), MOSCOW))).isEqualTo(DeclineReason.OUTSIDE_TIME_WINDOW);
    }

    @ParameterizedTest
    @ValueSource(strings = {"06:00", "08:00", "22:00"})
    void aWindowThatEndsBeforeOrWhenItStartsIsRefused(String end) {
        assertThatThrownBy(() -> restriction.limitHours(LocalTime.of(22, 0), LocalTime.parse(end)))
                .isInstanceOfSatisfying(InvalidLimitException.class,
                        refused -> assertThat(refused.code()).isEqualTo(InvalidLimitException.Code.WINDOW_ENDS_BEFORE_START));
        assertThat(restriction.timeFrom()).isNull();
    }

    @Test
    void hoursAreReadInTheGivenZone() {
        restriction.limitHours(LocalTime.of(8, 0), LocalTime.of(20, 0));
        Instant instant = Instant.parse("2025-03-05T10:00:00Z"); // 13:00 in Moscow, 20:00 in Vladivostok

        assertThat(restriction.check(at(instant), MOSCOW)).isEmpty();
        Decline decline = restriction.check(at(instant), VLADIVOSTOK).orElseThrow();
        assertThat(decline.reason()).isEqualTo(DeclineReason.OUTSIDE_TIME_WINDOW);
        assertThat(decline.explanation()).contains("08:00", "20:00", "Asia/Vladivostok");
    }

    @Test
    void limitHoursRefusesOneEndOnly() {
        assertThatThrownBy(() -> restriction.limitHours(LocalTime.of(8, 0), null))
                .isInstanceOfSatisfying(InvalidLimitException.class,
                        refused -> assertThat(refused.code()).isEqualTo(InvalidLimitException.Code.WINDOW_INCOMPLETE));
        assertThatThrownBy(() -> restriction.limitHours(null, LocalTime.of(8, 0))).isInstanceOf(InvalidLimitException.class);
    }

    @Test
    void aRefusedWindowLeavesThePreviousOneInPlace() {
        restriction.limitHours(LocalTime.of(8, 0), LocalTime.of(20, 0));

        assertThatThrownBy(() -> restriction.limitHours(LocalTime.of(9, 0), null)).isInstanceOf(InvalidLimitException.class);

        assertThat(restriction.summary()).contains("hours=08:00-20:00");
    }

    @Test
    void limitHoursWithNoEndsLiftsTheWindow() {
        restriction.limitHours(LocalTime.of(8, 0), LocalTime.of(20, 0));

        restriction.limitHours(null, null);

        assertThat(restriction.check(atMoscowTime("23:00"), MOSCOW)).isEmpty();
        assertThat(restriction.summary()).contains("hours=any");
    }

    @Test
    void onlyAllowedStationsMayBeUsed() {
        restriction.allowStations(List.of("azs-7", "AZS-9"));

        assertThat(restriction.check(where("AZS-7", "RU-77"), MOSCOW)).isEmpty();
        assertThat(restriction.check(where("AZS-9", "RU-77"), MOSCOW)).isEmpty();
        assertThat(reason(restriction.check(where("AZS-8", "RU-77"), MOSCOW))).isEqualTo(DeclineReason.STATION_NOT_ALLOWED);
        assertThat(reason(restriction.check(where(null, "RU-77"), MOSCOW))).isEqualTo(DeclineReason.STATION_NOT_ALLOWED);
    }

    @Test
    void onlyAllowedRegionsMayBeUsed() {
        restriction.allowRegions(List.of("RU-77", "RU-50"));

        assertThat(restriction.check(where("AZS-7", "RU-50"), MOSCOW)).isEmpty();
        Decline decline = restriction.check(where("AZS-7", "RU-25"), MOSCOW).orElseThrow();
        assertThat(decline.reason()).isEqualTo(DeclineReason.STATION_NOT_ALLOWED);
        assertThat(decline.explanation()).contains("RU-25");
    }

    @Test
    void emptyListsLiftARestriction() {
        restriction.allowCategories(List.of("FUEL"));
        restriction.allowStations(List.of("AZS-7"));

        restriction.allowCategories(List.of());
        restriction.allowStations(List.of(" "));

        assertThat(restriction.check(where("AZS-8", "RU-77"), MOSCOW)).isEmpty();
        assertThat(restriction.check(buy("COFFEE", "SHOP"), MOSCOW)).isEmpty();
    }

    @Test
    void theSummaryDescribesTheWholeRestriction() {
        restriction.allowCategories(List.of("fuel"));
        restriction.forbidCategories(List.of("buffet"));
        restriction.limitHours(LocalTime.of(6, 0), LocalTime.of(22, 0));
        restriction.allowStations(List.of("AZS-7"));
        restriction.allowRegions(List.of("RU-77"));

        assertThat(restriction.summary())
                .isEqualTo("allowed=FUEL; forbidden=BUFFET; hours=06:00-22:00; stations=AZS-7; regions=RU-77");
    }

    @Test
    void aStationOrRegionThatIsNoCodeIsRefused() {
        assertThatThrownBy(() -> restriction.allowStations(List.of("AZS-7", "AZS,8")))
                .isInstanceOfSatisfying(InvalidLimitException.class, refused -> {
                    assertThat(refused.code()).isEqualTo(InvalidLimitException.Code.STATION_FORMAT);
                    assertThat(refused.subject()).isEqualTo("AZS,8");
                });
        assertThatThrownBy(() -> restriction.allowRegions(List.of("Moscow")))
                .isInstanceOfSatisfying(InvalidLimitException.class,
                        refused -> assertThat(refused.code()).isEqualTo(InvalidLimitException.Code.REGION_FORMAT));
        restriction.allowRegions(List.of("ru-mow"));
        assertThat(restriction.allowedRegions()).containsExactly("RU-MOW");
    }

    @Test
    void aLimitFitsACardAllowedItsCategoryItsFuelGradesOrItsFuel() {
        restriction.allowCategories(List.of("FUEL", "CAR_WASH"));

        restriction.requireFits(limitFor("CAR_WASH"));
        restriction.requireFits(limitFor("DT"));
        restriction.requireFits(limitFor());
        restriction.allowCategories(List.of("DT"));
        restriction.requireFits(limitFor("FUEL"));
    }

    @Test
    void aLimitOnProductsTheCardMayNotBuyIsRefused() {
        restriction.allowCategories(List.of("FUEL"));
        restriction.forbidCategories(List.of("AI-98"));

        assertThatThrownBy(() -> restriction.requireFits(limitFor("CAR_WASH")))
                .isInstanceOfSatisfying(InvalidLimitException.class, refused -> {
                    assertThat(refused.code()).isEqualTo(InvalidLimitException.Code.LIMIT_OUTSIDE_RESTRICTION);
                    assertThat(refused.subject()).isEqualTo("CAR_WASH");
                });
        assertThatThrownBy(() -> restriction.requireFits(limitFor("AI-98"))).isInstanceOf(InvalidLimitException.class);
    }

    private static SpendingLimit limitFor(String... categories) {
        return new SpendingLimit(100, 501L, LimitMeasure.MONEY, LimitPeriod.WEEK, 100_000, List.of(categories), NOON_IN_MOSCOW);
    }
}
