package org.cardhub.fleet.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.terminals.entity.GeoPoint;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What makes a fill-up suspicious: more litres than the tank, or a station far away within the hour. */
class SuspicionRuleTest {

    private static final SuspicionRule RULE = SuspicionRule.STANDARD;
    private static final GeoPoint MOSCOW = new GeoPoint(55.7558, 37.6173);
    private static final GeoPoint ZELENOGRAD = new GeoPoint(55.9825, 37.1814);
    private static final GeoPoint TVER = new GeoPoint(56.8587, 35.9176);

    @Test
    void moreLitresThanTheTankHoldsOverfillsItAndATankNobodyGaveNever() {
        assertThat(RULE.overfills(Amount.parse("64.001", Currency.LITRE), 64_000L)).isTrue();
        assertThat(RULE.overfills(Amount.parse("64.000", Currency.LITRE), 64_000L)).as("a full tank").isFalse();
        assertThat(RULE.overfills(Amount.parse("500.000", Currency.LITRE), null)).isFalse();
    }

    @Test
    void stationsMoreThanFiftyKilometresApartAreFarAndAnUnplacedStationNever() {
        assertThat(RULE.farApart(MOSCOW, TVER)).isTrue();
        assertThat(RULE.farApart(MOSCOW, ZELENOGRAD)).as("about 35 km").isFalse();
        assertThat(RULE.farApart(MOSCOW, null)).isFalse();
        assertThat(new SuspicionRule(30, Duration.ofHours(1)).farApart(MOSCOW, ZELENOGRAD)).isTrue();
    }

    @Test
    void fillUpsAnHourApartOrLessAreCloseInTimeEitherWayRound() {
        Instant noon = Instant.parse("2026-12-05T09:00:00Z");
        assertThat(RULE.closeInTime(noon, noon.plus(Duration.ofMinutes(60)))).isTrue();
        assertThat(RULE.closeInTime(noon.plus(Duration.ofMinutes(40)), noon)).isTrue();
        assertThat(RULE.closeInTime(noon, noon.plus(Duration.ofMinutes(61)))).isFalse();
        assertThat(RULE.windowMinutes()).isEqualTo(60);
    }

    @Test
    void aRuleNeedsAPositiveDistanceAndWindow() {
        assertThatThrownBy(() -> new SuspicionRule(0, Duration.ofHours(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SuspicionRule(50, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
