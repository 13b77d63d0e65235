package org.cardhub.terminals.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

/** Distances along the Earth between known places, and places that are not on it. */
class GeoPointTest {

    private static final GeoPoint MOSCOW = new GeoPoint(55.7558, 37.6173);
    private static final GeoPoint SAINT_PETERSBURG = new GeoPoint(59.9343, 30.3351);
    private static final GeoPoint TVER = new GeoPoint(56.8587, 35.9176);

    @Test
    void moscowToSaintPetersburgIsAbout634KilometresAndToTverAbout161() {
        assertThat(MOSCOW.kilometresTo(SAINT_PETERSBURG)).isCloseTo(634, within(3.0));
        assertThat(MOSCOW.kilometresTo(TVER)).isCloseTo(161, within(2.0));
        assertThat(TVER.kilometresTo(MOSCOW)).isEqualTo(MOSCOW.kilometresTo(TVER));
        assertThat(MOSCOW.kilometresTo(MOSCOW)).isZero();
    }

    @Test
    void aPlaceIsFartherThanADistanceExactlyWhenItsHaversineExceedsThatDistancesHaversine() {
        assertThat(MOSCOW.haversine(TVER)).isGreaterThan(GeoPoint.haversineOf(160)).isLessThan(GeoPoint.haversineOf(162));
        assertThat(MOSCOW.haversine(SAINT_PETERSBURG)).isGreaterThan(GeoPoint.haversineOf(50));
        assertThat(GeoPoint.haversineOf(0)).isZero();
    }

    @Test
    void aLatitudeBeyondThePolesOrALongitudeBeyondTheAntimeridianIsRefused() {
        assertThat(catchThrowableOfType(() -> new GeoPoint(90.5, 0), InvalidTerminalException.class).code())
                .isEqualTo(InvalidTerminalException.Code.POSITION_RANGE);
        assertThat(catchThrowableOfType(() -> new GeoPoint(0, -180.1), InvalidTerminalException.class).code())
                .isEqualTo(InvalidTerminalException.Code.POSITION_RANGE);
        assertThat(catchThrowableOfType(() -> new GeoPoint(Double.NaN, 0), InvalidTerminalException.class)).isNotNull();
        assertThat(GeoPoint.ofNullable(55.0, null)).isNull();
    }
}
